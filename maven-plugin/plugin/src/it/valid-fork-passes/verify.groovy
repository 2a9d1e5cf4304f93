def log = new File(basedir, 'build.log').text
assert log.contains('Checked 1 national packs in packs: 1 valid; 0 errors, 0 warnings')
assert log.contains('BUILD SUCCESS')
assert !log.contains('Exception')  // no stack trace of any kind
def report = new File(basedir, 'target/aqp/diagnostics.json')
assert report.isFile()
assert report.text.contains('"errors" : 0')
assert new File(basedir, 'target/aqp/diagnostics.sarif').text.contains('"version" : "2.1.0"')
assert log.contains('aqp:validate')
assert log.contains('aqp.failOn')

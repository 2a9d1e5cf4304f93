def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('Exception')
assert log.contains('Dry-ran 1 applications to 1 packs; open target/aqp/qualify/index.html')
assert log.contains('demo example-clinic: fail')
def out = new File(basedir, 'target/aqp/qualify')
assert new File(out, '.aqp-output').isFile()
assert new File(out, 'index.html').text.contains('Example Clinic (illustrative)')
def page = new File(out, 'demo/example-clinic.html').text
assert page.contains('answered no; the pass rule needs yes')
assert new File(out, 'demo/example-clinic.json').text.contains('"overall" : "fail"')
assert new File(out, 'summary.json').text.contains('"answeredCleanlyByNone"')
assert new File(out, 'demo/example-clinic.pdf').bytes.length > 1000  // the PDF, by default

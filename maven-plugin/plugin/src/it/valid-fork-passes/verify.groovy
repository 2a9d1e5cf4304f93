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
// the help tells the truth: defaults as written, each goal's own skip, aqp:new, no promise of later
assert log.contains('${project.basedir}/packs')
assert !log.contains('${project.basedir/packs}')
['aqp.validate.skip', 'aqp.render.skip', 'aqp.bundle.skip', 'aqp.site.skip', 'aqp:new'].each { assert log.contains(it) }
assert !log.contains('later')
// the build log starts without Maven model warnings or SLF4J noise
assert !log.contains('SLF4J')
assert !log.contains('[WARNING] Some problems were encountered while building the effective model')
assert !log.contains("'dependencies.dependency.(groupId:artifactId:type:classifier)' must be unique")

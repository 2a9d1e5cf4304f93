def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('not marked as @threadSafe')
assert log.count('Checked 1 national packs in packs: 1 valid; 0 errors, 0 warnings') == 2
assert new File(basedir, 'north/target/aqp/diagnostics.json').isFile()
assert new File(basedir, 'south/target/aqp/diagnostics.json').isFile()

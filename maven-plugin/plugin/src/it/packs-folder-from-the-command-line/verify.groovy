def log = new File(basedir, 'build.log').text
assert log.contains('Checked 1 national packs in other-folder: 1 valid; 0 errors, 0 warnings')
assert log.contains('BUILD SUCCESS')

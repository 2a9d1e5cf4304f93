def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Site stages: assets ')
// the path printed is the site folder's own (a link to its current version), not the version's
assert log.contains('open ' + new File(new File(basedir, 'target').canonicalFile, 'site/index.html').path)
assert java.nio.file.Files.isSymbolicLink(new File(basedir, 'target/site').toPath())
assert new File(basedir, 'target/site/.aqp-output').isFile()
def site = new File(basedir, 'target/site')
assert new File(site, 'index.html').text.contains('href="packs/demo/index.html"')
assert new File(site, 'packs/demo/index.html').text.contains('<h1>')
assert new File(site, 'sitemap.xml').isFile()
assert new File(site, 'assets/nhsuk/nhsuk-frontend.min.css').length() > 100000
assert !log.contains('Exception')

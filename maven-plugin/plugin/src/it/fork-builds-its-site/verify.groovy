def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Site stages: assets ')
assert log.contains('open ' + new File(basedir, 'target/site/index.html').canonicalPath)
def site = new File(basedir, 'target/site')
assert new File(site, 'index.html').text.contains('href="packs/demo/index.html"')
assert new File(site, 'packs/demo/index.html').text.contains('<h1>')
assert new File(site, 'sitemap.xml').isFile()
assert new File(site, 'assets/nhsuk/nhsuk-frontend.min.css').length() > 100000
assert !log.contains('Exception')

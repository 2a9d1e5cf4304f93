import java.security.MessageDigest
import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('Exception')
assert log.contains('Bundled 1 national and 0 local packs into target/aqp/bundle')
assert log.contains('project.build.outputTimestamp is not set')
['aqp.bundle.output', 'aqp.bundle.name', 'aqp.bundle.skip', 'aqp.bundle.publisher', 'aqp.packs', 'aqp.failOn'].each {
    assert log.contains(it) : "aqp:help documents ${it}"
}

// the zip is inside the bundle folder the toolkit owns, and nothing is written beside that folder
def zip = new File(basedir, 'target/aqp/bundle/aqp-packs-1.0.0.zip')
assert zip.isFile()
assert !new File(basedir, 'target/aqp/aqp-packs-1.0.0.zip').exists()
assert new File(basedir, 'target/aqp/bundle/.aqp-output').isFile()

// attached with classifier bundle and type zip: install put it into the local repository
def installed = new File(localRepositoryPath, 'org/example/commissioner/bundle-fork/1.0.0/bundle-fork-1.0.0-bundle.zip')
assert installed.isFile()
assert installed.bytes == zip.bytes

def manifest = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/aqp/bundle/datapackage.json'))
assert manifest.name == 'aqp-packs'
assert manifest.version == '1.0.0'
assert manifest.publisher == 'Example Clinical Commissioning Group'
assert manifest.published == '2012-12-20'
assert manifest.licenses[0].name == 'OGL-UK-3.0'

// the zip holds exactly the files of the bundle folder, each with the size and hash the manifest gives
def entries = new ZipFile(zip).withCloseable { z -> z.entries().collect { it.name } }
assert entries.contains('datapackage.json')
assert entries.contains('packs/demo.json')
assert entries.contains('tables/variations.csv')
manifest.resources.each { r ->
    assert entries.contains(r.path)
    def bytes = new File(basedir, 'target/aqp/bundle/' + r.path).bytes
    assert bytes.length == r.bytes
    assert r.hash == 'sha256:' + MessageDigest.getInstance('SHA-256').digest(bytes).encodeHex().toString()
}
true

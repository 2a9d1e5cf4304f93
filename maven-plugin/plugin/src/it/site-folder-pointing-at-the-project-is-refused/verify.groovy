import java.nio.file.Files

def log = new File(basedir, 'build.log').text
def project = basedir.canonicalPath

// each refusal is one readable line naming the folder, why, and what to do; no stack trace
assert log.contains("aqp:site could not run: refusing to use ${project} as an output folder: it is the project "
        + "itself. Nothing was written there; choose a folder of its own for the output, such as one under target/.")
def notes = "refusing to use ${project}/notes as an output folder: it is not empty and the toolkit did not make it " +
        "(it has no .aqp-output file). Nothing was written there; choose a new or empty folder, or delete this one yourself"
assert log.contains("aqp:site could not run: ${notes}")
assert log.contains("aqp:bundle could not run: ${notes}")
assert log.contains("aqp:validate could not run: ${notes}")
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace'
assert !log.contains('Caused by')
assert !log.contains('ToolingException')

// nothing of the project or of the user's folder was touched, and nothing was put beside them
assert new File(basedir, 'notes/mine.txt').text == 'my notes, not an output\n'
assert new File(basedir, 'notes').list().toList() == ['mine.txt']
assert new File(basedir, 'pom.xml').text.contains('<artifactId>careless-fork</artifactId>')
assert new File(basedir, 'packs/national/demo/pack.yaml').isFile()
assert !new File(basedir, '.aqp-output').exists()
assert !new File(basedir, 'index.html').exists()
assert basedir.list().findAll { it.startsWith('.') && it != '.mvn' }.isEmpty()
assert basedir.parentFile.list().findAll { it.contains('.aqp-') }.isEmpty()

// the default folders are the toolkit's: marked, the bundle a link to its one current version
def bundle = new File(basedir, 'target/aqp/bundle')
assert Files.isSymbolicLink(bundle.toPath())
assert new File(bundle, '.aqp-output').isFile()
assert new File(bundle, 'aqp-packs-1.0.0.zip').isFile()
assert new File(basedir, 'target/aqp/.aqp-output').isFile()
assert new File(basedir, 'target/aqp').list().findAll { it.startsWith('.bundle.aqp-') }.size() == 1
true

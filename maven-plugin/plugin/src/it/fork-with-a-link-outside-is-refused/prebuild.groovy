import java.nio.file.Files

// a file outside the project, and the pack's kpis.yaml a link to it
def outside = new File(basedir.parentFile, basedir.name + '-beyond')
outside.mkdirs()
def token = new File(outside, 'token.txt')
token.text = 'S3CRET-token-of-the-build-user\n'
def kpis = new File(basedir, 'packs/national/demo/kpis.yaml').toPath()
Files.delete(kpis)
Files.createSymbolicLink(kpis, token.toPath())
return true

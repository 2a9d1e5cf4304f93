import java.security.MessageDigest

// Both builds passed, and made what is compared
def log = new File(basedir, 'build.log').text
assert log.count('BUILD SUCCESS') == 2 : 'two builds'

/**
 * Relative path to SHA-256 of every file under a folder as a reader sees it: output folders are
 * links to hidden versions with random names, so links are followed and hidden entries (the
 * versions themselves, the .aqp-output marker) are left out. So are the toolkit's work folders,
 * which hold what one build keeps for the next on this machine, not output: site-work (the
 * documents' file identities and times) and converter (the warm converter's port and process).
 */
def work = ['site-work', 'converter']
def hashes
hashes = { File root, String prefix = '' ->
    def out = new TreeMap<String, String>()
    root.listFiles().findAll { !it.name.startsWith('.') && !(prefix == '' && it.name in work) }.each { f ->
        def rel = prefix + f.name
        if (f.isDirectory()) {
            out.putAll(hashes(f, rel + '/'))
        } else {
            out[rel] = MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString()
        }
    }
    out
}

for (module in ['north', 'south']) {
    for (folder in ['site', 'aqp']) {
        def one = new File(basedir, "$module/target/$folder")
        def two = new File(basedir, "$module/build-two/$folder")
        assert one.isDirectory() && two.isDirectory() : "$module: both builds wrote $folder"
        def a = hashes(one)
        def b = hashes(two)
        assert a.keySet() == b.keySet() : "$module/$folder: the same files in both builds"
        def differ = a.keySet().findAll { a[it] != b[it] }
        assert differ.isEmpty() : "$module/$folder: files that differ between -T 1 and -T 2 builds: $differ"
        println "[verify] $module/$folder: ${a.size()} files identical"
    }
    def docs = hashes(new File(basedir, "$module/target/aqp/docs"))
    assert docs.keySet().count { it.endsWith('.html') } == 6 : "$module: six HTML documents"
    assert new File(basedir, "$module/target/aqp/bundle").listFiles().any { it.name.endsWith('.zip') } : "$module: the bundle zip"
    // an unordered map iterates in one order per JVM, so two builds can agree by chance (about one
    // time in ten for one pack): check the documented order too, PDFs then HTML, each by name
    for (build in ['target', 'build-two']) {
        def listed = (new File(basedir, "$module/$build/site/packs/demo/index.html").text =~ /href="[.\/]*(docs\/demo\/[^"]+)"/)
                .collect { it[1] }.unique()
        assert listed.size() == 6 : "$module/$build: the pack page lists its six documents: $listed"
        assert listed == listed.toSorted() : "$module/$build: documents listed by name: $listed"
    }
}

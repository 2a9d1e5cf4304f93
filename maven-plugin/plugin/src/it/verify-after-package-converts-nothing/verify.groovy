// package converted every document; verify, run after it, converted none: all came from the cache
def log = new File(basedir, 'build.log').text
assert log.count('BUILD SUCCESS') == 2 : 'both builds passed'
def renders = (log =~ /\[aqp\] render: (\d+) documents \([^)]*\): (\d+) converted, (\d+) from the cache/).collect { it }
assert renders.size() == 2 : "one render line per build: $renders"
def (first, second) = renders
assert first[2] as int == first[1] as int && first[3] as int == 0 : "package converts every document: ${first[0]}"
assert second[2] as int == 0 : "verify after package converts nothing: ${second[0]}"
assert second[3] as int == second[1] as int : "every document comes from the cache: ${second[0]}"
println "[verify] ${first[0]} / ${second[0]}"

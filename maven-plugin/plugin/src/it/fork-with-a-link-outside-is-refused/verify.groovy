def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] packs/national/demo/kpis.yaml: error: [pack.link-outside] a link to a place outside the project;'
        + ' the toolkit reads nothing outside the project and the folders it is given, so nothing behind this link was read')
assert log.contains('Pack validation failed with 1 error, 0 warnings')
// neither what the link points at nor where it leads is printed or written into the reports
def outside = basedir.name + '-beyond'
for (text in [log, new File(basedir, 'target/aqp/diagnostics.json').text, new File(basedir, 'target/aqp/diagnostics.sarif').text]) {
    assert !text.contains('S3CRET')
    assert !text.contains(outside)
}
assert !log.contains('\tat uk.nhs.aqp')

def log = new File(basedir, 'build.log').text
assert log.contains('[aqp] templates: 6 AsciiDoc documents from 1 packs')
assert log.contains('[aqp] render: 6 documents (HTML 6): ')
assert log.contains('the documents are in target/aqp/docs/<pack-id>/')
assert log.contains('BUILD SUCCESS')
assert !log.contains('Exception')
def docs = new File(basedir, 'target/aqp/docs/demo')
['implementation-pack', 'service-specification', 'kpi-schedule', 'currency-and-tariff',
 'qualification-questionnaire', 'patient-choice'].each {
    assert new File(docs, it + '.html').isFile()
    assert !new File(docs, it + '.pdf').exists()
}
assert new File(docs, 'patient-choice.html').text.contains('North Loamshire booking team')
assert new File(docs, 'kpi-schedule.html').text.contains('Schedule of indicators')
assert new File(basedir, 'target/aqp/adoc/demo/patient-choice.adoc').isFile()

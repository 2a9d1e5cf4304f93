def log = new File(basedir, 'build.log').text
def folder = new File(basedir, 'packs/national/community-eye-care')
def files = ['pack.yaml', 'kpis.yaml', 'specification.yaml', 'currency.yaml', 'qualification.yaml', 'patient-choice.yaml']
assert folder.list().sort() == files.sort()
files.each { name ->
    def text = new File(folder, name).text
    assert text.startsWith('# yaml-language-server: $schema=../../../schema/' + name.replace('.yaml', '.schema.json') + '\n')
}
assert new File(folder, 'pack.yaml').text.contains('id: community-eye-care')
assert new File(folder, 'kpis.yaml').text.contains('  - id: CEC-KPI-01\n')
// before: the warning's fix is true now
assert log.contains('[pack.no-packs]')
assert log.contains('wrote packs/national/community-eye-care/: pack.yaml, kpis.yaml, specification.yaml, currency.yaml, qualification.yaml, patient-choice.yaml')
// the scaffold is a valid pack, with a warning at each placeholder
assert log =~ /Checked 1 national packs in packs: 1 valid; 0 errors, [1-9][0-9]* warnings/
assert log.contains('packs/national/community-eye-care/pack.yaml:5:8: warning: [pack.placeholder] /title: placeholder')
assert log.contains('Pack validation failed with 0 errors')
// a second scaffold names the folder and writes nothing
assert log.contains('aqp:new: packs/national/community-eye-care already exists; aqp:new only makes a new pack folder and never writes into one it did not make, so nothing was written')
assert folder.list().sort() == files.sort()
assert !log.contains('Exception:')  // no stack trace
assert !log.contains('SLF4J')

def log = new File(basedir, 'build.log').text
def adaptation = new File(basedir, 'packs/local/my-ccg/demo/adaptation.yaml')
assert adaptation.isFile()
assert adaptation.text.contains('  pack: demo\n  version: 1.1.0')
assert adaptation.text.contains('#    target: kpis/kpis/DM-KPI-01/target/value')
assert new File(basedir, 'packs/local/my-ccg/commissioner.yaml').text.contains('id: my-ccg')
assert log.contains('wrote packs/local/my-ccg/demo/adaptation.yaml: based on demo 1.1.0')
// the scaffold is valid as it stands: an unchanged adoption, with a warning at each placeholder
// one at the national price marked illustrative that it publishes unchanged, one naming the
// illustrative KPI targets it keeps, and one naming the national blanks left for local completion
assert log.contains('Checked 1 national packs in packs: 1 valid; 1 local packs valid; 0 errors, 5 warnings')
assert log.contains("packs/local/my-ccg/demo/adaptation.yaml:10:1: warning: [adapt.local-completion] /base: ")
assert log.contains("packs/local/my-ccg/demo/adaptation.yaml:10:1: warning: [adapt.illustrative-figures] /base: ")
assert log.contains("packs/local/my-ccg/demo/adaptation.yaml:10:1: warning: [adapt.illustrative-figure] /base: DM-T-01")
assert adaptation.text.contains('#   - target: currency/tariffs/DM-T-01/price')
assert log.contains("packs/local/my-ccg/commissioner.yaml:4:7: warning: [pack.placeholder] /name: placeholder 'TODO: the commissioner's name as published'")
assert log.contains("packs/local/my-ccg/demo/adaptation.yaml:14:5: warning: [pack.placeholder] /summary/0")
assert log.contains("my-ccg/demo (TODO: the commissioner's name as published), based on demo 1.1.0: adopted unchanged")
// a second scaffold refuses to overwrite
assert log.contains('packs/local/my-ccg/demo/adaptation.yaml already exists; not overwritten')
assert log.contains('aqp:adapt left files untouched')
// a missing folder to compare is named, and nothing is reported as removed
assert log.contains('packs/national/demo-typo: error: [pack.compare-folder-missing] there is no folder here, so nothing was compared')
assert log.contains('aqp:diff could not compare')
assert !log.contains('removed ')

def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] packs/national/demo/currency.yaml:24:12: error: [currency.price-precision] /tariffs/0/price: price 44.125 has more than two decimal places')
assert log.contains('[ERROR] packs/national/demo/kpis.yaml:8:14: error: [kpi.percent-range] /kpis/0/target/value: a percent target must lie between 0 and 100, not 150')
assert log.contains('Pack validation failed with 2 errors, 0 warnings')
// bad content is a failure, reported once, with no stack trace
assert !log.contains('MojoExecutionException')
assert !log.contains('\tat uk.nhs.aqp')
def json = new File(basedir, 'target/aqp/diagnostics.json').text
assert json.contains('"errors" : 2')

def log = new File(basedir, 'build.log').text
assert log.contains('templates/adoc/kpi-schedule.adoc.ftl:')
assert log.contains('error: [template.syntax] template syntax error:')
assert log.contains('Rendering failed with 1 error, 0 warnings (failOn=error); the previous documents are unchanged')
assert !log.contains('at freemarker.')  // no stack trace
assert !new File(basedir, 'target/aqp/docs').exists()

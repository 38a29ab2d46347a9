// The war's web.xml and bizagi-config.properties and the authentication settings are read (3 files)
// and judged by every rule without a single finding.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

assert new File(basedir, 'target/claims-portal-jee-1.0.0.war').isFile() : 'the war plugin made no war'
// The rule count is matched loosely: rules are added without changing what this project shows.
def summary = /\[INFO\] Bizagi hardening: 3 files read, \d+ rules run: 0 errors, 0 warnings\./
assert lines.any { it ==~ summary } : 'missing summary: ' + summary
def findings = lines.findAll { it =~ /: \[[A-Z]+(-[A-Z]+)+\] / }
assert findings.isEmpty() : "unexpected findings:\n" + findings.join('\n')

// Every recommendation is followed: the zipped web.config and the authentication settings are read
// (2 files) and judged by every rule without a single finding.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

assert new File(basedir, 'target/claims-portal-1.0.0.zip').isFile() : 'the assembly made no zip'
// The rule count is matched loosely: rules are added without changing what this project shows.
def summary = /\[INFO\] Bizagi hardening: 2 files read, \d+ rules run: 0 errors, 0 warnings\./
assert lines.any { it ==~ summary } : 'missing summary: ' + summary
def findings = lines.findAll { it =~ /: \[[A-Z]+(-[A-Z]+)+\] / }
assert findings.isEmpty() : "unexpected findings:\n" + findings.join('\n')

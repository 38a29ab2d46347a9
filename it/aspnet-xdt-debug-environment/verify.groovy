// With bizagi.hardening.environment=Debug the check applies Web.Debug.config, which keeps the portal
// hardened, and not Web.Release.config, which would set PROTOCOL to HTTP: no finding.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

// The rule count is matched loosely: rules are added without changing what this project shows.
def summary = /\[INFO\] Bizagi hardening: 2 files read, \d+ rules run: 0 errors, 0 warnings\./
assert lines.any { it ==~ summary } : "missing summary: " + summary
def findings = lines.findAll { it =~ /: \[[A-Z]+(-[A-Z]+)+\] / }
assert findings.isEmpty() : "unexpected findings:\n" + findings.join('\n')
expectLine('[INFO] BUILD SUCCESS')

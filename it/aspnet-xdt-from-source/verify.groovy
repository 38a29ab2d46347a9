// No assembly packages the portal, so the check reads src/main as publishing would deploy it: the
// Release transform beside Web.config sets PROTOCOL to HTTP, and the finding points at the transform's
// line, not at the hardened Web.config.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

def transform = 'src/main/portal/WebApplication/Web.Release.config'
expectLine("[ERROR] ${transform}:6: [BIZAGI-PROTOCOL-HTTPS] appSettings PROTOCOL is \"HTTP\", not HTTPS, so Bizagi"
        + " serves its links over plain HTTP. Fix: Set <add key=\"PROTOCOL\" value=\"HTTPS\"/> in <appSettings>.")

def findings = lines.findAll { it ==~ /\[(ERROR|WARNING)\] \S+:\d+: \[[A-Z-]+\] .*/ }
assert findings.size() == 1 : "expected 1 finding line, got " + findings.size() + ":\n" + findings.join('\n')

// The transform is a companion of Web.config, never judged or counted on its own.
// The rule count is matched loosely: rules are added without changing what this project shows.
def summary = /\[INFO\] Bizagi hardening: 2 files read, \d+ rules run: 1 error, 0 warnings\./
assert lines.any { it ==~ summary } : "missing summary: " + summary
expectLine('[INFO] BUILD FAILURE')
def failure = 'on project claims-portal: Bizagi hardening check found 1 error; each is listed above with its file,' +
        ' line and fix. -> [Help 1]'
assert lines.any { it.startsWith('[ERROR] Failed to execute goal ') && it.endsWith(failure) } : "missing: " + failure
expectLine('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')

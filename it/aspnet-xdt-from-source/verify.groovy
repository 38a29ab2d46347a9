// No assembly packages the portal, so the check reads src/main as publishing would deploy it: the
// Release transform beside Web.config sets PROTOCOL to HTTP, and the finding points at the transform's
// line, not at the hardened Web.config.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

def transform = 'src/main/portal/WebApplication/Web.Release.config'
expectLine("[ERROR] ${transform}:6: [BIZAGI-PROTOCOL-HTTPS] appSettings PROTOCOL is \"HTTP\", not HTTPS, so Bizagi"
        + " serves its links over plain HTTP. Fix: Set <add key=\"PROTOCOL\" value=\"HTTPS\"/> in <appSettings>.")

// No file lowers ASP.NET's default full trust: ASPNET-TRUST-LEVEL warns at <system.web>.
expectLine("[WARNING] src/main/portal/WebApplication/Web.config:7: [ASPNET-TRUST-LEVEL]"
        + " system.web/trust/@level is not set, so the default Full applies: the application's code runs"
        + " with every permission of the application pool's"
        + " identity. Fix: Set <trust level=\"Medium\"/> in <system.web> if the portal runs under it; if it"
        + " needs full trust, turn this rule off by its id with the reason.")

def findings = lines.findAll { it ==~ /\[(ERROR|WARNING)\] \S+:\d+: \[[A-Z-]+\] .*/ }
assert findings.size() == 2 : "expected 2 finding lines, got " + findings.size() + ":\n" + findings.join('\n')

// The transform is a companion of Web.config, never judged or counted on its own.
// The rule count is matched loosely: rules are added without changing what this project shows.
def summary = /\[INFO\] Bizagi hardening: 2 files read, \d+ rules run: 1 error, 1 warning\./
assert lines.any { it ==~ summary } : "missing summary: " + summary
expectLine('[INFO] BUILD FAILURE')
def failure = 'on project claims-portal: Bizagi hardening check found 1 error; each is listed above with its file,' +
        ' line and fix. -> [Help 1]'
assert lines.any { it.startsWith('[ERROR] Failed to execute goal ') && it.endsWith(failure) } : "missing: " + failure
expectLine('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')

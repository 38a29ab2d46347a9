// IIS merges customHeaders from applicationHost.config down through the folders: an <add> for a name
// already held, in any case, is refused with HTTP 500.19. Each duplicate is reported at the <add> that
// repeats the name, naming where the first entry comes from. The project makes IIS-DUPLICATE-ENTRY an
// error by ruleSeverities; it is a warning by default.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

def root = 'target/claims-portal-1.0.0.zip!/WebApplication/web.config'
def services = 'target/claims-portal-1.0.0.zip!/WebApplication/WebServices/web.config'
def section = 'system.webServer/httpProtocol/customHeaders'
def refused = 'so IIS refuses to serve the path: HTTP 500.19 "Cannot add duplicate collection entry".'

// Names are compared without regard to case: x-frame-options repeats X-Frame-Options.
expectLine("[ERROR] ${root}:37: [IIS-DUPLICATE-ENTRY] ${section} already holds the entry this <add> names"
        + " (name=\"X-Frame-Options\", added at ${root}:35), ${refused} Fix: Drop this <add>, or put <remove"
        + " name=\"x-frame-options\"/> before it if it is meant to replace the one at ${root}:35.")
// The root file hides X-Powered-By with an outbound rule, not a <remove>, so IIS's own entry is still in
// the collection when WebServices adds the header again.
expectLine("[ERROR] ${services}:6: [IIS-DUPLICATE-ENTRY] ${section} already holds the entry this <add> names"
        + " (name=\"X-Powered-By\", which IIS adds in applicationHost.config), ${refused} Fix: Put <remove"
        + " name=\"X-Powered-By\"/> before this <add>, or drop it.")
expectLine("[ERROR] ${services}:7: [IIS-DUPLICATE-ENTRY] ${section} already holds the entry this <add> names"
        + " (name=\"X-Content-Type-Options\", added at ${root}:36), ${refused} Fix: Drop this <add>, or put"
        + " <remove name=\"X-Content-Type-Options\"/> before it if it is meant to replace the one at ${root}:36.")

// WebServices inherits the root file's duplicate; it is reported once, at the root file. The outbound
// rule still blanks X-Powered-By there, so IIS-POWERED-BY-HEADER stays silent.
// No file lowers ASP.NET's default full trust: ASPNET-TRUST-LEVEL warns at <system.web>.
expectLine("[WARNING] target/claims-portal-1.0.0.zip!/WebApplication/web.config:7: [ASPNET-TRUST-LEVEL]"
        + " system.web/trust/@level is not set, so the default Full applies: the application's code runs"
        + " with every permission of the application pool's"
        + " identity. Fix: Set <trust level=\"Medium\"/> in <system.web> if the portal runs under it; if it"
        + " needs full trust, turn this rule off by its id with the reason.")

def findings = lines.findAll { it ==~ /\[(ERROR|WARNING)\] \S+:\d+: \[[A-Z-]+\] .*/ }
assert findings.size() == 4 : "expected 4 finding lines, got " + findings.size() + ":\n" + findings.join('\n')

// The rule count is matched loosely: rules are added without changing what this project shows.
def summary = /\[INFO\] Bizagi hardening: 3 files read, \d+ rules run: 3 errors, 1 warning\./
assert lines.any { it ==~ summary } : "missing summary: " + summary
expectLine('[INFO] BUILD FAILURE')
def failure = 'on project claims-portal: Bizagi hardening check found 3 errors; each is listed above with its file,' +
        ' line and fix. -> [Help 1]'
assert lines.any { it.startsWith('[ERROR] Failed to execute goal ') && it.endsWith(failure) } : "missing: " + failure
expectLine('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')

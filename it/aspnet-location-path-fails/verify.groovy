// The root web.config is hardened; its <location path="WebServices"> block undoes three settings for
// that folder alone. Each is reported once, at the block's line, named by the path it applies to, and
// the build fails with the violations, not with an error: the project runs the cis-iis-l1 profile, in
// which these CIS IIS 10 items are errors (warnings in the default bizagi profile).
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

def root = 'target/claims-portal-1.0.0.zip!/WebApplication/web.config'
def at = 'At <location path="WebServices">: '

expectLine("[ERROR] ${root}:47: [ASPNET-DEBUG-OFF] ${at}system.web/compilation/@debug is true: pages are compiled"
        + " with debug information, which error pages and time-outs expose. Fix: Set <compilation debug=\"false\"/>"
        + " in <system.web>, or remove the debug attribute.")
expectLine("[ERROR] ${root}:48: [ASPNET-TRACE-OFF] ${at}system.web/trace/@enabled is true: trace.axd shows request"
        + " headers, cookies and session state. Fix: Set <trace enabled=\"false\"/> in <system.web>, or remove the"
        + " <trace> element.")
expectLine("[ERROR] ${root}:49: [ASPNET-CUSTOM-ERRORS] ${at}system.web/customErrors/@mode is Off: remote users see"
        + " detailed error pages with stack traces. Fix: Set <customErrors mode=\"RemoteOnly\"/> (or \"On\") in"
        + " <system.web>.")

// The root folder itself is hardened: nothing else is reported.

def findings = lines.findAll { it ==~ /\[(ERROR|WARNING)\] \S+:\d+: \[[A-Z-]+\] .*/ }
assert findings.size() == 3 : "expected 3 finding lines, got " + findings.size() + ":\n" + findings.join('\n')

// The rule count is matched loosely: rules are added without changing what this project shows.
def summary = /\[INFO\] Bizagi hardening: 2 files read, \d+ rules run: 3 errors, 0 warnings\./
assert lines.any { it ==~ summary } : 'missing summary: ' + summary
expectLine('[INFO] BUILD FAILURE')
def failure = 'on project claims-portal: Bizagi hardening check found 3 errors; each is listed above with its file,' +
        ' line and fix. -> [Help 1]'
assert lines.any { it.startsWith('[ERROR] Failed to execute goal ') && it.endsWith(failure) } : "missing: " + failure
expectLine('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')

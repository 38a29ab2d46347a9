// The web.config keeps its settings in other files: appSettings file="secrets.config" overrides the
// inline PROTOCOL, and configSource brings httpCookies and sessionState from Config\. Each finding points
// into the file that holds the setting, and the build fails with the violations.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

def portal = 'target/claims-portal-1.0.0.zip!/WebApplication'

expectLine("[ERROR] ${portal}/secrets.config:5: [BIZAGI-PROTOCOL-HTTPS] appSettings PROTOCOL is \"HTTP\", not HTTPS,"
        + " so Bizagi serves its links over plain HTTP. Fix: Set <add key=\"PROTOCOL\" value=\"HTTPS\"/> in"
        + " <appSettings>.")
expectLine("[ERROR] ${portal}/Config/httpCookies.config:2: [ASPNET-COOKIES-SSL] system.web/httpCookies/@requireSSL is"
        + " not set, so the default false applies: browsers also send the session and authentication cookies over"
        + " plain HTTP. Fix: Set <httpCookies httpOnlyCookies=\"true\" requireSSL=\"true\"/> in <system.web>.")
// A start tag over two lines is placed on the line of its '>'.
expectLine("[ERROR] ${portal}/Config/sessionState.config:3: [ASPNET-SESSION-TIME] Sessions last 60 minutes"
        + " (system.web/sessionState/@timeout is 60); the policy allows 5. Fix: Set <sessionState timeout=\"5\"/> in"
        + " <system.web>, or session.timeMinutes=5 in src/main/bizagi/authentication.properties.")

// No file lowers ASP.NET's default full trust: ASPNET-TRUST-LEVEL warns at <system.web>.
expectLine("[WARNING] target/claims-portal-1.0.0.zip!/WebApplication/web.config:13: [ASPNET-TRUST-LEVEL]"
        + " system.web/trust/@level is not set, so the default Full applies: the application's code runs"
        + " with every permission of the application pool's"
        + " identity. Fix: Set <trust level=\"Medium\"/> in <system.web> if the portal runs under it; if it"
        + " needs full trust, turn this rule off by its id with the reason.")

def findings = lines.findAll { it ==~ /\[(ERROR|WARNING)\] \S+:\d+: \[[A-Z-]+\] .*/ }
assert findings.size() == 4 : "expected 4 finding lines, got " + findings.size() + ":\n" + findings.join('\n')
// The trust warning is about a setting no file holds, so it alone points at web.config.
def errors = findings.findAll { it.startsWith('[ERROR] ') }
assert errors.every { it.contains("${portal}/secrets.config:") || it.contains("${portal}/Config/") } :
        "a finding points at web.config, not at the file that holds the setting:\n" + errors.join('\n')

// The number of rules grows with the catalogue; the files read and the findings are what this test is about.
assert lines.any { it ==~ /\[INFO\] Bizagi hardening: 2 files read, \d+ rules run: 3 errors, 1 warning\./ } :
        'missing the summary line with 2 files read and 3 errors'
expectLine('[INFO] BUILD FAILURE')
def failure = 'on project claims-portal: Bizagi hardening check found 3 errors; each is listed above with its file,' +
        ' line and fix. -> [Help 1]'
assert lines.any { it.startsWith('[ERROR] Failed to execute goal ') && it.endsWith(failure) } : "missing: " + failure
expectLine('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')

// The declared authentication policy allows 10 failed logons, 6-character passwords and an
// administrator system user; each is reported at its line of the settings file.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

def settings = 'src/main/bizagi/authentication.properties'
expectLine("[ERROR] ${settings}:4: [AUTH-MAX-FAILED-LOGINS] login.maxFailedAttempts is 10 attempts; the policy asks"
        + " for at most 3 attempts. Fix: Set login.maxFailedAttempts=3 in ${settings}.")
expectLine("[ERROR] ${settings}:9: [AUTH-PASSWORD-MIN-LENGTH] password.minLength is 6 characters; the policy asks for"
        + " at least 8 characters. Fix: Set password.minLength=8 in ${settings}.")
expectLine("[ERROR] ${settings}:19: [AUTH-SYSTEM-USER-NOT-ADMIN] systemUser.administrator is true: a built-in"
        + " account with a well-known name holds administrator rights. Fix: Set systemUser.administrator=false in"
        + " ${settings}.")

// No file lowers ASP.NET's default full trust: ASPNET-TRUST-LEVEL warns at <system.web>.
expectLine("[WARNING] target/claims-portal-1.0.0.zip!/WebApplication/web.config:7: [ASPNET-TRUST-LEVEL]"
        + " system.web/trust/@level is not set, so the default Full applies: the application's code runs"
        + " with every permission of the application pool's"
        + " identity. Fix: Set <trust level=\"Medium\"/> in <system.web> if the portal runs under it; if it"
        + " needs full trust, turn this rule off by its id with the reason.")

def findings = lines.findAll { it ==~ /\[(ERROR|WARNING)\] \S+:\d+: \[[A-Z-]+\] .*/ }
assert findings.size() == 4 : "expected 4 finding lines, got " + findings.size() + ":\n" + findings.join('\n')

// The rule count is matched loosely: rules are added without changing what this project shows.
def summary = /\[INFO\] Bizagi hardening: 2 files read, \d+ rules run: 3 errors, 1 warning\./
assert lines.any { it ==~ summary } : 'missing summary: ' + summary
expectLine('[INFO] BUILD FAILURE')
def failure = 'on project claims-portal: Bizagi hardening check found 3 errors; each is listed above with its file,' +
        ' line and fix. -> [Help 1]'
assert lines.any { it.startsWith('[ERROR] Failed to execute goal ') && it.endsWith(failure) } : "missing: " + failure
expectLine('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')

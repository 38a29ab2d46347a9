// The portal signs users in with forms authentication, and its <forms> element weakens the ticket three
// ways on one line: each forms rule reports its own attribute there. The rest of web.config is hardened.
// The project runs the cis-iis-l1 profile, in which these CIS IIS 10 items are errors.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

def root = 'target/claims-portal-1.0.0.zip!/WebApplication/web.config'
def forms = 'system.web/authentication/forms'

expectLine("[ERROR] ${root}:13: [ASPNET-FORMS-SSL] ${forms}/@requireSSL is false: browsers also send the forms"
        + " authentication ticket over plain HTTP, where it can be captured and replayed. Fix: Set <forms"
        + " requireSSL=\"true\"/> in <system.web><authentication mode=\"Forms\">.")
expectLine("[ERROR] ${root}:13: [ASPNET-FORMS-COOKIELESS] ${forms}/@cookieless is UseUri: ASP.NET puts the forms"
        + " authentication ticket in every URL, where logs, Referer headers and shared links expose it. Fix: Set"
        + " <forms cookieless=\"UseCookies\"/> in <system.web><authentication mode=\"Forms\">.")
expectLine("[ERROR] ${root}:13: [ASPNET-FORMS-PROTECTION] ${forms}/@protection is Validation: the forms"
        + " authentication ticket is validated but not encrypted, so anyone holding it can read it. Fix: Set <forms"
        + " protection=\"All\"/> in <system.web><authentication mode=\"Forms\">, or remove the protection attribute.")

// The ticket's 60 minutes do not decide the session time: sessionState/@timeout and session.timeMinutes
// end sessions after 5, within the policy, so the session rule stays silent.
assert !lines.any { it.contains('[ASPNET-SESSION-TIME]') } : 'the forms ticket timeout must not decide the session time'

def findings = lines.findAll { it ==~ /\[(ERROR|WARNING)\] \S+:\d+: \[[A-Z-]+\] .*/ }
assert findings.size() == 3 : "expected 3 finding lines, got " + findings.size() + ":\n" + findings.join('\n')

// The rule count is matched loosely: rules are added without changing what this project shows.
def summary = /\[INFO\] Bizagi hardening: 2 files read, \d+ rules run: 3 errors, 0 warnings\./
assert lines.any { it ==~ summary } : "missing summary: " + summary
expectLine('[INFO] BUILD FAILURE')
def failure = 'on project claims-portal: Bizagi hardening check found 3 errors; each is listed above with its file,' +
        ' line and fix. -> [Help 1]'
assert lines.any { it.startsWith('[ERROR] Failed to execute goal ') && it.endsWith(failure) } : "missing: " + failure
expectLine('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')

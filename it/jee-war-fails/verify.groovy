// The packaged web.xml keeps the container's 30-minute sessions and sets no cookie flags, and
// bizagi-config.properties builds links over HTTP; each is reported at its line inside the war.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

def webXml = 'target/claims-portal-jee-1.0.0.war!/WEB-INF/web.xml'
def config = 'target/claims-portal-jee-1.0.0.war!/WEB-INF/classes/bizagi-config.properties'

expectLine("[ERROR] ${config}:2: [JEE-PROTOCOL-HTTPS] PROTOCOL is \"HTTP\", not HTTPS, so Bizagi builds its links"
        + " over plain HTTP. Fix: Set PROTOCOL=\"HTTPS\" in bizagi-config.properties.")
// No <cookie-config>: both flags are reported at <session-config>, the deepest element along the path.
expectLine("[ERROR] ${webXml}:7: [JEE-COOKIE-HTTPONLY] web.xml does not set cookie-config/http-only, so whether"
        + " scripts can read the session cookie is left to the container. Fix: Set <session-config><cookie-config>"
        + "<http-only>true</http-only></cookie-config></session-config> in <web-app> (Servlet 3.0 or later).")
expectLine("[ERROR] ${webXml}:7: [JEE-COOKIE-SECURE] web.xml does not set cookie-config/secure, so browsers may send"
        + " the session cookie over plain HTTP. Fix: Set <session-config><cookie-config><secure>true</secure>"
        + "</cookie-config></session-config> in <web-app> (Servlet 3.0 or later).")
expectLine("[ERROR] ${webXml}:8: [JEE-SESSION-TIMEOUT] session-timeout is 30 minutes; the policy allows 5. Fix: Set"
        + " <session-config><session-timeout>5</session-timeout></session-config> in <web-app>.")

def findings = lines.findAll { it ==~ /\[(ERROR|WARNING)\] \S+:\d+: \[[A-Z-]+\] .*/ }
assert findings.size() == 4 : "expected 4 finding lines, got " + findings.size() + ":\n" + findings.join('\n')

// The rule count is matched loosely: rules are added without changing what this project shows.
def summary = /\[INFO\] Bizagi hardening: 3 files read, \d+ rules run: 4 errors, 0 warnings\./
assert lines.any { it ==~ summary } : 'missing summary: ' + summary
expectLine('[INFO] BUILD FAILURE')
def failure = 'on project claims-portal-jee: Bizagi hardening check found 4 errors; each is listed above with its' +
        ' file, line and fix. -> [Help 1]'
assert lines.any { it.startsWith('[ERROR] Failed to execute goal ') && it.endsWith(failure) } : "missing: " + failure
expectLine('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')

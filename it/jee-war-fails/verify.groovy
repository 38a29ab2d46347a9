// The packaged web.xml keeps the container's 30-minute sessions and sets no cookie flags, and
// bizagi-config.properties builds links over HTTP; each is reported at its line inside the war. The
// cookie flags are generic hardening, not Bizagi's mandatory items, so they are warnings.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

def webXml = 'target/claims-portal-jee-1.0.0.war!/WEB-INF/web.xml'
def config = 'target/claims-portal-jee-1.0.0.war!/WEB-INF/classes/bizagi-config.properties'

expectLine("[ERROR] ${config}:2: [JEE-PROTOCOL-HTTPS] PROTOCOL is \"HTTP\", not HTTPS, so Bizagi builds its links"
        + " over plain HTTP. Fix: Set PROTOCOL=\"HTTPS\" in bizagi-config.properties.")
// No <cookie-config>: both flags are reported at <session-config>, the deepest element along the path.
expectLine("[WARNING] ${webXml}:7: [JEE-COOKIE-HTTPONLY] web.xml does not set cookie-config/http-only, so whether"
        + " scripts can read the session cookie is left to the container. Fix: Put <http-only>true</http-only> in"
        + " the <cookie-config> of the single <session-config> of web.xml's <web-app>, adding either only if there"
        + " is none (Servlet 3.0 or later).")
expectLine("[WARNING] ${webXml}:7: [JEE-COOKIE-SECURE] web.xml does not set cookie-config/secure, so browsers may send"
        + " the session cookie over plain HTTP. Fix: Put <secure>true</secure> in the <cookie-config> of the single"
        + " <session-config> of web.xml's <web-app>, adding either only if there is none (Servlet 3.0 or later).")
expectLine("[ERROR] ${webXml}:8: [JEE-SESSION-TIMEOUT] session-timeout is 30 minutes; the policy allows 5. Fix: Put"
        + " <session-timeout>5</session-timeout> in the single <session-config> of web.xml's <web-app>, adding one"
        + " only if there is none.")

// The generated web.xml also lacks the generic servlet hardening, reported as warnings.
expectLine("[WARNING] ${webXml}:5: [JEE-ERROR-PAGE] web.xml declares no error-page, so the container's own"
        + " error pages show its name, version and stack traces. Fix: Add"
        + " <error-page><exception-type>java.lang.Throwable</exception-type><location>/error.html</location></error-page>"
        + " to <web-app>.")
expectLine("[WARNING] ${webXml}:5: [JEE-TRANSPORT-CONFIDENTIAL] No security-constraint covers /* with"
        + " transport-guarantee CONFIDENTIAL, so the container serves the application over plain HTTP too. Fix:"
        + " Add"
        + " <security-constraint><web-resource-collection><web-resource-name>all</web-resource-name><url-pattern>/*</url-pattern></web-resource-collection><user-data-constraint><transport-guarantee>CONFIDENTIAL</transport-guarantee></user-data-constraint></security-constraint>"
        + " to <web-app>.")
expectLine("[WARNING] ${webXml}:7: [JEE-TRACKING-MODE-COOKIE] web.xml sets no tracking-mode, so the container"
        + " also tracks sessions by URL (;jsessionid=) for browsers without cookies, which puts the session id"
        + " in logs and Referer headers. Fix: Put <tracking-mode>COOKIE</tracking-mode> in the single"
        + " <session-config> of web.xml's <web-app>, adding one only if there is none (Servlet 3.0 or later), and"
        + " no URL tracking-mode.")
def findings = lines.findAll { it ==~ /\[(ERROR|WARNING)\] \S+:\d+: \[[A-Z-]+\] .*/ }
assert findings.size() == 7 : "expected 7 finding lines, got " + findings.size() + ":\n" + findings.join('\n')

// The rule count is matched loosely: rules are added without changing what this project shows.
def summary = /\[INFO\] Bizagi hardening: 3 files read, \d+ rules run: 2 errors, 5 warnings\./
assert lines.any { it ==~ summary } : 'missing summary: ' + summary
expectLine('[INFO] BUILD FAILURE')
def failure = 'on project claims-portal-jee: Bizagi hardening check found 2 errors; each is listed above with its' +
        ' file, line and fix. -> [Help 1]'
assert lines.any { it.startsWith('[ERROR] Failed to execute goal ') && it.endsWith(failure) } : "missing: " + failure
expectLine('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')

// The parent only aggregates and is passed over with a line saying so; the war is skipped on its own
// and judged inside the bundle, where its web.xml is named through both archives.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

expectLine('[INFO] Bizagi hardening check skipped: claims-platform aggregates modules and packages nothing; each'
        + ' module is checked on its own.')
expectLine('[INFO] Bizagi hardening check skipped (bizagi.hardening.skip=true).')

def webXml = 'target/bundle-1.0.0-deploy.zip!/deploy/webapp.war!/WEB-INF/web.xml'
expectLine("[ERROR] ${webXml}:8: [JEE-SESSION-TIMEOUT] session-timeout is 30 minutes; the policy allows 5. Fix:"
        + " Put <session-timeout>5</session-timeout> in the single <session-config> of web.xml's <web-app>, adding"
        + " one only if there is none.")

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
assert findings.size() == 4 : "expected 4 finding lines, got " + findings.size() + ":\n" + findings.join('\n')

// web.xml, bizagi-config.properties (both inside the nested war) and the authentication settings.
// The rule count is matched loosely: rules are added without changing what this project shows.
def summary = /\[INFO\] Bizagi hardening: 3 files read, \d+ rules run: 1 error, 3 warnings\./
assert lines.any { it ==~ summary } : 'missing summary: ' + summary
expectLine('[INFO] BUILD FAILURE')
def failure = 'on project bundle: Bizagi hardening check found 1 error; each is listed above with its file, line' +
        ' and fix. -> [Help 1]'
assert lines.any { it.startsWith('[ERROR] Failed to execute goal ') && it.endsWith(failure) } : "missing: " + failure

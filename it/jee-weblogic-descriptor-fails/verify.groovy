// A war for WebLogic: weblogic.xml turns the secure cookie flag off, keeps sessions for an hour and
// rewrites URLs; web.xml sets no session-timeout (so weblogic.xml's counts), tracks sessions by URL,
// asks for no HTTPS and declares no error page. Each gap is reported at its line inside the war.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

def webXml = 'target/claims-portal-weblogic-1.0.0.war!/WEB-INF/web.xml'
def webLogic = 'target/claims-portal-weblogic-1.0.0.war!/WEB-INF/weblogic.xml'

expectLine("[WARNING] ${webXml}:5: [JEE-ERROR-PAGE] web.xml declares no error-page, so the container's own error"
        + " pages show its name, version and stack traces. Fix: Add <error-page><exception-type>java.lang.Throwable"
        + "</exception-type><location>/error.html</location></error-page> to <web-app>.")
expectLine("[WARNING] ${webXml}:5: [JEE-TRANSPORT-CONFIDENTIAL] No security-constraint covers /* with"
        + " transport-guarantee CONFIDENTIAL, so the container serves the application over plain HTTP too. Fix: Add"
        + " <security-constraint><web-resource-collection><web-resource-name>all</web-resource-name><url-pattern>/*"
        + "</url-pattern></web-resource-collection><user-data-constraint><transport-guarantee>CONFIDENTIAL"
        + "</transport-guarantee></user-data-constraint></security-constraint> to <web-app>.")
expectLine("[ERROR] ${webXml}:7: [JEE-SESSION-TIMEOUT] web.xml sets no session-timeout, so the container's default"
        + " (30 minutes on most servers) applies; the policy allows 5. Fix: Put <session-timeout>5</session-timeout>"
        + " in the single <session-config> of web.xml's <web-app>, adding one only if there is none.")
expectLine("[WARNING] ${webXml}:13: [JEE-TRACKING-MODE-COOKIE] tracking-mode is URL, so the container writes the"
        + " session id into links (;jsessionid=), where logs and Referer headers carry it. Fix: Remove <tracking-mode>"
        + "URL</tracking-mode> and keep <tracking-mode>COOKIE</tracking-mode>.")
// web.xml sets no session-timeout, so WebLogic's own time-out is the one that runs.
expectLine("[ERROR] ${webLogic}:6: [WEBLOGIC-SESSION-TIMEOUT] timeout-secs is 3600 seconds; the policy allows 300"
        + " (5 minutes). Fix: Set <session-descriptor><timeout-secs>300</timeout-secs></session-descriptor> in"
        + " <weblogic-web-app>.")
// An explicit false is reported even though web.xml's cookie-config asks for a secure cookie.
expectLine("[WARNING] ${webLogic}:7: [WEBLOGIC-COOKIE-SECURE] session-descriptor/cookie-secure is false: browsers may"
        + " send the session cookie over plain HTTP. Fix: Set <session-descriptor><cookie-secure>true</cookie-secure>"
        + "</session-descriptor> in <weblogic-web-app>.")
expectLine("[WARNING] ${webLogic}:8: [WEBLOGIC-URL-REWRITING-OFF] session-descriptor/url-rewriting-enabled is true:"
        + " WebLogic writes the session id into URLs for browsers without cookies. Fix: Set <session-descriptor>"
        + "<url-rewriting-enabled>false</url-rewriting-enabled></session-descriptor> in <weblogic-web-app>.")

def findings = lines.findAll { it ==~ /\[(ERROR|WARNING)\] \S+:\d+: \[[A-Z-]+\] .*/ }
assert findings.size() == 7 : "expected 7 finding lines, got " + findings.size() + ":\n" + findings.join('\n')

// The JEE edition's server-side items are named once, not passed and not counted.
expectLine("[INFO] Not verifiable from the package: the JEE server's own configuration (HTTPS listeners, TLS"
        + " protocols and ciphers in standalone.xml or the WebLogic domain, WebSphere policy sets); TLS to the database"
        + " and its transparent data encryption; settings Bizagi keeps in its database (case security, environment"
        + " configuration, the attribute encryption key).")
def summary = /\[INFO\] Bizagi hardening: 4 files read, \d+ rules run: 2 errors, 5 warnings\./
assert lines.any { it ==~ summary } : "missing summary: " + summary
expectLine('[INFO] BUILD FAILURE')
def failure = 'on project claims-portal-weblogic: Bizagi hardening check found 2 errors; each is listed above with' +
        ' its file, line and fix. -> [Help 1]'
assert lines.any { it.startsWith('[ERROR] Failed to execute goal ') && it.endsWith(failure) } : "missing: " + failure

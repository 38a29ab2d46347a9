// The parent only aggregates and the jar and wars are skipped on their own; the ear is judged, with both
// wars and the session-defaults.jar inside each named through every archive.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

expectLine('[INFO] Bizagi hardening check skipped: claims-platform aggregates modules and packages nothing; each'
        + ' module is checked on its own.')
expectLine('[INFO] Bizagi hardening check skipped (bizagi.hardening.skip=true).')

def ear = 'target/portal-ear-1.0.0.ear!'
def fragment = { String war -> "${ear}/${war}!/WEB-INF/lib/session-defaults.jar!/META-INF/web-fragment.xml" }

// portal.war's web.xml sets no session-timeout, so the container takes the fragment's 60 minutes: the finding
// points into the fragment, where the value is written.
expectLine("[ERROR] ${fragment('portal.war')}:8: [JEE-SESSION-TIMEOUT] session-timeout is 60 minutes; the policy"
        + " allows 5. Fix: Put <session-timeout>5</session-timeout> in the single <session-config> of web.xml's"
        + ' <web-app>, adding one only if there is none; web.xml overrides web-fragment.xml. Or set it here.')

// portal-complete.war is metadata-complete: the same fragment is ignored, so web.xml itself lacks the value.
expectLine("[ERROR] ${ear}/portal-complete.war!/WEB-INF/web.xml:8: [JEE-SESSION-TIMEOUT] web.xml sets no"
        + " session-timeout (${fragment('portal-complete.war')}:8 sets it, but web.xml is metadata-complete, so the"
        + " container reads no web-fragment.xml), so the container's default (30 minutes on most servers) applies;"
        + ' the policy allows 5. Fix: Put <session-timeout>5</session-timeout> in the single <session-config> of'
        + " web.xml's <web-app>, adding one only if there is none.")

// The fragment's tracking-mode serves portal.war, but not the metadata-complete portal-complete.war.
expectLine("[WARNING] ${ear}/portal-complete.war!/WEB-INF/web.xml:8: [JEE-TRACKING-MODE-COOKIE] web.xml sets no"
        + " tracking-mode (${fragment('portal-complete.war')}:9 sets it, but web.xml is metadata-complete, so the"
        + " container reads no web-fragment.xml), so the container also tracks sessions by URL (;jsessionid=) for"
        + " browsers without cookies, which puts the session id in logs and Referer headers. Fix: Put"
        + " <tracking-mode>COOKIE</tracking-mode> in the single <session-config> of web.xml's <web-app>, adding one"
        + " only if there is none (Servlet 3.0 or later), and no URL tracking-mode.")

// Nothing else: the cookie flags, a CONFIDENTIAL constraint on /* and an error page are set in both web.xml
// files, and lib/config/bizagi-config.properties in the ear serves both wars.
def findings = lines.findAll { it ==~ /\[(ERROR|WARNING)\] \S+:\d+: \[[A-Z-]+\] .*/ }
assert findings.size() == 3 : "expected 3 finding lines, got " + findings.size() + ":\n" + findings.join('\n')

// Two web.xml files, bizagi-config.properties and the authentication settings; fragments are read as part of
// their web.xml. The number of rules is left open: it grows with the catalogue, not with this deployment.
def summary = /\[INFO\] Bizagi hardening: 4 files read, \d+ rules run: 2 errors, 1 warning\./
assert lines.any { it ==~ summary } : "missing summary line matching " + summary
expectLine('[INFO] BUILD FAILURE')
def failure = 'on project portal-ear: Bizagi hardening check found 2 errors; each is listed above with its file,' +
        ' line and fix. -> [Help 1]'
assert lines.any { it.startsWith('[ERROR] Failed to execute goal ') && it.endsWith(failure) } : "missing: " + failure

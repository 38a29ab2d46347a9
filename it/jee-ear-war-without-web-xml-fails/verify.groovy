// portal-annotated.war ships no web.xml: it runs on its fragment and the container's defaults, and is judged
// so. The fragment's time-out is reported in the fragment; what no file sets is reported at the absent
// WEB-INF/web.xml, without a line, with how to add it. portal.war, whose web.xml sets all but the time-out,
// gets only the fragment's time-out.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

def ear = 'target/portal-ear-1.0.0.ear!'
def fragment = { String war -> "${ear}/${war}!/WEB-INF/lib/session-defaults.jar!/META-INF/web-fragment.xml" }
def absent = "${ear}/portal-annotated.war!/WEB-INF/web.xml"
def noWebXml = "This war has no WEB-INF/web.xml; what its fragments leave unset takes the container's default: "
def addWebXml = ' The war has no web.xml yet: add WEB-INF/web.xml for it.'

['portal.war', 'portal-annotated.war'].each { war ->
    expectLine("[ERROR] ${fragment(war)}:8: [JEE-SESSION-TIMEOUT] session-timeout is 60 minutes; the policy"
            + " allows 5. Fix: Put <session-timeout>5</session-timeout> in the single <session-config> of web.xml's"
            + ' <web-app>, adding one only if there is none; web.xml overrides web-fragment.xml. Or set it here.')
}
expectLine("[WARNING] ${absent}: [JEE-COOKIE-SECURE] ${noWebXml}web.xml does not set cookie-config/secure, so"
        + ' browsers may send the session cookie over plain HTTP. Fix: Put <secure>true</secure> in the'
        + " <cookie-config> of the single <session-config> of web.xml's <web-app>, adding either only if there is"
        + " none (Servlet 3.0 or later).${addWebXml}")
expectLine("[WARNING] ${absent}: [JEE-COOKIE-HTTPONLY] ${noWebXml}web.xml does not set cookie-config/http-only, so"
        + ' whether scripts can read the session cookie is left to the container. Fix: Put <http-only>true</http-only>'
        + " in the <cookie-config> of the single <session-config> of web.xml's <web-app>, adding either only if"
        + " there is none (Servlet 3.0 or later).${addWebXml}")
['JEE-ERROR-PAGE', 'JEE-TRANSPORT-CONFIDENTIAL'].each { rule ->
    assert lines.any { it.startsWith("[WARNING] ${absent}: [${rule}] ${noWebXml}") && it.endsWith(addWebXml) } :
            "missing ${rule} at ${absent}"
}

// Nothing else: the fragment's tracking-mode serves both wars, and lib/config/bizagi-config.properties in the ear
// serves both.
def findings = lines.findAll { it ==~ /\[(ERROR|WARNING)\] target\/\S+: \[[A-Z-]+\] .*/ }
assert findings.size() == 6 : "expected 6 finding lines, got " + findings.size() + ":\n" + findings.join('\n')
assert !findings.any { it.contains('(this Servlet') } : 'an absent web.xml has no Servlet version'

// portal.war's web.xml, bizagi-config.properties and the authentication settings; the fragments are read as part
// of their war. The number of rules is left open: it grows with the catalogue, not with this deployment.
def summary = /\[INFO\] Bizagi hardening: 3 files read, \d+ rules run: 2 errors, 4 warnings\./
assert lines.any { it ==~ summary } : "missing summary line matching " + summary
expectLine('[INFO] BUILD FAILURE')

// Code scanning places the findings at the absent web.xml on the ear, the file that exists, never on
// portal.war's web.xml in the portal module, which has the same name.
def sarif = new groovy.json.JsonSlurper().parse(
        new File(basedir, 'portal-ear/target/bizagi-hardening/bizagi-hardening.sarif'), 'UTF-8')
def atAbsent = sarif.runs[0].results.findAll { it.message.text.contains('This war has no WEB-INF/web.xml') }
assert atAbsent.size() == 4 : "expected 4 results at the absent web.xml, got " + atAbsent.size()
for (result in atAbsent) {
    def uri = result.locations[0].physicalLocation.artifactLocation.uri
    assert uri.endsWith('portal-ear/target/portal-ear-1.0.0.ear') : "located at " + uri
}

// The war and the ear are checked where they ship, inside the dist zip, whose standalone.xml is the server
// configuration the ear runs under.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectStart = { String start ->
    assert lines.any { it.startsWith(start) } : "missing line starting: " + start
}

def zip = 'target/dist-1.0.0.zip!'
def jbossAll = "${zip}/portal-ear.ear!/META-INF/jboss-all.xml"

// The ear's shared session-config replaces the war's own: its 30 minutes are reported, the war's 60 are not.
expectStart("[ERROR] ${jbossAll}:6: [JBOSS-SESSION-TIMEOUT] session-timeout is 30 minutes; the policy allows 5.")
assert !lines.any { it.contains('[JEE-SESSION-TIMEOUT]') } : 'the war\'s own session-timeout is not the one JBoss uses'

// Without a cookie-config the server's session-cookie decides: standalone.xml turns HttpOnly on, not Secure.
expectStart("[WARNING] ${jbossAll}:5: [JBOSS-COOKIE-SECURE] the shared session-config sets no cookie-config, so the"
        + " server's servlet-container session-cookie decides secure")
expectStart("[WARNING] ${zip}/configuration/standalone.xml:11: [UNDERTOW-COOKIE-SECURE] session-cookie/@secure of"
        + ' servlet-container "default" is "false", not true')
assert !lines.any { it.contains('[JBOSS-COOKIE-HTTPONLY]') } : 'standalone.xml turns HttpOnly on'

def findings = lines.findAll { it ==~ /\[(ERROR|WARNING)\] \S+:\d+: \[[A-Z-]+\] .*/ }
assert findings.size() == 3 : "expected 3 finding lines, got " + findings.size() + ":\n" + findings.join('\n')

// web.xml, jboss-all.xml, standalone.xml, bizagi-config.properties and the authentication settings.
def summary = /\[INFO\] Bizagi hardening: 5 files read, \d+ rules run: 1 error, 2 warnings\./
assert lines.any { it ==~ summary } : "missing summary line matching " + summary
def failure = 'on project dist: Bizagi hardening check found 1 error; each is listed above with its file, line and' +
        ' fix. -> [Help 1]'
assert lines.any { it.startsWith('[ERROR] Failed to execute goal ') && it.endsWith(failure) } : "missing: " + failure

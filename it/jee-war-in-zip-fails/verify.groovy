// The parent only aggregates and is passed over with a line saying so; the war is skipped on its own
// and judged inside the bundle, where its web.xml is named through both archives.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

expectLine('[INFO] Bizagi hardening check skipped: claims-platform aggregates modules and packages nothing; each'
        + ' module is checked on its own.')
expectLine('[INFO] Bizagi hardening check skipped (bizagi.hardening.skip=true).')

def webXml = 'target/bundle-1.0.0-deploy.zip!/deploy/webapp.war!/WEB-INF/web.xml'
expectLine("[ERROR] ${webXml}:8: [JEE-SESSION-TIMEOUT] session-timeout is 30 minutes; the policy allows 5. Fix:"
        + " Set <session-config><session-timeout>5</session-timeout></session-config> in <web-app>.")

def findings = lines.findAll { it ==~ /\[(ERROR|WARNING)\] \S+:\d+: \[[A-Z-]+\] .*/ }
assert findings.size() == 1 : "expected 1 finding line, got " + findings.size() + ":\n" + findings.join('\n')

// web.xml, bizagi-config.properties (both inside the nested war) and the authentication settings.
// The rule count is matched loosely: rules are added without changing what this project shows.
def summary = /\[INFO\] Bizagi hardening: 3 files read, \d+ rules run: 1 error, 0 warnings\./
assert lines.any { it ==~ summary } : 'missing summary: ' + summary
expectLine('[INFO] BUILD FAILURE')
def failure = 'on project bundle: Bizagi hardening check found 1 error; each is listed above with its file, line' +
        ' and fix. -> [Help 1]'
assert lines.any { it.startsWith('[ERROR] Failed to execute goal ') && it.endsWith(failure) } : "missing: " + failure

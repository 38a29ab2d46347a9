// The war keeps web.xml's ${session.timeout} as written, since maven-war-plugin does not filter
// deployment descriptors unless asked to: the finding names the token at its line inside the war,
// and nothing else is reported.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

def webXml = 'target/claims-portal-jee-1.0.0.war!/WEB-INF/web.xml'

expectLine("[ERROR] ${webXml}:8: [JEE-SESSION-TIMEOUT] session-config/session-timeout is the unresolved token"
        + ' "${session.timeout}", so the value it takes at deploy time cannot be shown to be from 1 to 5 minutes.'
        + " Fix: Filter the descriptor when the war is built (maven-war-plugin's"
        + ' <filteringDeploymentDescriptors>true</filteringDeploymentDescriptors>) or write the value itself.')

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
def findings = lines.findAll { it ==~ /\[(ERROR|WARNING)\] \S+:\d+: \[[A-Z-]+\] .*/ }
assert findings.size() == 3 : "expected 3 finding lines, got " + findings.size() + ":\n" + findings.join('\n')

// The rule count is left open: it grows with the catalog and says nothing about placeholders.
assert lines.any { it ==~ /\[INFO\] Bizagi hardening: 3 files read, \d+ rules run: 1 error, 2 warnings\./ } :
        'missing the summary line with 3 files read, 1 error and 0 warnings'
expectLine('[INFO] BUILD FAILURE')
def failure = 'on project claims-portal-jee: Bizagi hardening check found 1 error; each is listed above with its' +
        ' file, line and fix. -> [Help 1]'
assert lines.any { it.startsWith('[ERROR] Failed to execute goal ') && it.endsWith(failure) } : "missing: " + failure
expectLine('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')

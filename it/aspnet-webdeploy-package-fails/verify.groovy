// A Web Deploy package: the web.config inside Portal.zip says PROTOCOL HTTPS, but the deployment gives
// it the value of Portal.SetParameters.xml beside the zip, HTTP; the finding points at that line. The
// session time-out is a parameter with no value anywhere, so it is judged as the token #{Session Timeout}
// and reported at its declaration, never passed.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

assert new File(basedir, 'target/Portal.zip').isFile() : 'the assembly made no package'
assert new File(basedir, 'target/Portal.SetParameters.xml').isFile() : 'no SetParameters.xml beside the package'

expectLine('[ERROR] target/Portal.SetParameters.xml:5: [BIZAGI-PROTOCOL-HTTPS] appSettings PROTOCOL is "HTTP", not'
        + ' HTTPS, so Bizagi serves its links over plain HTTP. Fix: Set <add key="PROTOCOL" value="HTTPS"/> in'
        + ' <appSettings>.')
expectLine('[ERROR] target/Portal.zip!/parameters.xml:9: [ASPNET-SESSION-TIME] system.web/sessionState/@timeout is the'
        + ' unresolved token "#{Session Timeout}", so the value it takes at deploy time cannot be shown to be within'
        + ' the policy\'s session time. Fix: Replace the token at build time (Maven resource filtering, a Web Deploy'
        + ' parameter, a release variable) or write the value itself.')

// No file lowers ASP.NET's default full trust: ASPNET-TRUST-LEVEL warns at <system.web>.
expectLine("[WARNING] target/Portal.zip!/Content/C_C/Build/Portal/obj/Release/Package/PackageTmp/web.config:7: [ASPNET-TRUST-LEVEL]"
        + " system.web/trust/@level is not set, so the default Full applies: the application's code runs"
        + " with every permission of the application pool's"
        + " identity. Fix: Set <trust level=\"Medium\"/> in <system.web> if the portal runs under it; if it"
        + " needs full trust, turn this rule off by its id with the reason.")

def findings = lines.findAll { it ==~ /\[(ERROR|WARNING)\] \S+:\d+: \[[A-Z-]+\] .*/ }
assert findings.size() == 3 : "expected 3 finding lines, got " + findings.size() + ":\n" + findings.join('\n')

// The number of rules grows with the catalogue; the files read and the findings are what this test is about.
assert lines.any { it ==~ /\[INFO\] Bizagi hardening: 2 files read, \d+ rules run: 2 errors, 1 warning\./ } :
        'missing the summary line with 2 files read and 2 errors'
expectLine('[INFO] BUILD FAILURE')
def failure = 'on project claims-portal-webdeploy: Bizagi hardening check found 2 errors; each is listed above with' +
        ' its file, line and fix. -> [Help 1]'
assert lines.any { it.startsWith('[ERROR] Failed to execute goal ') && it.endsWith(failure) } : "missing: " + failure
expectLine('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')

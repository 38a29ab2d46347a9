// Four suppressions meet their findings: the POM one expired on 2020-01-31, so PROTOCOL counts again and
// says so; the file's trace suppression and the inline debug one hold; the inline comment on customErrors
// has no reason, so it is warned about and the finding counts. The file's second suppression matches
// nothing and is warned about.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }
def config = 'target/claims-portal-1.0.0.zip!/WebApplication/web.config'

expectLine("[WARNING] ${config}:14: bizagi-hardening:ignore needs a rule id and a reason, so it suppresses nothing;"
        + ' write <!-- bizagi-hardening:ignore RULE-ID reason: why it is accepted --> (# bizagi-hardening:ignore'
        + ' RULE-ID reason: ... in a properties file).')
expectLine('[WARNING] Suppression of IIS-SERVER-HEADER (src/main/bizagi/suppressions.xml:10) matches no finding;'
        + ' remove it.')
expectLine("[ERROR] ${config}:5: [BIZAGI-PROTOCOL-HTTPS] appSettings PROTOCOL is \"HTTP\", not HTTPS, so Bizagi"
        + ' serves its links over plain HTTP. Its suppression BIZAGI-PROTOCOL-HTTPS in **/WebApplication/web.config'
        + ' (pom.xml <suppressions>, suppression 1) expired on 2020-01-31. Fix: Set <add key="PROTOCOL"'
        + ' value="HTTPS"/> in <appSettings>.')
expectLine("[ERROR] ${config}:14: [ASPNET-CUSTOM-ERRORS] system.web/customErrors/@mode is Off: remote users see"
        + ' detailed error pages with stack traces. Fix: Set <customErrors mode="RemoteOnly"/> (or "On") in'
        + ' <system.web>.')
def findings = lines.findAll { it ==~ /\[(ERROR|WARNING)\] \S+:\d+: \[[A-Z]+(-[A-Z]+)+\] .*/ }
assert findings.size() == 2 : "expected 2 finding lines, got " + findings.size() + ":\n" + findings.join('\n')
assert !lines.any { it.contains('[ASPNET-TRACE-OFF]') || it.contains('[ASPNET-DEBUG-OFF]') } : 'a suppressed finding was logged'

assert lines.any { it ==~ /\[INFO\] Bizagi hardening: 2 files read, \d+ rules run: 2 errors, 0 warnings, 2 suppressed\./ } : "missing summary"
expectLine('[INFO] BUILD FAILURE')
def failure = 'on project claims-portal: Bizagi hardening check found 2 errors; each is listed above with its file,' +
        ' line and fix. -> [Help 1]'
assert lines.any { it.startsWith('[ERROR] Failed to execute goal ') && it.endsWith(failure) } : "missing: " + failure

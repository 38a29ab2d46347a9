// With failOnSeverity=warning the deployment's one warning fails the build, and the failure names the
// threshold.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

expectLine('[WARNING] target/claims-portal-1.0.0.zip!/WebApplication/web.config:17: [IIS-IP-ALLOWLIST]'
        + ' system.webServer/security/ipSecurity/@allowUnlisted is not set, so the default true applies: every IP'
        + ' address may reach the portal (unless applicationHost.config restricts it). Fix: Set <ipSecurity'
        + ' allowUnlisted="false"> with <add ipAddress="..." allowed="true"/> entries in <system.webServer><security>.')
assert lines.any { it ==~ /\[INFO\] Bizagi hardening: 2 files read, \d+ rules run: 0 errors, 1 warning\./ } : 'missing summary'
expectLine('[INFO] BUILD FAILURE')
def failure = 'on project claims-portal: Bizagi hardening check found 1 warning at or above' +
        ' failOnSeverity=warning; each is listed above with its file, line and fix. -> [Help 1]'
assert lines.any { it.startsWith('[ERROR] Failed to execute goal ') && it.endsWith(failure) } : "missing: " + failure
expectLine('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')

// The zipped web.config falls short of five of Bizagi's mandatory items (errors) and of seven other
// items (warnings); each is reported once, at the file and line that causes it, and the build fails with
// the violations, not with an error.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

def root = 'target/claims-portal-1.0.0.zip!/WebApplication/web.config'
def services = 'target/claims-portal-1.0.0.zip!/WebApplication/WebServices/web.config'

// The WebServices folder's own web.config switches tracing on but restricts no caller.
expectLine("[WARNING] ${root}:2: [BIZAGI-WEBSERVICES-RESTRICTED] The Work Portal's WebServices folder has no access"
        + " restriction of its own: neither a <location path=\"WebServices\"> nor a web.config in the folder"
        + " denies anyone (an authorization deny rule, an ipSecurity that refuses addresses, anonymous access"
        + " turned off), so its services answer whoever reaches the portal. Fix: Add <location"
        + " path=\"WebServices\"><system.webServer><security><ipSecurity allowUnlisted=\"false\"><add"
        + " ipAddress=\"10.0.0.0\" subnetMask=\"255.0.0.0\" allowed=\"true\"/></ipSecurity></security>"
        + "</system.webServer></location> to this web.config, listing the addresses of the systems that call the"
        + " services.")
// DSNDB logs on as sa with a clear-text password, which is masked.
expectLine("[ERROR] ${root}:4: [BIZAGI-DSNDB-NOT-SA] DSNDB logs on to the database as User ID=sa, SQL Server's"
        + " administrator, so a flaw in the portal hands over the whole database server. Fix: Create a SQL Server"
        + " login of its own for the portal, mapped to a user of Bizagi's database only (not sysadmin), and write it:"
        + " <add key=\"DSNDB\" value=\"Persist Security Info=True;User ID=bizagi_portal;Password=CRYPT.xxxx;"
        + "Data Source=...;Initial Catalog=...\"/>.")
expectLine("[ERROR] ${root}:4: [BIZAGI-DSNDB-PASSWORD] DSNDB holds the database password in clear text"
        + " (Password=********), so whoever reads this file can log on to Bizagi's database. Fix: Encrypt the"
        + " password with Bizagi's Password Encryption option (Management Console or Studio, Security) and write"
        + " the value it gives, which starts with CRYPT. (the five letters and a dot): <add key=\"DSNDB\""
        + " value=\"Persist Security Info=True;User ID=bizagi_portal;Password=CRYPT.xxxx;Data Source=...;"
        + "Initial Catalog=...\"/>; or log on with the application pool's Windows account: Integrated"
        + " Security=SSPI in place of User ID and Password.")
assert !lines.any { it.contains('Claims2024!') } : 'the clear-text password was printed'
expectLine("[ERROR] ${root}:6: [BIZAGI-PROTOCOL-HTTPS] appSettings PROTOCOL is \"HTTP\", not HTTPS, so Bizagi serves"
        + " its links over plain HTTP. Fix: Set <add key=\"PROTOCOL\" value=\"HTTPS\"/> in <appSettings>.")
expectLine("[WARNING] ${root}:9: [ASPNET-DEBUG-OFF] system.web/compilation/@debug is true: pages are compiled with"
        + " debug information, which error pages and time-outs expose. Fix: Set <compilation debug=\"false\"/> in"
        + " <system.web>, or remove the debug attribute.")
expectLine("[ERROR] ${root}:11: [ASPNET-COOKIES-SSL] system.web/httpCookies/@requireSSL is not set, so the default"
        + " false applies: browsers also send the session and authentication cookies over plain HTTP. Fix: Set"
        + " <httpCookies httpOnlyCookies=\"true\" requireSSL=\"true\"/> in <system.web>.")
expectLine("[WARNING] ${root}:13: [ASPNET-CUSTOM-ERRORS] system.web/customErrors/@mode is Off: remote users see"
        + " detailed error pages with stack traces. Fix: Set <customErrors mode=\"RemoteOnly\"/> (or \"On\") in"
        + " <system.web>.")
expectLine("[ERROR] ${root}:14: [ASPNET-VIEWSTATE-ENCRYPTION] system.web/pages/@viewStateEncryptionMode is Auto:"
        + " ViewState is sent unencrypted on pages that do not ask for encryption. Fix: Set <pages"
        + " viewStateEncryptionMode=\"Always\"/> in <system.web>.")
// No file has <httpProtocol>: the gap is anchored at <system.webServer>, the deepest element along the path.
expectLine("[WARNING] ${root}:16: [IIS-POWERED-BY-HEADER] Responses carry the X-Powered-By header: IIS adds it by"
        + " default and no file removes it. Fix: Add <remove name=\"X-Powered-By\"/> to <system.webServer>"
        + "<httpProtocol><customHeaders>. Or blank it with a URL Rewrite outbound rule: <rule name=\"Blank"
        + " X-Powered-By\"><match serverVariable=\"RESPONSE_X-POWERED-BY\" pattern=\".*\"/><action type=\"Rewrite\""
        + " value=\"\"/></rule> in <system.webServer><rewrite><outboundRules>.")
expectLine("[WARNING] ${root}:17: [IIS-IP-ALLOWLIST] system.webServer/security/ipSecurity/@allowUnlisted is not"
        + " set, so the default true applies: every IP address may reach the portal (unless applicationHost.config"
        + " restricts it). Fix: Set <ipSecurity allowUnlisted=\"false\"> with <add ipAddress=\"...\""
        + " allowed=\"true\"/> entries in <system.webServer><security>.")
expectLine("[WARNING] ${services}:4: [ASPNET-TRACE-OFF] system.web/trace/@enabled is true: trace.axd shows request"
        + " headers, cookies and session state. Fix: Set <trace enabled=\"false\"/> in <system.web>, or remove the"
        + " <trace> element.")

// WebServices inherits the root file's gaps; they are reported once, at the root file.
// No file lowers ASP.NET's default full trust: ASPNET-TRUST-LEVEL warns at <system.web>.
expectLine("[WARNING] target/claims-portal-1.0.0.zip!/WebApplication/web.config:8: [ASPNET-TRUST-LEVEL]"
        + " system.web/trust/@level is not set, so the default Full applies: the application's code runs"
        + " with every permission of the application pool's"
        + " identity. Fix: Set <trust level=\"Medium\"/> in <system.web> if the portal runs under it; if it"
        + " needs full trust, turn this rule off by its id with the reason.")

def findings = lines.findAll { it ==~ /\[(ERROR|WARNING)\] \S+:\d+: \[[A-Z-]+\] .*/ }
assert findings.size() == 12 : "expected 12 finding lines, got " + findings.size() + ":\n" + findings.join('\n')

// The rule count is matched loosely: rules are added without changing what this project shows.
def summary = /\[INFO\] Bizagi hardening: 3 files read, \d+ rules run: 5 errors, 7 warnings\./
assert lines.any { it ==~ summary } : 'missing summary: ' + summary
expectLine('[INFO] BUILD FAILURE')
def failure = 'on project claims-portal: Bizagi hardening check found 5 errors; each is listed above with its file,' +
        ' line and fix. -> [Help 1]'
assert lines.any { it.startsWith('[ERROR] Failed to execute goal ') && it.endsWith(failure) } : "missing: " + failure
expectLine('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')

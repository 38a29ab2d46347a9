// The portal's system.web weakens request validation, the session, forms accounts, the role cookie, the
// machine key and the trust level; every new system.web rule reports its own line, once, although
// WebServices/web.config inherits the same settings (it lowers only the trust level, so the trust finding
// is the root's alone). The strict profile makes these warnings errors, so the build fails.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

def root = 'target/claims-portal-1.0.0.zip!/WebApplication/web.config'

expectLine("[ERROR] ${root}:9: [ASPNET-HEADER-CHECKING] system.web/httpRuntime/@enableHeaderChecking is false:"
        + " line breaks that code writes into response headers are sent as they are, which allows response"
        + " splitting. Fix: Set <httpRuntime enableHeaderChecking=\"true\"/> in <system.web>, or remove the"
        + " attribute.")
expectLine("[ERROR] ${root}:9: [ASPNET-REQUEST-VALIDATION-MODE] system.web/httpRuntime/@requestValidationMode"
        + " is 2.0: only pages validate requests, so web services and handlers read markup and script"
        + " unchecked. Fix: Set <httpRuntime requestValidationMode=\"4.5\"/> in <system.web>, or remove the"
        + " attribute.")
expectLine("[ERROR] ${root}:11: [ASPNET-SESSION-COOKIELESS] system.web/sessionState/@cookieless is UseUri:"
        + " ASP.NET puts the session id in every URL, where logs, Referer headers and shared links expose it."
        + " Fix: Set <sessionState cookieless=\"UseCookies\"/> in <system.web>, or remove the cookieless"
        + " attribute.")
expectLine("[ERROR] ${root}:11: [ASPNET-SESSION-STATE-SERVER] system.web/sessionState/@mode is StateServer:"
        + " session data travels to the ASP.NET state service unencrypted, and the service authenticates no"
        + " caller. Fix: Set <sessionState mode=\"InProc\"/> in <system.web>, or mode=\"SQLServer\" for a"
        + " Bizagi cluster; if the cluster must use StateServer, keep the state service on a network only the"
        + " portal servers reach, protected by IPsec, and turn this rule off by its id.")
expectLine("[ERROR] ${root}:13: [ASPNET-FORMS-CROSS-APP-REDIRECTS]"
        + " system.web/authentication/forms/@enableCrossAppRedirects is true: the sign-in page redirects to"
        + " other hosts and may pass them the forms authentication ticket in the URL. Fix: Set <forms"
        + " enableCrossAppRedirects=\"false\"/> in <system.web><authentication mode=\"Forms\">, or remove the"
        + " enableCrossAppRedirects attribute.")
expectLine("[ERROR] ${root}:14: [ASPNET-FORMS-PASSWORD-CLEAR]"
        + " system.web/authentication/forms/credentials/@passwordFormat is Clear: the passwords under"
        + " <credentials> are stored as written, readable by anyone who reads web.config. Fix: Remove the"
        + " <credentials> element (see ASPNET-FORMS-CREDENTIALS), or set <credentials"
        + " passwordFormat=\"SHA512\"> in <system.web><authentication><forms> and write the passwords as"
        + " SHA-512 hashes.")
expectLine("[ERROR] ${root}:15: [ASPNET-FORMS-CREDENTIALS] system.web/authentication/forms/credentials holds"
        + " the account \"admon\" and its password in the file, where anyone who reads web.config can take"
        + " them. Fix: Remove the <user> elements from <credentials> and keep the accounts in a membership or"
        + " identity store, such as Bizagi's own authentication.")
expectLine("[ERROR] ${root}:19: [ASPNET-ROLE-COOKIE-SSL] system.web/roleManager/@cookieRequireSSL is not set,"
        + " so the default false applies: browsers also send the roles cookie over plain HTTP, where it can be"
        + " captured and replayed. Fix: Set <roleManager cookieRequireSSL=\"true\"/> in <system.web>, or"
        + " cacheRolesInCookie=\"false\".")
expectLine("[ERROR] ${root}:20: [ASPNET-MACHINEKEY-KEYS] system.web/machineKey/@validationKey holds a key"
        + " written in clear in the file: whoever reads web.config can forge authentication tickets and"
        + " ViewState. Fix: Remove validationKey and decryptionKey from <machineKey> so that ASP.NET generates"
        + " them, or, where servers must share the keys, encrypt the section with aspnet_regiis -pef"
        + " \"system.web/machineKey\" <site folder>.")
expectLine("[ERROR] ${root}:20: [ASPNET-MACHINEKEY-VALIDATION] system.web/machineKey/@validation is SHA1:"
        + " ViewState, forms tickets and other data ASP.NET hands out are signed with HMACSHA1, a weaker hash"
        + " than HMACSHA256, which makes them easier to forge. Fix: Set <machineKey validation=\"HMACSHA256\"/>"
        + " (or HMACSHA384, HMACSHA512) in <system.web>, or remove the validation attribute.")
expectLine("[ERROR] ${root}:21: [ASPNET-TRUST-LEVEL] system.web/trust/@level is Full: the application's code"
        + " runs with every permission of the application pool's identity. Fix: Set <trust level=\"Medium\"/>"
        + " in <system.web> if the portal runs under it; if it needs full trust, turn this rule off by its id"
        + " with the reason.")
expectLine("[ERROR] ${root}:23: [ASPNET-EVENT-VALIDATION] system.web/pages/@enableEventValidation is false:"
        + " pages accept postbacks for controls and values they never rendered. Fix: Set <pages"
        + " enableEventValidation=\"true\"/> in <system.web>, or remove the attribute.")
expectLine("[ERROR] ${root}:23: [ASPNET-VALIDATE-REQUEST] system.web/pages/@validateRequest is false: pages"
        + " accept form fields, query strings and cookies that hold markup or script. Fix: Set <pages"
        + " validateRequest=\"true\"/> in <system.web>, or remove the attribute.")
expectLine("[ERROR] ${root}:23: [ASPNET-VIEWSTATE-MAC] system.web/pages/@enableViewStateMac is false: ViewState"
        + " is not signed, so it can be altered in the browser and fed to the server's deserializer. Fix: Set"
        + " <pages enableViewStateMac=\"true\"/> in <system.web>, or remove the attribute.")

def findings = lines.findAll { it ==~ /\[(ERROR|WARNING)\] \S+:\d+: \[[A-Z-]+\] .*/ }
assert findings.size() == 14 : "expected 14 finding lines, got " + findings.size() + ":\n" + findings.join('\n')
assert !findings.any { it.contains('WebServices/web.config') } : 'an inherited setting was reported twice'

// The rule count is matched loosely: rules are added without changing what this project shows.
def summary = /\[INFO\] Bizagi hardening: 3 files read, \d+ rules run: 14 errors, 0 warnings\./
assert lines.any { it ==~ summary } : "missing summary: " + summary
expectLine('[INFO] BUILD FAILURE')
def failure = 'on project claims-portal: Bizagi hardening check found 14 errors; each is listed above with its' +
        ' file, line and fix. -> [Help 1]'
assert lines.any { it.startsWith('[ERROR] Failed to execute goal ') && it.endsWith(failure) } : "missing: " + failure
expectLine('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')

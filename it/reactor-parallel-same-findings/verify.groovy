// The reactor was built twice (invoker.properties): serially into serial.log and on four threads into
// parallel.log. Both builds must report exactly the expected findings. With -T the modules' lines
// interleave, so findings are compared as sorted lists per module, each tied to its module by the
// archive it names (target/<artifactId>-1.0.0.zip or .war; artifactIds start with the module folder).
def read = { String name ->
    def file = new File(basedir, name)
    assert file.isFile() : "no ${name}: Maven did not run with -l ${name}"
    file.getText('UTF-8').readLines()
}
def serial = read('serial.log')
def parallel = read('parallel.log')

def multiThreaded = '[INFO] Using the MultiThreadedBuilder implementation with a thread count of 4'
assert parallel.contains(multiThreaded) : 'the second build did not run on four threads'
assert !serial.any { it.contains('MultiThreadedBuilder') } : 'the first build was not serial'
// Maven warns when a -T build uses a plugin not marked thread-safe; the check and the packaging plugins are.
assert !parallel.any { it.contains('requesting parallel execution') } : 'a plugin is not marked thread-safe'

def zip = { String artifactId -> "target/${artifactId}-1.0.0.zip!/WebApplication/web.config" }
def war = { String artifactId, String file -> "target/${artifactId}-1.0.0.war!/WEB-INF/${file}" }
// No portal but m8 lowers ASP.NET's default full trust: ASPNET-TRUST-LEVEL warns at their <system.web>.
def fullTrust = { String artifactId ->
    ("[WARNING] ${zip(artifactId)}:7: [ASPNET-TRUST-LEVEL] system.web/trust/@level is not set, so the default Full"
            + " applies: the application's code runs with every permission of the application pool's identity. Fix:"
            + " Set <trust level=\"Medium\"/> in <system.web> if the portal runs under it; if it needs full trust,"
            + " turn this rule off by its id with the reason.")
}
def expected = [
    m1: ["[WARNING] ${zip('m1-portal-debug')}:8: [ASPNET-DEBUG-OFF] system.web/compilation/@debug is true: pages"
            + " are compiled with debug information, which error pages and time-outs expose. Fix: Set <compilation"
            + " debug=\"false\"/> in <system.web>, or remove the debug attribute.",
        fullTrust('m1-portal-debug')],
    m2: ["[ERROR] ${zip('m2-portal-http')}:5: [BIZAGI-PROTOCOL-HTTPS] appSettings PROTOCOL is \"HTTP\", not HTTPS,"
            + " so Bizagi serves its links over plain HTTP. Fix: Set <add key=\"PROTOCOL\" value=\"HTTPS\"/> in"
            + " <appSettings>.",
        "[WARNING] ${zip('m2-portal-http')}:12: [ASPNET-CUSTOM-ERRORS] system.web/customErrors/@mode is Off: remote"
            + " users see detailed error pages with stack traces. Fix: Set <customErrors mode=\"RemoteOnly\"/> (or"
            + " \"On\") in <system.web>.",
        fullTrust('m2-portal-http')],
    m3: ["[WARNING] ${zip('m3-portal-trace')}:9: [ASPNET-TRACE-OFF] system.web/trace/@enabled is true: trace.axd"
            + " shows request headers, cookies and session state. Fix: Set <trace enabled=\"false\"/> in"
            + " <system.web>, or remove the <trace> element.",
        "[WARNING] ${zip('m3-portal-trace')}:19: [IIS-IP-ALLOWLIST] system.webServer/security/ipSecurity/"
            + "@allowUnlisted is not set, so the default true applies: every IP address may reach the portal"
            + " (unless applicationHost.config restricts it). Fix: Set <ipSecurity allowUnlisted=\"false\"> with"
            + " <add ipAddress=\"...\" allowed=\"true\"/> entries in <system.webServer><security>.",
        fullTrust('m3-portal-trace')],
    m4: ["[ERROR] ${zip('m4-portal-cookies')}:10: [ASPNET-COOKIES-SSL] system.web/httpCookies/@requireSSL is not"
            + " set, so the default false applies: browsers also send the session and authentication cookies over"
            + " plain HTTP. Fix: Set <httpCookies httpOnlyCookies=\"true\" requireSSL=\"true\"/> in <system.web>.",
        "[ERROR] ${zip('m4-portal-cookies')}:13: [ASPNET-VIEWSTATE-ENCRYPTION] system.web/pages/"
            + "@viewStateEncryptionMode is Auto: ViewState is sent unencrypted on pages that do not ask for"
            + " encryption. Fix: Set <pages viewStateEncryptionMode=\"Always\"/> in <system.web>.",
        fullTrust('m4-portal-cookies')],
    m5: ["[ERROR] ${war('m5-jee-session', 'web.xml')}:8: [JEE-SESSION-TIMEOUT] session-timeout is 30 minutes;"
            + " the policy allows 5. Fix: Put <session-timeout>5</session-timeout> in the single <session-config>"
            + " of web.xml's <web-app>, adding one only if there is none."],
    // No <cookie-config>: both flags are reported at <session-config>, the deepest element along the path.
    m6: ["[WARNING] ${war('m6-jee-cookies', 'web.xml')}:7: [JEE-COOKIE-HTTPONLY] web.xml does not set"
            + " cookie-config/http-only, so whether scripts can read the session cookie is left to the container."
            + " Fix: Put <http-only>true</http-only> in the <cookie-config> of the single <session-config> of"
            + " web.xml's <web-app>, adding either only if there is none (Servlet 3.0 or later).",
        "[WARNING] ${war('m6-jee-cookies', 'web.xml')}:7: [JEE-COOKIE-SECURE] web.xml does not set"
            + " cookie-config/secure, so browsers may send the session cookie over plain HTTP. Fix: Put"
            + " <secure>true</secure> in the <cookie-config> of the single <session-config> of web.xml's <web-app>,"
            + " adding either only if there is none (Servlet 3.0 or later)."],
    m7: ["[ERROR] ${war('m7-jee-http', 'classes/bizagi-config.properties')}:2: [JEE-PROTOCOL-HTTPS] PROTOCOL is"
            + " \"HTTP\", not HTTPS, so Bizagi builds its links over plain HTTP. Fix: Set PROTOCOL=\"HTTPS\" in"
            + " bizagi-config.properties."],
    // m8 is hardened: it must not appear.
].collectEntries { module, lines -> [(module): lines*.toString().sort()] }

// Every finding line, grouped by the module its archive names; a finding naming no module's archive is
// grouped under null, so it cannot go unnoticed.
def findingsByModule = { List<String> lines ->
    lines.findAll { it ==~ /\[(ERROR|WARNING)\] \S+:\d+: \[[A-Z]+(-[A-Z]+)+\] .*/ }
            .groupBy { line ->
                def archive = line =~ /^\[[A-Z]+\] target\/(m\d)-[a-z-]+-1\.0\.0\.(?:zip|war)!\//
                archive ? archive[0][1] : null
            }
            .collectEntries { module, found -> [(module): found.sort()] }
            .sort()
}
def difference = { Map actual ->
    (expected.keySet() + actual.keySet()).findAll { expected[it] != actual[it] }.collect { module ->
        "${module}:\n  missing: ${(expected[module] ?: []) - (actual[module] ?: [])}" +
                "\n  unexpected: ${(actual[module] ?: []) - (expected[module] ?: [])}"
    }.join('\n')
}
def serialFindings = findingsByModule(serial)
def parallelFindings = findingsByModule(parallel)
assert serialFindings == expected : "serial build, findings differ:\n" + difference(serialFindings)
assert parallelFindings == expected : "parallel build, findings differ:\n" + difference(parallelFindings)
assert parallelFindings == serialFindings

// The summaries name no module, so they are compared as a multiset: one per deployment, none lost or doubled.
// The rule count is left out: rules are added without changing what these projects show.
def summaries = { List<String> lines ->
    lines.findAll { it.startsWith('[INFO] Bizagi hardening: ') }
            .collect { it.replaceFirst(/\d+ rules run/, 'N rules run') }
            .sort()
}
def expectedSummaries = [
    '[INFO] Bizagi hardening: 2 files read, N rules run: 0 errors, 2 warnings.',       // m1
    '[INFO] Bizagi hardening: 2 files read, N rules run: 1 error, 2 warnings.',        // m2
    '[INFO] Bizagi hardening: 2 files read, N rules run: 0 errors, 3 warnings.',       // m3
    '[INFO] Bizagi hardening: 2 files read, N rules run: 2 errors, 1 warning.',        // m4
    '[INFO] Bizagi hardening: 3 files read, N rules run: 1 error, 0 warnings.',        // m5
    '[INFO] Bizagi hardening: 3 files read, N rules run: 0 errors, 2 warnings.',       // m6
    '[INFO] Bizagi hardening: 3 files read, N rules run: 1 error, 0 warnings.',        // m7
    '[INFO] Bizagi hardening: 2 files read, N rules run: 0 errors, 0 warnings.',       // m8
].sort()
assert summaries(serial) == expectedSummaries
assert summaries(parallel) == expectedSummaries

// The parent packages nothing and says so once; with failOnViolation=false the four modules with errors
// each warn and every module is built (m1, m3 and m6 have warnings only).
def aggregator = '[INFO] Bizagi hardening check skipped: claims-deployments aggregates modules and packages' +
        ' nothing; each module is checked on its own.'
// A for loop, not each: the invoker fails a post-build script that returns anything but null or true.
for (def build in [serial: serial, parallel: parallel]) {
    def lines = build.value
    assert lines.count(aggregator) == 1 : "${build.key}: missing: " + aggregator
    def goesOn = lines.findAll { it.endsWith(' The build goes on because bizagi.hardening.failOnViolation=false.') }
    assert goesOn.size() == 4 : "${build.key}: expected 4 modules to go on despite errors, got " + goesOn.size()
    assert lines.contains('[INFO] BUILD SUCCESS') : "${build.key}: the build did not succeed"
    // One total for the reactor, once every module's check has ended, whichever thread ends last.
    def total = '[INFO] Bizagi hardening, all modules: 5 errors, 10 warnings in 8 modules.'
    assert lines.count(total) == 1 : "${build.key}: expected the total once: " + total
}

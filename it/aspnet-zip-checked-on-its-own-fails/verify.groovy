// The second run packages nothing: it reads the zip the first run left, whose web.config asks for plain
// HTTP, though the one under src/main asks for HTTPS.
def lines = new File(basedir, 'check.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

def zip = 'target/claims-portal-1.0.0-dist.zip'
expectLine("[INFO] Bizagi hardening: this build packaged no archive, so the check reads ${zip}, which an earlier"
        + " build left; run the check in the build that packages (mvn package bizagi-hardening:check, or bind it"
        + " to verify) to judge what the sources make now.")
expectLine("[ERROR] ${zip}!/WebApplication/web.config:5: [BIZAGI-PROTOCOL-HTTPS] appSettings PROTOCOL is \"HTTP\","
        + " not HTTPS, so Bizagi serves its links over plain HTTP. Fix: Set <add key=\"PROTOCOL\" value=\"HTTPS\"/>"
        + " in <appSettings>.")
def summary = /\[INFO\] Bizagi hardening: 2 files read, \d+ rules run: 1 error, 0 warnings\./
assert lines.any { it ==~ summary } : 'missing summary: ' + summary
// Nothing under src/main is judged: only the zip's entry is named.
def findings = lines.findAll { it =~ /: \[[A-Z]+(-[A-Z]+)+\] / }
assert findings.size() == 1 : "unexpected findings:\n" + findings.join('\n')
// The build fails on the finding, as a violation, not on an error.
assert lines.any { it.contains('Bizagi hardening check found 1 error; each is listed above') } : 'no failure line'
// The first run stopped at package, before the check's phase.
assert !new File(basedir, 'package.log').text.contains('Bizagi hardening') : 'the check ran in the package run'
true

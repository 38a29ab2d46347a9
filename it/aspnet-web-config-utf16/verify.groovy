// The UTF-16 web.config is decoded from its byte-order mark: the one setting that falls short is
// reported at its line, and nothing is reported unparseable. Debug compilation is a CIS IIS 10 item, not
// one of Bizagi's mandatory ones, so it is a warning and the build goes on.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

def bytes = new File(basedir, 'src/main/portal/WebApplication/web.config').bytes
assert bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE && bytes[3] == 0 : 'the fixture is no longer UTF-16LE with a BOM'

expectLine('[WARNING] target/claims-portal-1.0.0.zip!/WebApplication/web.config:8: [ASPNET-DEBUG-OFF]'
        + ' system.web/compilation/@debug is true: pages are compiled with debug information, which error pages and'
        + ' time-outs expose. Fix: Set <compilation debug="false"/> in <system.web>, or remove the debug attribute.')
// No file lowers ASP.NET's default full trust: ASPNET-TRUST-LEVEL warns at <system.web>.
expectLine("[WARNING] target/claims-portal-1.0.0.zip!/WebApplication/web.config:7: [ASPNET-TRUST-LEVEL]"
        + " system.web/trust/@level is not set, so the default Full applies: the application's code runs"
        + " with every permission of the application pool's"
        + " identity. Fix: Set <trust level=\"Medium\"/> in <system.web> if the portal runs under it; if it"
        + " needs full trust, turn this rule off by its id with the reason.")

def findings = lines.findAll { it ==~ /\[(ERROR|WARNING)\] \S+:\d+: \[[A-Z-]+\] .*/ }
assert findings.size() == 2 : "expected 2 finding lines, got " + findings.size() + ":\n" + findings.join('\n')

// The rule count is matched loosely: rules are added without changing what this project shows.
def summary = /\[INFO\] Bizagi hardening: 2 files read, \d+ rules run: 0 errors, 2 warnings\./
assert lines.any { it ==~ summary } : 'missing summary: ' + summary
expectLine('[INFO] BUILD SUCCESS')

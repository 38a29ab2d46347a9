// The UTF-16 web.config is decoded from its byte-order mark: the one setting that falls short is
// reported at its line, and nothing is reported unparseable.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

def bytes = new File(basedir, 'src/main/portal/WebApplication/web.config').bytes
assert bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE && bytes[3] == 0 : 'the fixture is no longer UTF-16LE with a BOM'

expectLine('[ERROR] target/claims-portal-1.0.0.zip!/WebApplication/web.config:8: [ASPNET-DEBUG-OFF]'
        + ' system.web/compilation/@debug is true: pages are compiled with debug information, which error pages and'
        + ' time-outs expose. Fix: Set <compilation debug="false"/> in <system.web>, or remove the debug attribute.')
def findings = lines.findAll { it ==~ /\[(ERROR|WARNING)\] \S+:\d+: \[[A-Z-]+\] .*/ }
assert findings.size() == 1 : "expected 1 finding line, got " + findings.size() + ":\n" + findings.join('\n')

def summary = /\[INFO\] Bizagi hardening: 2 files read, \d+ rules run: 1 error, 0 warnings\./
assert lines.any { it ==~ summary } : "missing summary: " + summary
def failure = 'on project claims-portal: Bizagi hardening check found 1 error; each is listed above with its file,' +
        ' line and fix. -> [Help 1]'
assert lines.any { it.startsWith('[ERROR] Failed to execute goal ') && it.endsWith(failure) } : "missing: " + failure

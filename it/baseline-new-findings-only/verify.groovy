// Two builds (invoker.properties). The baseline goal wrote the three findings the deployment has, keyed
// without lines and with the version in the archive's name as a token; check, against the committed
// baseline (which holds the PROTOCOL and debug findings and a customErrors finding since fixed), fails
// only on the trace finding and names the fixed one. The CULTURE setting was added above PROTOCOL after
// the committed baseline was written: the PROTOCOL entry is keyed on its key, not its position, so it
// still matches.
def read = { String name ->
    def file = new File(basedir, name)
    assert file.isFile() : "no ${name}"
    file.getText('UTF-8')
}
def config = 'target/claims-portal-${project.version}.zip!/WebApplication/web.config'
def entry = { String rule, String xpath ->
    """    {
      "rule" : "${rule}",
      "file" : "${config}",
      "xpath" : "${xpath}",
      "count" : 1
    }"""
}
def written = read('target/written-baseline.json')
def expectedBaseline = '{\n  "version" : 2,\n  "findings" : [\n' + [
    entry('ASPNET-DEBUG-OFF', '/configuration/system.web/compilation'),
    entry('ASPNET-TRACE-OFF', '/configuration/system.web/trace'),
    entry('BIZAGI-PROTOCOL-HTTPS', "/configuration/appSettings/add[@key='PROTOCOL']"),
].join(',\n') + '\n  ]\n}\n'
assert written == expectedBaseline : "written baseline differs:\n" + written

def baseline = read('baseline.log').readLines()
assert baseline.contains('[INFO] Bizagi hardening baseline: 3 findings written to target/written-baseline.json.' +
        ' Commit it and set <baselineFile> (bizagi.hardening.baselineFile) for check to fail only on new findings.')
assert baseline.contains('[INFO] BUILD SUCCESS')

def check = read('check.log').readLines()
def expectLine = { String line -> assert check.contains(line) : "missing line: " + line }
expectLine('[INFO] Fixed since the baseline: ASPNET-CUSTOM-ERRORS in ' + config +
        ' at /configuration/system.web/customErrors.')
expectLine('[ERROR] target/claims-portal-1.0.0.zip!/WebApplication/web.config:10: [ASPNET-TRACE-OFF]' +
        ' system.web/trace/@enabled is true: trace.axd shows request headers, cookies and session state. Fix: Set' +
        ' <trace enabled="false"/> in <system.web>, or remove the <trace> element.')
def findings = check.findAll { it ==~ /\[(ERROR|WARNING)\] \S+:\d+: \[[A-Z]+(-[A-Z]+)+\] .*/ }
assert findings.size() == 1 : "expected 1 finding line, got " + findings.size() + ":\n" + findings.join('\n')
assert check.any { it ==~ /\[INFO\] Bizagi hardening: 2 files read, \d+ rules run: 1 error, 0 warnings, 2 suppressed\./ } : "missing summary"
expectLine('[INFO] BUILD FAILURE')
def failure = 'on project claims-portal: Bizagi hardening check found 1 error; each is listed above with its file,' +
        ' line and fix. -> [Help 1]'
assert check.any { it.startsWith('[ERROR] Failed to execute goal ') && it.endsWith(failure) } : "missing: " + failure

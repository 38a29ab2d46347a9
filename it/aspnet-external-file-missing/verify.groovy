// web.config reads appSettings from secrets.config, which the zip does not hold. ASP.NET would skip
// the missing file silently; the check cannot judge settings it cannot read, so it stops the build
// with an error (unusable input, not a violation) naming the reference and where it looked.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

def zip = 'target/claims-portal-1.0.0.zip'
expectLine("[ERROR] ${zip}!/WebApplication/web.config:3: cannot be resolved: <appSettings file=\"secrets.config\">"
        + " names ${zip}!/WebApplication/secrets.config, which is not there (or the check's excludes leave it out):"
        + " ASP.NET would silently skip the settings it holds, so the check cannot tell which ones run. Ship the"
        + " file, or correct the reference.")

def findings = lines.findAll { it ==~ /\[(ERROR|WARNING)\] \S+:\d+: \[[A-Z-]+\] .*/ }
assert findings.isEmpty() : "unexpected findings:\n" + findings.join('\n')
// The rule count grows with the catalogue; this test is about the unreadable file.
def summary = /\[INFO\] Bizagi hardening: 2 files read, \d+ rules run: 0 errors, 0 warnings, 1 file unreadable\./
assert lines.any { it ==~ summary } : 'missing the summary line with 1 file unreadable'
def failure = 'on project claims-portal: 1 configuration file could not be judged; each is listed above with the' +
        ' reason. -> [Help 1]'
assert lines.any { it.startsWith('[ERROR] Failed to execute goal ') && it.endsWith(failure) } : "missing: " + failure
expectLine('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException')

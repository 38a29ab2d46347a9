// A web.config that is not well-formed XML is reported at the line the parser stopped on, with its
// reason, and stops the build with an error (the input is unusable), not with a violation.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

def prefix = '[ERROR] target/claims-portal-1.0.0.zip!/WebApplication/web.config:11: cannot be parsed: '
def parseError = lines.find { it.startsWith(prefix) }
assert parseError != null : "missing line starting: " + prefix
assert parseError.contains('"timeout"') && parseError.contains('"sessionState"') : "reason names neither the" +
        " attribute nor the element: " + parseError

// The rule count is matched loosely: rules are added without changing what this project shows.
def summary = /\[INFO\] Bizagi hardening: 2 files read, \d+ rules run: 0 errors, 0 warnings, 1 file unreadable\./
assert lines.any { it ==~ summary } : 'missing summary: ' + summary
def failure = 'on project claims-portal: 1 configuration file could not be judged; each is listed above with the' +
        ' reason. -> [Help 1]'
assert lines.any { it.startsWith('[ERROR] Failed to execute goal ') && it.endsWith(failure) } : "missing: " + failure
expectLine('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException')

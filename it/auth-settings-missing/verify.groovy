// Without src/main/bizagi/authentication.properties the check cannot judge the policy: it stops the
// build with an error (not a violation) that names the file and the goal that writes it.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

assert !new File(basedir, 'src/main/bizagi/authentication.properties').exists() : 'the IT must not declare the file'
def message = 'on project claims-portal: Authentication settings not found: src/main/bizagi/authentication.properties.'
def failure = lines.find { it.startsWith('[ERROR] Failed to execute goal ') && it.contains(message) }
assert failure != null : "missing: " + message
assert failure.contains('Run `mvn bizagi-hardening:init` to write it with the hardening guide\'s values') : failure
assert failure.contains('or point bizagi.hardening.authenticationSettings at your file') : failure
expectLine('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException')

// Nothing was judged.
assert !lines.any { it.contains('Bizagi hardening: ') } : 'a summary line was written though nothing was judged'

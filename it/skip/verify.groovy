// With skip=true the check says so in one line and judges nothing, although the zip it would read
// holds a violation.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

assert new File(basedir, 'target/claims-portal-1.0.0.zip').isFile() : 'the assembly made no zip'
expectLine('[INFO] Bizagi hardening check skipped (bizagi.hardening.skip=true).')
assert !lines.any { it.contains('Bizagi hardening: ') } : 'the check ran: a summary line was written'
assert !lines.any { it.contains('[BIZAGI-PROTOCOL-HTTPS]') } : 'the check ran: the violation was reported'
expectLine('[INFO] BUILD SUCCESS')

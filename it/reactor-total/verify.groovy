// Three deployments built on three threads: each logs its own summary, and the last check to finish logs
// one total for the reactor, after every module's summary. The parent packages nothing and is skipped.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }

assert lines.contains('[INFO] Using the MultiThreadedBuilder implementation with a thread count of 3')
expectLine('[INFO] Bizagi hardening check skipped: claims-deployments aggregates modules and packages nothing;' +
        ' each module is checked on its own.')
// The rule count is left out: rules are added without changing what these modules show.
def summaries = lines.findAll { it.startsWith('[INFO] Bizagi hardening: ') }.collect { it.replaceFirst(/\d+ rules run/, 'N rules run') }
assert summaries.sort() == [
    '[INFO] Bizagi hardening: 2 files read, N rules run: 0 errors, 0 warnings.',  // m3
    '[INFO] Bizagi hardening: 2 files read, N rules run: 0 errors, 1 warning.',   // m2
    '[INFO] Bizagi hardening: 2 files read, N rules run: 1 error, 0 warnings.',   // m1
].sort()

def total = '[INFO] Bizagi hardening, all modules: 1 error, 1 warning in 3 modules.'
assert lines.count(total) == 1 : "expected the total once: " + total
def lastSummary = lines.findLastIndexOf { it.startsWith('[INFO] Bizagi hardening: ') }
assert lines.indexOf(total) > lastSummary : 'the total came before a module summary'
expectLine('[INFO] BUILD SUCCESS')

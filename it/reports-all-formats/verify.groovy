// With -Dbizagi.hardening.formats=all the check writes all four reports before it fails the build, and
// each report holds the same two findings, located at the packaged zip with the source file beside it.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def expectLine = { String line -> assert lines.contains(line) : "missing line: " + line }
def reports = new File(basedir, 'target/bizagi-hardening')
def zip = 'target/claims-portal-reports-1.0.0.zip'
def packaged = zip + '!/WebApplication/web.config'
def source = 'src/main/portal/WebApplication/web.config'

def summary = lines.find { it ==~ /\[INFO\] Bizagi hardening: 2 files read, \d+ rules run: 1 error, 1 warning\./ }
assert summary : 'missing summary'
def rulesRun = (summary =~ /(\d+) rules run/)[0][1] as int
['sarif report written to target/bizagi-hardening/bizagi-hardening.sarif',
 'json report written to target/bizagi-hardening/bizagi-hardening.json',
 'junit report written to target/bizagi-hardening/TEST-bizagi-hardening.xml',
 'html report written to target/bizagi-hardening/bizagi-hardening.html'].each { expectLine('[INFO] Bizagi hardening: ' + it) }
// The reports come before the failure, so a CI step that runs on failure finds them.
assert lines.findIndexOf { it.contains('html report written') } < lines.findIndexOf { it == '[INFO] BUILD FAILURE' }

// SARIF: one run, results at the zip with the line, the source as a related location.
def sarif = new JsonSlurper().parse(new File(reports, 'bizagi-hardening.sarif'), 'UTF-8')
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'bizagi-hardening-maven-plugin'
// Every rule that ran is described, whether it found something or not.
assert run.tool.driver.rules.size() == rulesRun
assert run.results*.ruleId == ['BIZAGI-PROTOCOL-HTTPS', 'IIS-IP-ALLOWLIST']
assert run.results*.level == ['error', 'warning']
def protocol = run.results[0]
assert run.tool.driver.rules[protocol.ruleIndex].id == 'BIZAGI-PROTOCOL-HTTPS'
// Located at the project file it was packaged from, so code scanning shows it in the repository.
assert protocol.locations[0].physicalLocation.artifactLocation.uri == source
assert protocol.locations[0].physicalLocation.artifactLocation.uriBaseId == '%SRCROOT%'
assert protocol.locations[0].physicalLocation.region.startLine == 5
assert protocol.locations[0].logicalLocations[0].fullyQualifiedName == "/configuration/appSettings/add[@key='PROTOCOL']"
assert protocol.relatedLocations[0].physicalLocation.artifactLocation.uri == zip
assert protocol.relatedLocations[0].physicalLocation.region == null
assert protocol.relatedLocations[0].message.text.contains('web.config:5 ')
assert protocol.properties.archiveEntry == 'WebApplication/web.config'
assert run.results[1].locations[0].physicalLocation.region.startLine == 15
assert run.invocations[0].executionSuccessful == true

// JSON: the documented summary and findings.
def json = new JsonSlurper().parse(new File(reports, 'bizagi-hardening.json'), 'UTF-8')
assert json.summary == [filesRead: 2, rulesRun: rulesRun, errors: 1, warnings: 1, notes: 0, suppressed: 0, malformed: 0]
assert json.findings*.ruleId == ['BIZAGI-PROTOCOL-HTTPS', 'IIS-IP-ALLOWLIST']
assert json.findings*.file == [packaged, packaged]
assert json.findings*.line == [5, 15]
assert json.findings[0].source == [file: source, line: 5, match: 'identical']
assert json.findings[0].fix == 'Set <add key="PROTOCOL" value="HTTPS"/> in <appSettings>.'

// JUnit XML, read with the JDK's parser: the rules without findings pass, the error fails, the warning
// passes with its line in system-out.
def suite = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new File(reports, 'TEST-bizagi-hardening.xml')).documentElement
assert suite.getAttribute('tests') == rulesRun as String
assert suite.getAttribute('failures') == '1'
assert suite.getAttribute('errors') == '0'
def nodes = suite.getElementsByTagName('testcase')
def cases = (0..<nodes.length).collect { nodes.item(it) }
def failed = cases.findAll { it.getElementsByTagName('failure').length > 0 }
assert failed.size() == 1
assert failed[0].getAttribute('classname') == 'BIZAGI-PROTOCOL-HTTPS'
assert failed[0].getAttribute('name') == packaged
def warned = cases.find { it.getAttribute('classname') == 'IIS-IP-ALLOWLIST' }
assert warned.getElementsByTagName('failure').length == 0
assert warned.getElementsByTagName('system-out').item(0).textContent
        .startsWith('warning: ' + packaged + ':15: [IIS-IP-ALLOWLIST] ')
assert cases.findAll { it.getAttribute('name') == '(no findings)' }.size() == rulesRun - 2

// HTML: self-contained, escaped, with the finding's line and fix.
def html = new File(reports, 'bizagi-hardening.html').getText('UTF-8')
assert !html.contains('<script')
assert html.contains('<h3>' + packaged + '</h3>')
assert html.contains('<tr><td>5</td><td class="error">error</td><td><code>BIZAGI-PROTOCOL-HTTPS</code></td>')
assert html.contains('<pre>Set &lt;add key=&quot;PROTOCOL&quot; value=&quot;HTTPS&quot;/&gt; in &lt;appSettings&gt;.</pre>')

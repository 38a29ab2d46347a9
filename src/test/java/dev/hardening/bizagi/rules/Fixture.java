package dev.hardening.bizagi.rules;

import dev.hardening.bizagi.input.DeploymentScanner;
import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.input.DescriptorSelector;
import dev.hardening.bizagi.input.ReadLimits;
import dev.hardening.bizagi.model.AuthenticationSettings;
import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.DeploymentReader;
import dev.hardening.bizagi.parse.LocatedProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A folder of test files read as a deployment. Lines that a rule must report carry a marker naming
 * the rule: {@code violation: RULE-ID} for the marker's own line (an XML comment at the end of the
 * line), {@code violation-below: RULE-ID} for the next line (properties files, where a comment takes a
 * line of its own). Without an {@code authentication.properties} of its own, a fixture uses the shared
 * compliant one.
 */
public final class Fixture {

    /** The folder holding every rule's fixtures, one sub-folder per rule id. */
    public static final Path RULES = Path.of("src/test/resources/rules");

    private static final Path COMPLIANT_AUTHENTICATION = RULES.resolve("compliant-authentication.properties");
    private static final Pattern MARKER = Pattern.compile("violation(-below)?:\\s*([A-Z0-9-]+)");

    /**
     * A finding's place, or a marker's.
     *
     * @param file the display path, relative to the project folder
     * @param line the 1-based line
     * @param ruleId the rule
     */
    public record Expected(String file, int line, String ruleId) implements Comparable<Expected> {
        @Override
        public int compareTo(Expected other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return file + ":" + line + " " + ruleId;
        }
    }

    private final Path folder;

    public Fixture(Path folder) {
        this.folder = folder;
    }

    /** The fixture folder. */
    public Path folder() {
        return folder;
    }

    /** The fixture read as the check reads a folder. */
    public Deployment deployment() {
        DeploymentScanner scanner =
                new DeploymentScanner(Path.of(""), DescriptorSelector.defaults(), ReadLimits.DEFAULT);
        try {
            List<Descriptor> descriptors = scanner.scanFolders(List.of(folder));
            Path authentication = Files.isRegularFile(folder.resolve("authentication.properties"))
                    ? folder.resolve("authentication.properties")
                    : COMPLIANT_AUTHENTICATION;
            AuthenticationSettings settings = new AuthenticationSettings(
                    LocatedProperties.read(Files.readAllBytes(authentication), scanner.displayName(authentication)));
            return new DeploymentReader().read(descriptors, settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (dev.hardening.bizagi.input.InputException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the check reports for {@code ruleId} under the guide's policy, as places. */
    public List<Expected> findings(String ruleId) {
        return RuleCatalog.standard().judge(deployment(), Policy.GUIDE).stream()
                .filter(finding -> finding.ruleId().equals(ruleId))
                .map(finding -> new Expected(
                        finding.location().file(), finding.location().line(), ruleId))
                .sorted()
                .toList();
    }

    /** The places the fixture's markers name for {@code ruleId}. */
    public List<Expected> markers(String ruleId) {
        List<Expected> expected = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                List<String> lines = readLines(file);
                String shown = file.toString().replace('\\', '/');
                for (int i = 0; i < lines.size(); i++) {
                    Matcher marker = MARKER.matcher(lines.get(i));
                    while (marker.find()) {
                        if (marker.group(2).equals(ruleId)) {
                            int line = marker.group(1) == null ? i + 1 : i + 2;
                            expected.add(new Expected(shown, line, ruleId));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        expected.sort(null);
        return expected;
    }

    /** The file's lines, decoded as UTF-16 when it starts with a UTF-16 byte-order mark. */
    private static List<String> readLines(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        boolean utf16 = bytes.length >= 2
                && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        return new String(bytes, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.ISO_8859_1)
                .lines()
                .toList();
    }
}

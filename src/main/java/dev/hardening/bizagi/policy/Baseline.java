package dev.hardening.bizagi.policy;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.hardening.bizagi.rules.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings a project had when it adopted the check, so that {@code check} fails only on new ones.
 * Each entry is keyed on the rule id, the file and the XPath of the node at fault, never the line, so
 * that editing the file above a finding keeps it in the baseline; the count says how many findings
 * share the key.
 *
 * <p>The file is JSON, sorted by file, rule and XPath, so that two runs on the same findings write the
 * same bytes and a review sees only what changed:
 *
 * <pre>{@code
 * {
 *   "version" : 2,
 *   "findings" : [
 *     {
 *       "rule" : "ASPNET-TRACE-OFF",
 *       "file" : "target/portal-${project.version}.zip!/WebApplication/web.config",
 *       "xpath" : "/configuration/system.web/trace",
 *       "count" : 1
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <p>The project's version in the name of the archive a path starts in, and in the names of the nested
 * archives the build's modules made, is written as {@code ${project.version}}, so that a release does
 * not make every finding new.
 */
public final class Baseline {

    /**
     * The format this class writes and reads. Version 2 names a collection entry by its key
     * ({@code add[@key='PROTOCOL']}) where version 1 gave its position, so a version 1 file is refused
     * rather than read with keys that no longer match.
     */
    public static final int VERSION = 2;

    private static final String VERSION_TOKEN = "${project.version}";

    /**
     * One key and how many findings had it.
     *
     * @param rule the rule id
     * @param file the display path, with the project's version in its archives' names as a token
     * @param xpath the node's path, empty for properties files
     * @param count how many findings share the key, at least 1
     */
    @JsonPropertyOrder({"rule", "file", "xpath", "count"})
    public record Entry(String rule, String file, String xpath, int count) {}

    @JsonPropertyOrder({"version", "findings"})
    private record Document(int version, List<Entry> findings) {}

    private final Map<Key, Integer> counts;

    private Baseline(Map<Key, Integer> counts) {
        this.counts = counts;
    }

    /**
     * The key a finding has in a baseline.
     *
     * @param rule the rule id
     * @param file the display path, archives' versions as {@code ${project.version}} (see {@code
     *     versionAsToken})
     * @param xpath the node's path
     */
    public record Key(String rule, String file, String xpath) implements Comparable<Key> {

        private static final Comparator<Key> KEY_ORDER =
                Comparator.comparing(Key::file).thenComparing(Key::rule).thenComparing(Key::xpath);

        /** The key of {@code finding}, in a project at {@code version}. */
        public static Key of(Finding finding, String version) {
            return new Key(
                    finding.ruleId(),
                    versionAsToken(finding.location().file(), version),
                    finding.location().xpath());
        }

        @Override
        public int compareTo(Key other) {
            return KEY_ORDER.compare(this, other);
        }

        /** {@code rule in file at xpath}, for messages. */
        @Override
        public String toString() {
            return rule + " in " + file + (xpath.isEmpty() ? "" : " at " + xpath);
        }
    }

    /**
     * This baseline with every key's file written as {@link #versionAsToken} writes it at {@code
     * version}: a file written before the nested archives' names carried the token matches again, as
     * long as the project is still at the version it was written at.
     */
    public Baseline withVersionAsToken(String version) {
        Map<Key, Integer> tokenized = new TreeMap<>();
        counts.forEach((key, count) -> tokenized.merge(
                new Key(key.rule(), versionAsToken(key.file(), version), key.xpath()), count, Integer::sum));
        return new Baseline(tokenized);
    }

    /** The baseline of {@code findings}, in a project at {@code version}. */
    public static Baseline of(List<Finding> findings, String version) {
        Map<Key, Integer> counts = new TreeMap<>();
        for (Finding finding : findings) {
            counts.merge(Key.of(finding, version), 1, Integer::sum);
        }
        return new Baseline(counts);
    }

    /**
     * Reads a baseline written by {@link #toJson()}.
     *
     * @param json the file's text
     * @param shown the file's name in messages
     * @throws PolicyException when the text is not such a baseline
     */
    public static Baseline read(String json, String shown) throws PolicyException {
        Document document;
        try {
            document = mapper().readValue(json, Document.class);
        } catch (JsonProcessingException e) {
            // Without the parser's exception as the cause: Maven appends a cause's message to the build's
            // error, which would repeat the reason given here.
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
            // The parser names places as "[Source: REDACTED (...); line: 1, column: 28]": keep the place.
            String reason;
            if (json.isBlank()) {
                reason = "the file is empty";
            } else if (e instanceof UnrecognizedPropertyException unknown) {
                reason = "\"" + unknown.getPropertyName() + "\" is no field of a baseline";
            } else if (e instanceof JsonMappingException && !(e.getCause() instanceof JsonParseException)) {
                reason = "it is JSON but not in a baseline's shape (\"version\": " + VERSION + ", and \"findings\":"
                        + " a list of entries with \"rule\", \"file\", \"xpath\" and a \"count\" of 1 or more)";
            } else {
                reason = e.getOriginalMessage()
                        .replaceAll("\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)]", "line $1, column $2");
            }
            throw new PolicyException("Baseline file " + shown + where + " cannot be read: " + reason
                    + ". Write it again with mvn bizagi-hardening:baseline.");
        }
        if (document == null || document.version() != VERSION || document.findings() == null) {
            throw new PolicyException("Baseline file " + shown + " is not a version " + VERSION
                    + " baseline (it needs \"version\": " + VERSION + " and a \"findings\" list). Write it again"
                    + " with mvn bizagi-hardening:baseline.");
        }
        Map<Key, Integer> counts = new TreeMap<>();
        for (int i = 0; i < document.findings().size(); i++) {
            Entry entry = document.findings().get(i);
            if (entry == null || entry.rule() == null || entry.file() == null || entry.count() < 1) {
                throw new PolicyException("Baseline file " + shown + ": entry " + (i + 1) + " of \"findings\""
                        + " needs a \"rule\", a \"file\" and a \"count\" of 1 or more. Write it again with"
                        + " mvn bizagi-hardening:baseline.");
            }
            counts.merge(
                    new Key(entry.rule(), entry.file(), entry.xpath() == null ? "" : entry.xpath()),
                    entry.count(),
                    Integer::sum);
        }
        return new Baseline(counts);
    }

    /** The baseline as JSON, sorted by file, rule and XPath, two-space indented, lines ending in {@code \n}. */
    public String toJson() {
        List<Entry> entries = new ArrayList<>();
        counts.forEach((key, count) -> entries.add(new Entry(key.rule(), key.file(), key.xpath(), count)));
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return mapper().writer(printer).writeValueAsString(new Document(VERSION, entries)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a baseline of plain strings and numbers always serializes", e);
        }
    }

    /** How many findings had {@code key}, 0 when none. */
    public int count(Key key) {
        return counts.getOrDefault(key, 0);
    }

    /** Every key with its count, sorted. */
    public Map<Key, Integer> counts() {
        return new TreeMap<>(counts);
    }

    /** How many findings the baseline holds in all. */
    public int size() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /**
     * {@code file} with the project's version written as {@code ${project.version}}: in the path of the
     * archive the path starts in, wherever the version stands whole ({@code target/portal-1.2.0.zip},
     * {@code target/portal_1.2.0.zip}, {@code target/1.2.0/portal.zip}), and in the name of every archive
     * nested in it where Maven puts a version, before the extension or a classifier: {@code
     * target/app-1.2.0.ear!/lib/fragments-1.2.0.jar!/META-INF/web-fragment.xml} becomes {@code
     * target/app-${project.version}.ear!/lib/fragments-${project.version}.jar!/META-INF/web-fragment.xml}.
     * The version stands whole when no digit or dot comes before it and no digit, or dot and digit, after
     * it: {@code 1.2} is not taken out of {@code app-1.2.1.ear}. Folders inside an archive, the entry
     * itself and a path outside any archive keep it, and a name already written with the token is left as
     * it is.
     *
     * <p>Limitations: a library whose own version happens to be the project's is written with the token
     * too, so its findings count as new after the project's next release.
     */
    static String versionAsToken(String file, String version) {
        if (!file.contains("!/") || version == null || version.isEmpty()) {
            return file;
        }
        String[] parts = file.split("!/", -1);
        parts[0] = wholeVersionAsToken(parts[0], version);
        for (int i = 1; i < parts.length - 1; i++) {
            int slash = parts[i].lastIndexOf('/');
            parts[i] = parts[i].substring(0, slash + 1) + nameWithToken(parts[i].substring(slash + 1), version);
        }
        return String.join("!/", parts);
    }

    /** {@code path} with every whole occurrence of {@code version} written as the token. */
    private static String wholeVersionAsToken(String path, String version) {
        StringBuilder tokenized = new StringBuilder();
        int from = 0;
        for (int at = path.indexOf(version); at >= 0; at = path.indexOf(version, at + 1)) {
            int end = at + version.length();
            boolean joinedBefore = at > 0 && isVersionCharacter(path.charAt(at - 1));
            boolean joinedAfter = end < path.length()
                    && (Character.isDigit(path.charAt(end))
                            || path.charAt(end) == '.'
                                    && end + 1 < path.length()
                                    && Character.isDigit(path.charAt(end + 1)));
            if (at >= from && !joinedBefore && !joinedAfter) {
                tokenized.append(path, from, at).append(VERSION_TOKEN);
                from = end;
            }
        }
        return tokenized.append(path, from, path.length()).toString();
    }

    private static boolean isVersionCharacter(char c) {
        return Character.isDigit(c) || c == '.';
    }

    /** An archive's {@code name} with {@code -<version>} written as the token where Maven puts it. */
    private static String nameWithToken(String name, String version) {
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        String versioned = "-" + version;
        int at = base.endsWith(versioned) ? base.length() - versioned.length() : base.lastIndexOf(versioned + "-");
        if (at < 0) {
            return name;
        }
        return name.substring(0, at + 1) + VERSION_TOKEN + name.substring(at + versioned.length());
    }
}

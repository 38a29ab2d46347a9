package dev.hardening.bizagi.policy;

import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.parse.MalformedDescriptorException;
import dev.hardening.bizagi.parse.SafeXmlReader;
import dev.hardening.bizagi.parse.SourceComment;
import dev.hardening.bizagi.rules.RuleCatalog;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads suppressions where users declare them: in the POM, in a suppressions file, and in comments of
 * the configuration files themselves. Each is checked as it is read: a rule id the catalog does not
 * hold, a missing reason or a date that is not {@code yyyy-MM-dd} fails, naming where it is declared.
 *
 * <p>A suppressions file has the POM's shape:
 *
 * <pre>{@code
 * <suppressions>
 *   <suppression>
 *     <rule>ASPNET-TRACE-OFF</rule>
 *     <path>**}{@code /LoadTest/web.config</path>
 *     <reason>Load test rig; removed in 2.3</reason>
 *     <until>2027-03-31</until>
 *   </suppression>
 * </suppressions>
 * }</pre>
 */
public final class SuppressionReader {

    /** What starts an inline suppression in a comment. */
    public static final String INLINE_MARKER = "bizagi-hardening:ignore";

    private static final Pattern INLINE = Pattern.compile(
            Pattern.quote(INLINE_MARKER) + "(?<ids>[^\\n]*?)(?:\\breason\\s*:(?<reason>.*))?$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final List<String> FIELDS = List.of("rule", "path", "reason", "until");

    private final Set<String> ruleIds;

    /** @param ruleIds every rule id of the catalog, whether or not the rule runs */
    public SuppressionReader(Collection<String> ruleIds) {
        this.ruleIds = new TreeSet<>(ruleIds);
    }

    /**
     * One suppression as declared in the POM.
     *
     * @param index its 1-based position among the POM's {@code <suppression>} elements
     * @param rule, path, reason, until the elements as written, {@code null} when absent
     */
    public Suppression pom(int index, String rule, String path, String reason, String until) throws PolicyException {
        String where = "pom.xml <suppressions>, suppression " + index;
        return suppression(
                "pom",
                where,
                value(rule),
                value(path),
                value(reason),
                value(until),
                field -> "Invalid plugin configuration: " + where + ": <" + field + ">");
    }

    /**
     * The suppressions of a file.
     *
     * @param content the file's bytes
     * @param shown the file's name in messages
     */
    public List<Suppression> file(byte[] content, String shown) throws PolicyException {
        LocatedElement root;
        try {
            root = (LocatedElement) new SafeXmlReader().read(content, shown).getRootElement();
        } catch (MalformedDescriptorException e) {
            // Without the cause: Maven appends a cause's message to the build's error, which would say
            // the parser's reason twice.
            throw new PolicyException("Suppressions file " + e.getMessage());
        }
        if (!root.getName().equals("suppressions")) {
            throw new PolicyException("Suppressions file " + shown + ":" + root.line() + ": the root element is <"
                    + root.getName() + ">, not <suppressions>.");
        }
        List<Suppression> found = new ArrayList<>();
        for (LocatedElement child : root.children()) {
            String at = shown + ":" + child.line();
            if (!child.getName().equals("suppression")) {
                throw new PolicyException("Suppressions file " + at + ": <" + child.getName()
                        + "> is not allowed here; <suppressions> holds only <suppression> elements.");
            }
            for (LocatedElement field : child.children()) {
                if (!FIELDS.contains(field.getName())) {
                    throw new PolicyException("Suppressions file " + shown + ":" + field.line() + ": <"
                            + field.getName() + "> is not allowed in <suppression>; it holds " + FIELDS + ".");
                }
            }
            found.add(suppression(
                    "file",
                    at,
                    text(child, "rule"),
                    text(child, "path"),
                    text(child, "reason"),
                    text(child, "until"),
                    field -> "Suppressions file " + shown + ":" + lineOf(child, field) + ": <" + field + ">"));
        }
        return found;
    }

    /**
     * The inline suppression a comment declares, if it starts with {@link #INLINE_MARKER}.
     *
     * @return empty for an ordinary comment
     * @throws PolicyException when the comment names no reason or an unknown rule id; the caller reports
     *     it as a warning, as a comment cannot stop a build that its author meant to let through
     */
    public Optional<List<Suppression>> inline(SourceComment comment) throws PolicyException {
        int start = comment.text().toLowerCase(Locale.ROOT).indexOf(INLINE_MARKER);
        if (start < 0) {
            return Optional.empty();
        }
        Matcher matcher = INLINE.matcher(comment.text().substring(start).strip());
        String ids = matcher.matches() ? matcher.group("ids").strip() : "";
        String reason = matcher.matches() && matcher.group("reason") != null
                ? matcher.group("reason").strip()
                : "";
        String where = comment.where();
        if (ids.isEmpty() || reason.isEmpty()) {
            throw new PolicyException(where + ": " + INLINE_MARKER + " needs a rule id and a reason, so it"
                    + " suppresses nothing; write <!-- " + INLINE_MARKER + " RULE-ID reason: why it is"
                    + " accepted --> (# " + INLINE_MARKER + " RULE-ID reason: ... in a properties file).");
        }
        List<Suppression> declared = new ArrayList<>();
        for (String id : ids.split("[,\\s]+")) {
            requireKnown(id, where + ": " + INLINE_MARKER + " names");
            declared.add(new Suppression(
                    id, Optional.empty(), reason, Optional.empty(), "inline", where, Optional.of(comment)));
        }
        return Optional.of(declared);
    }

    private Suppression suppression(
            String kind,
            String where,
            String rule,
            String path,
            String reason,
            String until,
            Function<String, String> at)
            throws PolicyException {
        if (rule == null) {
            throw new PolicyException(at.apply("rule") + " is missing; name the rule id to suppress.");
        }
        if (rule.equals(Suppression.ANY_RULE) && path == null) {
            throw new PolicyException(at.apply("rule") + " is \"*\" without a <path>; \"*\" suppresses every"
                    + " rule only for the files a path pattern names.");
        }
        if (!rule.equals(Suppression.ANY_RULE)) {
            requireKnown(rule, at.apply("rule") + " names");
        }
        if (reason == null) {
            throw new PolicyException(
                    at.apply("reason") + " is missing; every suppression says why the risk" + " is accepted.");
        }
        Optional<LocalDate> last = Optional.empty();
        if (until != null) {
            try {
                last = Optional.of(LocalDate.parse(until));
            } catch (DateTimeParseException e) {
                // Without the parser's exception as the cause: Maven would append its message ("Text ...
                // could not be parsed at index 0") to the build's error.
                throw new PolicyException(at.apply("until") + " is \"" + until
                        + "\", not a date written yyyy-MM-dd (ISO 8601) such as 2027-03-31.");
            }
        }
        return new Suppression(rule, Optional.ofNullable(path), reason, last, kind, where, Optional.empty());
    }

    private void requireKnown(String id, String prefix) throws PolicyException {
        if (!ruleIds.contains(id)) {
            throw new PolicyException(prefix + " the unknown rule id " + id
                    + RuleCatalog.closestId(ruleIds, id)
                            .map(closest -> "; did you mean " + closest + "?")
                            .orElse(".")
                    + " mvn bizagi-hardening:rules lists every rule id.");
        }
    }

    private static String value(String written) {
        return written == null || written.isBlank() ? null : written.strip();
    }

    private static String text(LocatedElement suppression, String field) {
        return suppression.lastChild(field).map(e -> value(e.getText())).orElse(null);
    }

    private static int lineOf(LocatedElement suppression, String field) {
        return suppression.lastChild(field).map(LocatedElement::line).orElse(suppression.line());
    }
}

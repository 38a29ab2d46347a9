package dev.hardening.bizagi.report;

import dev.hardening.bizagi.rules.GuideLevel;
import dev.hardening.bizagi.rules.Profile;
import dev.hardening.bizagi.rules.Rule;
import dev.hardening.bizagi.rules.RuleCatalog;
import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Renders the rule catalog as Markdown: one page per rule, named for its id, and an index. Everything
 * on a page comes from the rule's {@link RuleDescription}, so the pages cannot say other than the rules
 * do. The output depends on nothing but the descriptions: rules sorted by id, LF line endings.
 */
public final class RuleDocs {

    /** The index page's file name. */
    public static final String INDEX = "README.md";

    /** The one command that refreshes the committed pages under {@code docs/rules/}. */
    public static final String REFRESH_COMMAND = "mvn -B -Pdocs process-classes";

    private static final String CIS_BENCHMARK = "https://www.cisecurity.org/benchmark/microsoft_iis";

    private static final String BIZAGI_GUIDE = "https://help.bizagi.com/bpm-suite/en/";

    /** A source's rule id that a page links to its documentation, such as {@code SCS0009}. */
    private record SourceLink(Pattern id, Function<String, String> target) {}

    private static final List<SourceLink> SOURCE_LINKS = List.of(
            new SourceLink(Pattern.compile("\\bSCS\\d{4}\\b"), id -> "https://security-code-scan.github.io/#" + id),
            new SourceLink(
                    Pattern.compile("\\bDS\\d{6}\\b"),
                    id -> "https://github.com/microsoft/DevSkim/blob/main/rules/default/security/frameworks/"
                            + "dotnet_framework.json"),
            new SourceLink(
                    Pattern.compile("\\b(?:cs|java)/[a-z0-9/-]*[a-z0-9]"),
                    id -> "https://codeql.github.com/codeql-query-help/" + (id.startsWith("cs/") ? "csharp" : "java")
                            + "/" + id.replace('/', '-') + "/"));

    private static final Pattern URL = Pattern.compile("https?://[^\\s)>]+[^\\s).,;>]");

    /** An XML tag written outside a code span, such as {@code <system.web>} or {@code <add key="x"/>}. */
    private static final Pattern XML_TAG = Pattern.compile("</?[A-Za-z][\\w.:-]*(?:\\s+[^<>`]*)?/?>");

    private static final Pattern PROPERTY_LINE = Pattern.compile("[A-Za-z][\\w.-]*\\s*=.*");

    private final List<RuleDescription> rules;

    private RuleDocs(List<RuleDescription> rules) {
        this.rules =
                rules.stream().sorted(Comparator.comparing(RuleDescription::id)).toList();
    }

    /** The pages of every rule of {@code catalog}. */
    public static RuleDocs of(RuleCatalog catalog) {
        return new RuleDocs(catalog.rules().stream().map(Rule::description).toList());
    }

    /** The file name of the page of the rule {@code id}, such as {@code ASPNET-DEBUG-OFF.md}. */
    public static String fileName(String id) {
        return id + ".md";
    }

    /** Every page, the index included, by file name. */
    public SortedMap<String, String> files() {
        SortedMap<String, String> files = new TreeMap<>();
        rules.forEach(rule -> files.put(fileName(rule.id()), page(rule)));
        files.put(INDEX, index());
        return files;
    }

    /**
     * Writes every page into {@code folder} and deletes the Markdown files there that are no page, so
     * that a rule renamed or removed leaves no page behind.
     */
    public void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        SortedMap<String, String> files = files();
        try (Stream<Path> existing = Files.list(folder)) {
            for (Path file : existing.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".md") && !files.containsKey(name)) {
                    Files.delete(file);
                }
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** The page of {@code rule}: what it requires, where that comes from, why, how to fix, and its limits. */
    public String page(RuleDescription rule) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + rule.id());
        lines.add("");
        lines.add("**" + prose(rule.title()) + "**");
        lines.add("");
        lines.add("| | |");
        lines.add("|---|---|");
        lines.add("| Severity | " + severities(rule) + " |");
        lines.add("| Profiles | " + profiles(rule) + " |");
        if (rule.guideLevel() != GuideLevel.NONE || !rule.bizagi().isEmpty()) {
            lines.add("| Bizagi guide | " + cell(bizagi(rule)) + " |");
        }
        if (!rule.cis().isEmpty()) {
            lines.add("| CIS IIS 10 | [" + rule.cis() + "](" + CIS_BENCHMARK + ") |");
        }
        if (!rule.cwe().isEmpty()) {
            lines.add("| CWE | "
                    + rule.cwe().stream()
                            .map(id -> "[CWE-" + id + "](https://cwe.mitre.org/data/definitions/" + id + ".html)")
                            .collect(Collectors.joining(", "))
                    + " |");
        }
        if (!rule.seeAlso().isEmpty()) {
            lines.add("| See also | "
                    + rule.seeAlso().stream()
                            .map(RuleDocs::linked)
                            .map(RuleDocs::cell)
                            .collect(Collectors.joining("; "))
                    + " |");
        }
        section(lines, "Why it matters", prose(rule.rationale()));
        section(lines, "How to fix", fix(rule.fix()));
        section(lines, "When absent", prose(rule.whenAbsent()));
        if (!rule.limitations().isEmpty()) {
            section(
                    lines,
                    "Limitations",
                    rule.limitations().stream().map(text -> "- " + prose(text)).collect(Collectors.joining("\n")));
        }
        lines.add("");
        lines.add("---");
        lines.add("");
        lines.add("Generated from the rule's description by `" + REFRESH_COMMAND + "`. [All rules](" + INDEX + ").");
        return String.join("\n", lines) + "\n";
    }

    /** The index: one row per rule, sorted by id. */
    public String index() {
        List<String> lines = new ArrayList<>();
        lines.add("# Rules");
        lines.add("");
        lines.add(rules.size() + " rules. Severity is the one each has in the default `bizagi` profile: the"
                + " mandatory items of Bizagi's hardening guide (basic and intermediate) are errors, the rest"
                + " warnings. `cis-iis-l1` runs the rules with a CIS IIS 10 item and the `bizagi` errors, all as"
                + " errors (`IIS-IP-ALLOWLIST` stays a warning); `strict` runs every rule as an error. `mvn bizagi-hardening:rules` prints the same list,"
                + " and `-Dbizagi.hardening.rule=<ID>` a rule's page.");
        lines.add("");
        lines.add("| Id | Title | Severity | Profiles | CIS IIS 10 | Bizagi guide |");
        lines.add("|---|---|---|---|---|---|");
        for (RuleDescription rule : rules) {
            lines.add("| [" + rule.id() + "](" + fileName(rule.id()) + ") | " + cell(prose(rule.title())) + " | "
                    + rule.severity().label() + " | " + profiles(rule) + " | " + orDash(rule.cis()) + " | "
                    + (rule.guideLevel() == GuideLevel.NONE ? "—" : levelName(rule.guideLevel())) + " |");
        }
        lines.add("");
        lines.add("Generated from the rules' descriptions by `" + REFRESH_COMMAND + "`.");
        return String.join("\n", lines) + "\n";
    }

    private static void section(List<String> lines, String title, String body) {
        lines.add("");
        lines.add("## " + title);
        lines.add("");
        lines.add(body.isEmpty() ? "Not stated." : body);
    }

    private static String severities(RuleDescription rule) {
        return Arrays.stream(Profile.values())
                .map(profile -> "`" + profile.label() + "`: "
                        + profile.severityOf(rule).map(Severity::label).orElse("not run"))
                .collect(Collectors.joining(", "));
    }

    private static String profiles(RuleDescription rule) {
        return rule.profiles().stream().map(Profile::label).collect(Collectors.joining(", "));
    }

    /** The guide's section, linked to the page of its level, and the level. */
    private static String bizagi(RuleDescription rule) {
        String section = rule.bizagi().isEmpty() ? guideTitle(rule.guideLevel()) : prose(rule.bizagi());
        return guidePage(rule.guideLevel())
                        .map(url -> "[" + section + "](" + url + ")")
                        .orElse(section)
                + " (" + levelName(rule.guideLevel()) + ")";
    }

    private static String levelName(GuideLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }

    private static Optional<String> guidePage(GuideLevel level) {
        return switch (level) {
            case BASIC -> Optional.of(BIZAGI_GUIDE + "automation_security_1.htm");
            case INTERMEDIATE -> Optional.of(BIZAGI_GUIDE + "automation_security_2.htm");
            case ADVANCED -> Optional.of(BIZAGI_GUIDE + "automation_security_3.htm");
            case NONE -> Optional.empty();
        };
    }

    private static String guideTitle(GuideLevel level) {
        return switch (level) {
            case BASIC -> "Mandatory hardening part 1";
            case INTERMEDIATE -> "Mandatory hardening part 2";
            case ADVANCED -> "Recommended hardening";
            case NONE -> "Bizagi";
        };
    }

    /**
     * The fix as Markdown: paragraphs that start with an XML tag become XML blocks, paragraphs of
     * {@code key=value} lines properties blocks, the rest prose.
     */
    private static String fix(String fix) {
        List<String> parts = new ArrayList<>();
        for (String paragraph : fix.split("\\n\\s*\\n")) {
            String text = paragraph.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith("<")) {
                parts.add("```xml\n" + paragraph.stripTrailing().replaceAll("^\\n+", "") + "\n```");
            } else if (text.lines()
                    .allMatch(line -> PROPERTY_LINE.matcher(line.strip()).matches())) {
                parts.add("```properties\n" + text + "\n```");
            } else {
                parts.add(prose(text.replaceAll("\\s*\\n\\s*", " ")));
            }
        }
        return String.join("\n\n", parts);
    }

    /** {@code text} with XML tags outside code spans set as code, so that Markdown shows them. */
    static String prose(String text) {
        StringBuilder out = new StringBuilder();
        String[] spans = text.split("`", -1);
        for (int i = 0; i < spans.length; i++) {
            if (i > 0) {
                out.append('`');
            }
            out.append(i % 2 == 1 ? spans[i] : XML_TAG.matcher(spans[i]).replaceAll(m -> "`" + quote(m.group()) + "`"));
        }
        return out.toString();
    }

    private static String quote(String replacement) {
        return Matcher.quoteReplacement(replacement);
    }

    /** A source with its URL, or the documentation of the rule id it names, made a link. */
    static String linked(String source) {
        Matcher url = URL.matcher(source);
        if (url.find()) {
            return prose(source.substring(0, url.start())) + "<" + url.group() + ">" + source.substring(url.end());
        }
        String text = prose(source);
        for (SourceLink link : SOURCE_LINKS) {
            Matcher id = link.id().matcher(text);
            if (id.find()) {
                return text.substring(0, id.start()) + "[" + id.group() + "]("
                        + link.target().apply(id.group()) + ")" + text.substring(id.end());
            }
        }
        return text;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String orDash(String text) {
        return text.isEmpty() ? "—" : text;
    }

    /**
     * Writes the pages into the folder named by the one argument; {@link #REFRESH_COMMAND} runs it on
     * {@code docs/rules}.
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: RuleDocs <folder to write the rule pages into>");
        }
        try {
            of(RuleCatalog.standard()).write(Path.of(args[0]));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rule pages into " + args[0], e);
        }
    }
}

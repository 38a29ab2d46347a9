package dev.hardening.bizagi.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.codehaus.plexus.util.SelectorUtils;

/**
 * Decides which files are read and which archives are opened, by Ant-style patterns matched against
 * paths inside a container. Matching ignores case: IIS finds {@code Web.config} under any spelling.
 */
public final class DescriptorSelector {

    /** The files read when the project configures no includes. */
    public static final List<String> DEFAULT_INCLUDES = List.of(
            "**/web.config",
            "**/WEB-INF/web.xml",
            "**/bizagi-config.properties",
            "**/WEB-INF/weblogic.xml",
            "**/META-INF/jboss-all.xml",
            "**/configuration/standalone*.xml",
            "**/configuration/domain*.xml");

    /**
     * Files read to work out what the selected ones mean at run time, whatever the includes say: other
     * {@code .config} files (external sections, transforms), Web Deploy's parameters and servlet web
     * fragments.
     */
    public static final List<String> COMPANIONS =
            List.of("**/*.config", "**/parameters.xml", "**/archive.xml", "**/META-INF/web-fragment.xml");

    /** The nested archives opened when the project configures none: every kind the check reads. */
    public static final List<String> DEFAULT_NESTED_ARCHIVES = ArchiveWalker.ARCHIVE_ENDINGS.stream()
            .map(ending -> "**/*" + ending)
            .toList();

    private static final List<PathPattern> COMPANION_PATTERNS = compile(COMPANIONS);

    private final List<PathPattern> includes;
    private final List<PathPattern> excludes;
    private final List<PathPattern> nestedArchives;

    /** Every pattern that reads a file or opens an archive: a path none of them can match is neither. */
    private final List<PathPattern> wanted;

    /**
     * The extensions, after a name's last dot, that a path must end with for any of {@link #wanted} to
     * match it; null when some pattern matches a name with any extension or none ({@code custom/**},
     * {@code **}{@code /Makefile}), which turns the extension test off for every path.
     */
    private final String[] wantedExtensions;

    /**
     * The {@link #extensionHash} of every wanted extension, sorted; null when an extension holds a
     * character outside ASCII. Most names are turned away by one search here, before any comparison.
     */
    private final int[] extensionHashes;

    /** What {@link #extensionHash} gives for text with a character outside ASCII: no answer. */
    private static final int NOT_ASCII = Integer.MIN_VALUE;

    public DescriptorSelector(List<String> includes, List<String> excludes, List<String> nestedArchives) {
        this.includes = compile(includes);
        this.excludes = compile(excludes);
        this.nestedArchives = compile(nestedArchives);
        List<PathPattern> all = new ArrayList<>(this.includes);
        all.addAll(COMPANION_PATTERNS);
        all.addAll(this.nestedArchives);
        this.wanted = List.copyOf(all);
        this.wantedExtensions = all.stream().anyMatch(pattern -> pattern.extension() == null)
                ? null
                : all.stream().map(PathPattern::extension).distinct().toArray(String[]::new);
        this.extensionHashes = hashes(wantedExtensions);
    }

    private static int[] hashes(String[] extensions) {
        if (extensions == null) {
            return null;
        }
        int[] hashes = new int[extensions.length];
        for (int i = 0; i < extensions.length; i++) {
            hashes[i] = extensionHash(extensions[i], 0);
            if (hashes[i] == NOT_ASCII) {
                // The hash lower-cases ASCII letters only, so letters equal ignoring case outside ASCII (the
                // Kelvin sign and k, ı and I) would hash apart; such an extension leaves the test off.
                return null;
            }
        }
        Arrays.sort(hashes);
        return hashes;
    }

    /**
     * A hash of {@code text} from {@code from} on with ASCII letters lower-cased, equal for any two
     * texts that are equal ignoring case; {@link #NOT_ASCII} when a character is outside ASCII.
     */
    private static int extensionHash(String text, int from) {
        int hash = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return NOT_ASCII;
            }
            hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return hash;
    }

    /**
     * Why {@code pattern} can never match, if it cannot: a pattern holding {@code !/}, the separator
     * findings print between an archive and an entry in it. Patterns are matched against the path inside
     * each archive, from that archive's own root.
     */
    public static Optional<String> unmatchable(String pattern) {
        // A regular expression may hold !/ for other reasons, such as a look-ahead: (?!/Samples).
        if (!pattern.startsWith("%regex[") && pattern.contains("!/")) {
            return Optional.of("holds \"!/\", but patterns are matched against the path inside each archive,"
                    + " from that archive's root, never across archives: write the path inside the nested"
                    + " archive (\"**/Addon/web.config\"), or the nested archive's own path to leave it"
                    + " unopened (\"**/extra.zip\")");
        }
        return Optional.empty();
    }

    /**
     * Why the files {@code include} matches would never be read, if so: its last segment is a plain name
     * whose ending tells no kind ({@link DescriptorKind#ofPath}), such as {@code webconfig} or
     * {@code web.config.bak}. A last segment with a wildcard may match names of either sort, so it
     * passes.
     */
    public static Optional<String> unreadableInclude(String include) {
        String pattern = normalize(include);
        String last = lastSegment(pattern);
        if (include.startsWith("%")
                || last.isEmpty()
                || last.indexOf('*') >= 0
                || last.indexOf('?') >= 0
                || DescriptorKind.ofPath(pattern) != null) {
            return Optional.empty();
        }
        return Optional.of("names files whose kind the check cannot tell from their name, so they would never be"
                + " read: it reads a .config file as web.config, an .xml file as web.xml or a server descriptor"
                + " and a .properties file as bizagi-config.properties. To take in a folder, end it with /**;"
                + " archives are opened through nestedArchives");
    }

    /**
     * Whether a war's {@code WEB-INF/web.xml} is read: when includes or excludes leave it out, a war in
     * which none was read cannot be told from a war without one.
     */
    public boolean readsWarWebXml() {
        return select("WEB-INF/web.xml") == DescriptorKind.WEB_XML;
    }

    /** A selector with the default includes and nested archives, and no excludes. */
    public static DescriptorSelector defaults() {
        return new DescriptorSelector(DEFAULT_INCLUDES, List.of(), DEFAULT_NESTED_ARCHIVES);
    }

    /**
     * The kind of the file at {@code path} if it is to be read, else {@code null}: a judged kind when the
     * includes select it, {@link DescriptorKind#COMPANION} when only {@link #COMPANIONS} do.
     *
     * @param path a path inside a container, with forward slashes
     */
    public DescriptorKind select(String path) {
        String normalized = normalize(path);
        String name = lastSegment(normalized);
        DescriptorKind kind = null;
        if (matchesAny(includes, normalized, name)) {
            kind = DescriptorKind.ofPath(normalized);
        } else if (matchesAny(COMPANION_PATTERNS, normalized, name)) {
            kind = DescriptorKind.COMPANION;
        }
        // Excludes only take away, so they are matched last, and only for a path that would be read.
        return kind == null || matchesAny(excludes, normalized, name) ? null : kind;
    }

    /** Whether the entry at {@code path} is an archive to open and search in turn. */
    public boolean isNestedArchive(String path) {
        String normalized = normalize(path);
        String name = lastSegment(normalized);
        return matchesAny(nestedArchives, normalized, name) && !matchesAny(excludes, normalized, name);
    }

    /**
     * Whether the entry at {@code path} is read or opened: {@link #select} gives it a kind or
     * {@link #isNestedArchive} holds. An archive lists thousands of entries that are neither; their
     * extension, or else their last segment, turns them away before any full match or exclude is tried.
     */
    public boolean isWanted(String path) {
        if (!mayHaveWantedExtension(path)) {
            return false;
        }
        String name = lastSegment(normalize(path));
        for (PathPattern pattern : wanted) {
            if (pattern.mayMatchName(name)) {
                return select(path) != null || isNestedArchive(path);
            }
        }
        return false;
    }

    /**
     * Whether {@code path} ends with one of {@link #wantedExtensions}, case ignored as the name tests
     * ignore it; false rules out every pattern. Names with no wanted extension are turned away here, by
     * one search: splitting the path and testing every pattern costs more, in a fresh JVM, than listing
     * the entry (docs/performance.md).
     */
    private boolean mayHaveWantedExtension(String path) {
        if (wantedExtensions == null || path.isEmpty()) {
            return true;
        }
        char last = path.charAt(path.length() - 1);
        if (last == '/' || last == '\\') {
            // A trailing separator is dropped before the last segment is taken; leave those to the name tests.
            return true;
        }
        int dot = path.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        if (extensionHashes != null) {
            int hash = extensionHash(path, dot + 1);
            if (hash != NOT_ASCII && Arrays.binarySearch(extensionHashes, hash) < 0) {
                return false;
            }
        }
        int length = path.length() - dot - 1;
        for (String extension : wantedExtensions) {
            if (extension.length() == length && path.regionMatches(true, dot + 1, extension, 0, length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAny(List<PathPattern> patterns, String path, String name) {
        for (PathPattern pattern : patterns) {
            if (pattern.mayMatchName(name) && pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }

    private static List<PathPattern> compile(List<String> patterns) {
        return patterns.stream().map(PathPattern::new).toList();
    }

    /** The part of {@code path} after its last slash, trailing slashes ignored as the full match does. */
    private static String lastSegment(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(path.lastIndexOf('/', end - 1) + 1, end);
    }

    private static String normalize(String path) {
        String slashed = path.replace('\\', '/');
        while (slashed.startsWith("/")) {
            slashed = slashed.substring(1);
        }
        return slashed;
    }

    /**
     * One Ant pattern, and the test on a path's last segment that it implies, worked out once rather
     * than for every entry of a 20,000-entry package (docs/performance.md).
     */
    private static final class PathPattern {

        private final String pattern;

        /**
         * What a matching path's last segment is or starts with, case ignored: the literal name, or the
         * text before the single {@code *} of {@code *.ext} or {@code standalone*.xml}; null: any.
         */
        private final String namePrefix;

        /** The text after the single {@code *}; null for a literal name, which must match whole. */
        private final String nameSuffix;

        PathPattern(String pattern) {
            // Paths are matched without their leading slashes, so a pattern is too; a regex is left whole.
            this.pattern = pattern.startsWith("%") ? pattern.replace('\\', '/') : normalize(pattern);
            String last = lastSegment(this.pattern);
            int star = last.indexOf('*');
            // A pattern's last segment, unless it is **, must match the path's last one. A literal name
            // or one with a single * is tested directly; any other last segment, and %regex[] patterns,
            // go to the full match, which tokenizes both strings.
            if (this.pattern.startsWith("%")
                    || last.indexOf('?') >= 0
                    || star != last.lastIndexOf('*')
                    || last.isEmpty()) {
                this.namePrefix = null;
                this.nameSuffix = null;
            } else if (star < 0) {
                this.namePrefix = last;
                this.nameSuffix = null;
            } else {
                this.namePrefix = last.substring(0, star);
                this.nameSuffix = last.substring(star + 1);
            }
        }

        /**
         * The text after the last dot of every name this pattern matches: the literal name's, or the
         * text after {@code *}'s; null when the pattern can match a name without a dot or with any
         * extension. A dot matches only a dot, case ignored or not, so a matching name's last dot is
         * the pattern's.
         */
        String extension() {
            String ending = nameSuffix != null ? nameSuffix : namePrefix;
            if (ending == null) {
                return null;
            }
            int dot = ending.lastIndexOf('.');
            return dot < 0 ? null : ending.substring(dot + 1);
        }

        /** Whether a path whose last segment is {@code name} can match; false rules a match out. */
        boolean mayMatchName(String name) {
            if (namePrefix == null) {
                return true;
            }
            if (nameSuffix == null) {
                return namePrefix.equalsIgnoreCase(name);
            }
            return name.length() >= namePrefix.length() + nameSuffix.length()
                    && name.regionMatches(true, 0, namePrefix, 0, namePrefix.length())
                    && name.regionMatches(
                            true, name.length() - nameSuffix.length(), nameSuffix, 0, nameSuffix.length());
        }

        boolean matches(String path) {
            return SelectorUtils.matchPath(pattern, path, "/", false);
        }
    }
}

package dev.hardening.bizagi.input;

import java.util.List;
import org.codehaus.plexus.util.SelectorUtils;

/**
 * Decides which files are read and which archives are opened, by Ant-style patterns matched against
 * paths inside a container. Matching ignores case: IIS finds {@code Web.config} under any spelling.
 */
public final class DescriptorSelector {

    /** The files read when the project configures no includes. */
    public static final List<String> DEFAULT_INCLUDES =
            List.of("**/web.config", "**/WEB-INF/web.xml", "**/bizagi-config.properties", "**/WEB-INF/weblogic.xml");

    /**
     * Files read to work out what the selected ones mean at run time, whatever the includes say: other
     * {@code .config} files (external sections, transforms), Web Deploy's parameters and servlet web
     * fragments.
     */
    public static final List<String> COMPANIONS =
            List.of("**/*.config", "**/parameters.xml", "**/archive.xml", "**/META-INF/web-fragment.xml");

    /** The nested archives opened when the project configures none. */
    public static final List<String> DEFAULT_NESTED_ARCHIVES = List.of("**/*.zip", "**/*.war", "**/*.ear", "**/*.jar");

    private final List<String> includes;
    private final List<String> excludes;
    private final List<String> nestedArchives;

    public DescriptorSelector(List<String> includes, List<String> excludes, List<String> nestedArchives) {
        this.includes = List.copyOf(includes);
        this.excludes = List.copyOf(excludes);
        this.nestedArchives = List.copyOf(nestedArchives);
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
        if (matchesAny(excludes, normalized)) {
            return null;
        }
        if (matchesAny(includes, normalized)) {
            return DescriptorKind.ofPath(normalized);
        }
        return matchesAny(COMPANIONS, normalized) ? DescriptorKind.COMPANION : null;
    }

    /** Whether the entry at {@code path} is an archive to open and search in turn. */
    public boolean isNestedArchive(String path) {
        String normalized = normalize(path);
        return matchesAny(nestedArchives, normalized) && !matchesAny(excludes, normalized);
    }

    private static boolean matchesAny(List<String> patterns, String path) {
        String name = lastSegment(path);
        for (String pattern : patterns) {
            String slashed = pattern.replace('\\', '/');
            if (mayMatchName(slashed, name) && SelectorUtils.matchPath(slashed, path, "/", false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a path whose last segment is {@code name} can match {@code pattern}: a pattern's last
     * segment, unless it is {@code **}, must match the path's last one. Testing a literal name or a
     * {@code *.ext} ending first spares the full match, which tokenizes both strings, for nearly every
     * entry of a 20,000-entry package (docs/performance.md). Any other last segment, and
     * {@code %regex[]} patterns, go to the full match.
     */
    private static boolean mayMatchName(String pattern, String name) {
        if (pattern.startsWith("%")) {
            return true;
        }
        String last = lastSegment(pattern);
        int star = last.lastIndexOf('*');
        if (last.indexOf('?') >= 0 || star > 0 || last.isEmpty()) {
            return true;
        }
        if (star < 0) {
            return last.equalsIgnoreCase(name);
        }
        String suffix = last.substring(1);
        return name.regionMatches(true, name.length() - suffix.length(), suffix, 0, suffix.length());
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
}

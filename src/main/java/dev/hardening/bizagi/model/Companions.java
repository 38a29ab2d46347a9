package dev.hardening.bizagi.model;

import dev.hardening.bizagi.input.Descriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The files a judged one draws on (external sections, transforms, deploy parameters, web fragments),
 * looked up among every file read by container and path without regard to case, as Windows and IIS
 * look files up.
 */
public final class Companions {

    private final Map<String, Descriptor> byKey = new LinkedHashMap<>();

    public Companions(List<Descriptor> companions) {
        for (Descriptor companion : companions) {
            byKey.put(key(companion.container(), companion.path()), companion);
        }
    }

    /** The companion at {@code path} in {@code container}, if one was found. */
    public Optional<Descriptor> find(String container, String path) {
        return Optional.ofNullable(byKey.get(key(container, path)));
    }

    /** The companions whose container starts with {@code prefix}, in the order they were found. */
    public List<Descriptor> under(String prefix) {
        List<Descriptor> found = new ArrayList<>();
        for (Descriptor companion : byKey.values()) {
            if (companion.container().startsWith(prefix)) {
                found.add(companion);
            }
        }
        return found;
    }

    /**
     * Resolves {@code reference}, written in a file in folder {@code folder} of its container, to a
     * path inside the same container: backslashes read as slashes, {@code .} and {@code ..} segments
     * applied. Empty when the reference is absolute ({@code C:\...}, {@code /...}, {@code \\server})
     * or climbs out of the container.
     */
    public static Optional<String> resolve(String folder, String reference) {
        String slashed = reference.strip().replace('\\', '/');
        if (slashed.startsWith("/") || slashed.matches("^[A-Za-z]:.*") || slashed.contains("://")) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String segment : (folder.isEmpty() ? slashed : folder + "/" + slashed).split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.remove(segments.size() - 1);
            } else {
                segments.add(segment);
            }
        }
        return segments.isEmpty() ? Optional.empty() : Optional.of(String.join("/", segments));
    }

    private static String key(String container, String path) {
        return container + "\u0000" + path.toLowerCase(Locale.ROOT);
    }
}

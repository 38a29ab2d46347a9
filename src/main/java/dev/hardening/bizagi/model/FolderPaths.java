package dev.hardening.bizagi.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Folder paths inside a container as the model keys them: forward slashes, no leading or trailing
 * slash, the container's root as the empty string.
 */
public final class FolderPaths {

    private FolderPaths() {}

    /** Whether {@code ancestor} is {@code path} or a folder above it; the root is above every path. */
    public static boolean isAncestorOrSelf(String ancestor, String path) {
        return ancestor.isEmpty() || path.equals(ancestor) || path.startsWith(ancestor + "/");
    }

    /** {@code path} below {@code folder}, either of them possibly the root. */
    public static String join(String folder, String path) {
        return folder.isEmpty() ? path : path.isEmpty() ? folder : folder + "/" + path;
    }

    /** {@code folder} and every folder above it, nearest first, the root last. */
    public static List<String> ancestorsOrSelf(String folder) {
        List<String> folders = new ArrayList<>();
        folders.add(folder);
        for (String current = folder; !current.isEmpty(); ) {
            int slash = current.lastIndexOf('/');
            current = slash < 0 ? "" : current.substring(0, slash);
            folders.add(current);
        }
        return folders;
    }
}

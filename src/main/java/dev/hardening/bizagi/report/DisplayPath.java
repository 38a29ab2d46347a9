package dev.hardening.bizagi.report;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A finding's file as the console shows it, split where it enters an archive, so that a report can
 * point a reader at a file they can open: {@code target/portal.zip!/WebApplication/web.config} is the
 * archive {@code target/portal.zip} and, inside it, the entry {@code WebApplication/web.config}.
 *
 * @param file the display path, relative to the project folder (absolute when outside it)
 * @param artifact the file on disk: the outermost archive for an entry, else {@code file} itself
 * @param entry the path inside the archive, nested archives joined with {@code !/}; empty for a file on
 *     disk
 */
record DisplayPath(String file, String artifact, String entry) {

    private static final String INTO_ARCHIVE = "!/";

    static DisplayPath of(String file) {
        int into = file.indexOf(INTO_ARCHIVE);
        return into < 0
                ? new DisplayPath(file, file, "")
                : new DisplayPath(file, file.substring(0, into), file.substring(into + INTO_ARCHIVE.length()));
    }

    /** Whether the file is an entry of an archive. */
    boolean inArchive() {
        return !entry.isEmpty();
    }

    /** Whether the artifact lies outside the project folder, so has no path relative to it. */
    boolean outsideProject() {
        return artifact.startsWith("/") || artifact.matches("^[A-Za-z]:/.*");
    }

    /** The innermost entry's path, such as {@code WEB-INF/web.xml} for {@code a.zip!/b.war!/WEB-INF/web.xml}. */
    String innermostEntry() {
        return entry.substring(entry.lastIndexOf(INTO_ARCHIVE) < 0 ? 0 : entry.lastIndexOf(INTO_ARCHIVE) + 2);
    }

    /**
     * The path that stays the same when the package is rebuilt under a new version: the entry for an
     * archive entry (the archive's name usually carries the version), else the file.
     */
    String stableName() {
        return inArchive() ? entry : file;
    }

    /**
     * The artifact as a URI reference: relative to the project folder, percent-encoded where a URI needs
     * it; a {@code file:} URI when the artifact lies outside the project.
     */
    String artifactUri() {
        try {
            if (outsideProject()) {
                String path = artifact.startsWith("/") ? artifact : "/" + artifact;
                return new URI("file", "", path, null).toASCIIString();
            }
            return new URI(null, null, artifact, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(artifact + ": not a path a URI can hold", e);
        }
    }
}

package dev.hardening.bizagi.report;

/**
 * The project file a packaged entry was copied from, so that a reader can fix the source rather than
 * the build output.
 *
 * @param file the source file relative to the project folder, with forward slashes
 * @param line the line in the source file: the packaged line, which the copy keeps
 * @param match how the source was recognised: {@code identical} (same path tail and the same bytes) or
 *     {@code same-name} (same path tail; the bytes were not compared or differ, as filtering makes them)
 */
public record SourceOrigin(String file, int line, String match) {

    /** {@code file:line}, or the file alone when there is no line. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}

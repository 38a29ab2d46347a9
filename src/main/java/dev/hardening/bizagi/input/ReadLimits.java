package dev.hardening.bizagi.input;

import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds on what the check reads, so that no archive or file can exhaust memory.
 *
 * @param maxDescriptorBytes the largest configuration file read, in bytes
 * @param maxNestingDepth how many archives deep nested archives are opened
 */
public record ReadLimits(long maxDescriptorBytes, int maxNestingDepth) {

    /** 32 MiB per file; four levels of archives inside the one on disk (a jar in a war in an ear in a zip is three). */
    public static final ReadLimits DEFAULT = new ReadLimits(32L * 1024 * 1024, 4);

    public ReadLimits {
        if (maxDescriptorBytes < 1 || maxNestingDepth < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * Reads {@code in} to its end, failing once it passes {@link #maxDescriptorBytes()}.
     *
     * @param in the stream, left open
     * @param displayPath the file's name in the error
     */
    byte[] readBounded(InputStream in, String displayPath) throws IOException, InputException {
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDescriptorBytes + 1));
        if (content.length > maxDescriptorBytes) {
            throw new InputException(displayPath + ": larger than " + maxDescriptorBytes
                    + " bytes; a configuration file this large is not read");
        }
        return content;
    }
}

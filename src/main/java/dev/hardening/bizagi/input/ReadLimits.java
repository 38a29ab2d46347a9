package dev.hardening.bizagi.input;

import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds on what the check reads, so that no archive or file can exhaust memory.
 *
 * @param maxDescriptorBytes the largest configuration file read, in bytes
 * @param maxNestingDepth how many archives deep nested archives are opened
 * @param maxInflatedBytes the most bytes inflated, at every level together, in one walk of an archive
 *     on disk; a zip bomb passes it long before it exhausts time or memory
 */
public record ReadLimits(long maxDescriptorBytes, int maxNestingDepth, long maxInflatedBytes) {

    /**
     * 4 GiB inflated per archive on disk. A nested archive's bytes count at each level that inflates
     * them, so a 300 MB Work Portal package with a war full of jars inflates about 1 GB; 4 GiB leaves
     * room for that while bounding a walk to seconds of inflation.
     */
    public static final long DEFAULT_MAX_INFLATED_BYTES = 4L * 1024 * 1024 * 1024;

    /** 32 MiB per file; four levels of archives inside the one on disk (a jar in a war in an ear in a zip is three). */
    public static final ReadLimits DEFAULT = new ReadLimits(32L * 1024 * 1024, 4);

    public ReadLimits {
        if (maxDescriptorBytes < 1 || maxNestingDepth < 1 || maxInflatedBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** Limits with {@link #DEFAULT_MAX_INFLATED_BYTES}. */
    public ReadLimits(long maxDescriptorBytes, int maxNestingDepth) {
        this(maxDescriptorBytes, maxNestingDepth, DEFAULT_MAX_INFLATED_BYTES);
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
            throw new InputException(
                    displayPath,
                    "larger than " + maxDescriptorBytes + " bytes; a configuration file this large is not read");
        }
        return content;
    }
}

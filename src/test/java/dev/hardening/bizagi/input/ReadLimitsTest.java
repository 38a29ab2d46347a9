package dev.hardening.bizagi.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class ReadLimitsTest {

    @Test
    void defaultsAllowThirtyTwoMebibytesAndFourLevels() {
        assertEquals(32L * 1024 * 1024, ReadLimits.DEFAULT.maxDescriptorBytes());
        assertEquals(4, ReadLimits.DEFAULT.maxNestingDepth());
        assertEquals(4L * 1024 * 1024 * 1024, ReadLimits.DEFAULT.maxInflatedBytes());
    }

    @Test
    void limitsBelowOneAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ReadLimits(0, 4));
        assertThrows(IllegalArgumentException.class, () -> new ReadLimits(100, 0));
        assertThrows(IllegalArgumentException.class, () -> new ReadLimits(100, 4, 0));
    }

    @Test
    void streamOfExactlyTheLimitIsReadWhole() throws Exception {
        byte[] content = new byte[] {1, 2, 3, 4};

        assertArrayEquals(content, new ReadLimits(4, 1).readBounded(new ByteArrayInputStream(content), "f"));
    }

    @Test
    void streamOneByteOverTheLimitFailsNamingTheFile() {
        ByteArrayInputStream in = new ByteArrayInputStream(new byte[5]);

        ReadLimits limits = new ReadLimits(4, 1);

        InputException e = assertThrows(InputException.class, () -> limits.readBounded(in, "a!/web.config"));

        assertEquals("a!/web.config: larger than 4 bytes; a configuration file this large is not read", e.getMessage());
    }
}

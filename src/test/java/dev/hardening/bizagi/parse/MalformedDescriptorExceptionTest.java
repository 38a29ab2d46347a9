package dev.hardening.bizagi.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class MalformedDescriptorExceptionTest {

    @Test
    void messageNamesTheFileAndLine() {
        IllegalStateException cause = new IllegalStateException();

        MalformedDescriptorException e =
                new MalformedDescriptorException("target/x.zip!/web.config", 12, "unexpected end tag", cause);

        assertEquals("target/x.zip!/web.config:12: cannot be parsed: unexpected end tag", e.getMessage());
        assertEquals("target/x.zip!/web.config", e.file());
        assertEquals(12, e.line());
        assertEquals("unexpected end tag", e.reason());
        assertSame(cause, e.getCause());
    }

    @Test
    void messageLeavesOutAnUnknownLine() {
        MalformedDescriptorException e = new MalformedDescriptorException("web.config", 0, "stream closed", null);

        assertEquals("web.config: cannot be parsed: stream closed", e.getMessage());
        assertEquals(0, e.line());
    }
}

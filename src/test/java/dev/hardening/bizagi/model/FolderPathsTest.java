package dev.hardening.bizagi.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FolderPathsTest {

    @Test
    void ancestorsRunFromTheFolderUpToTheRoot() {
        assertEquals(List.of("a/b/c", "a/b", "a", ""), FolderPaths.ancestorsOrSelf("a/b/c"));
        assertEquals(List.of(""), FolderPaths.ancestorsOrSelf(""));
    }

    @Test
    void aFolderIsAboveOnlyWholeSegments() {
        assertTrue(FolderPaths.isAncestorOrSelf("webapplication", "webapplication/webservices"));
        assertTrue(FolderPaths.isAncestorOrSelf("", "webapplication"));
        assertFalse(FolderPaths.isAncestorOrSelf("webservices", "webservicesold"));
        assertEquals("webapplication/webservices", FolderPaths.join("webapplication", "webservices"));
        assertEquals("webservices", FolderPaths.join("", "webservices"));
        assertEquals("webapplication", FolderPaths.join("webapplication", ""));
    }
}

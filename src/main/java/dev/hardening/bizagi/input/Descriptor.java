package dev.hardening.bizagi.input;

import java.util.Objects;

/**
 * One configuration file found in the build's output, held in memory.
 *
 * @param kind how the file is read
 * @param container where it was found: an archive ({@code target/portal.zip}, or
 *     {@code target/portal.zip!/BizAgi.war} when nested) or a folder ({@code src/main})
 * @param path the file's path inside its container, with forward slashes and no leading slash
 * @param archived whether the container is an archive
 * @param content the file's bytes, undecoded
 */
public record Descriptor(DescriptorKind kind, String container, String path, boolean archived, byte[] content) {

    public Descriptor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }

    /** The name findings use: {@code target/portal.zip!/WebApplication/web.config}. */
    public String displayPath() {
        return container + (archived ? "!/" : "/") + path;
    }

    /** The file's name, its path's last segment. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The folder holding the file inside its container, empty at the container's root. */
    public String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}

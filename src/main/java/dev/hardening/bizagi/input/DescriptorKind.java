package dev.hardening.bizagi.input;

import java.util.Locale;

/** The configuration files the check reads, told apart by file name. */
public enum DescriptorKind {
    /** An ASP.NET / IIS {@code web.config}. */
    WEB_CONFIG,
    /** A servlet deployment descriptor, {@code WEB-INF/web.xml}. */
    WEB_XML,
    /** Bizagi's JEE settings, {@code bizagi-config.properties}. */
    BIZAGI_CONFIG;

    /**
     * Tells the kind of a selected file from its name: {@code .config} files are read as web.config,
     * {@code .xml} files as web.xml and {@code .properties} files as bizagi-config.properties.
     *
     * @param path the file's path, with forward slashes
     * @return the kind, or {@code null} when the name has none of those endings
     */
    public static DescriptorKind ofPath(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.endsWith(".config")) {
            return WEB_CONFIG;
        }
        if (name.endsWith(".xml")) {
            return WEB_XML;
        }
        if (name.endsWith(".properties")) {
            return BIZAGI_CONFIG;
        }
        return null;
    }
}

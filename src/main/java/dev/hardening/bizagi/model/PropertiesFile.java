package dev.hardening.bizagi.model;

import dev.hardening.bizagi.parse.LocatedProperties;
import dev.hardening.bizagi.parse.SourceComment;
import java.util.List;
import java.util.Optional;

/** A properties file whose values findings can point at: bizagi-config.properties and the like. */
public final class PropertiesFile {

    private final LocatedProperties properties;

    public PropertiesFile(LocatedProperties properties) {
        this.properties = properties;
    }

    /** The file's display path. */
    public String file() {
        return properties.file();
    }

    /** The value of {@code key} and its line, empty when the key is not set. */
    public Optional<Setting> get(String key) {
        return properties.get(key).map(entry -> new Setting(entry.value(), at(entry.line())));
    }

    /** Every key set, with its line, in file order. */
    public List<LocatedProperties.Entry> entries() {
        return properties.entries();
    }

    /** The file's comment lines, each with the line of the key below it. */
    public List<SourceComment> comments() {
        return properties.comments();
    }

    /** A location in this file; line 0 names the file alone. */
    public SourceLocation at(int line) {
        return new SourceLocation(file(), line, "");
    }
}

package dev.hardening.bizagi.model;

/**
 * A configured value and where it was configured.
 *
 * @param value the value as written (XML attribute values are already unescaped)
 * @param location the file and line that set it
 */
public record Setting(String value, SourceLocation location) {}

package dev.hardening.bizagi.report;

import dev.hardening.bizagi.rules.Finding;

/**
 * A finding the user accepted, kept so that reports can show it as suppressed rather than drop it.
 *
 * @param finding the finding, with the severity it would have had
 * @param kind how it was accepted, such as {@code inline}, {@code pom}, {@code file} or {@code baseline}
 * @param reason the justification the user wrote, empty for a baseline entry
 */
public record SuppressedFinding(Finding finding, String kind, String reason) {}

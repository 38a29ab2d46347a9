package dev.hardening.bizagi.rules;

/** How much a finding weighs: errors fail the build, warnings are reported only. */
public enum Severity {
    ERROR,
    WARNING
}

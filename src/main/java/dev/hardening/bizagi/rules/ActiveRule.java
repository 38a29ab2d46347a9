package dev.hardening.bizagi.rules;

/**
 * A rule the check runs, with the severity its findings get once the profile and the user's
 * overrides apply.
 */
public record ActiveRule(Rule rule, Severity severity) {}

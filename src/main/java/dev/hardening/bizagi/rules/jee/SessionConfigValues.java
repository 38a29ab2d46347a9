package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.model.SourceLocation;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Values;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * How a servlet {@code session-config} value is judged once found, wherever it is written: web.xml, a
 * web-fragment.xml or JBoss's shared session-config, which the server parses with the same code
 * (jboss/metadata's {@code SessionConfigMetaDataParser}), and the server-wide defaults of the same
 * settings in the undertow subsystem of standalone.xml or domain.xml.
 */
final class SessionConfigValues {

    /** The tracking modes the {@code SessionTrackingMode} enumeration knows, spelled exactly. */
    private static final Set<String> MODES = Set.of("COOKIE", "URL", "SSL");

    private SessionConfigValues() {}

    /**
     * Records a finding when a {@code cookie-config} flag's {@code text} is a token or is not true. The
     * containers read the flag with {@code Boolean.valueOf}: {@code true} in any case, trimmed, and
     * nothing else ({@code 1} is false).
     *
     * @param name the flag as the message names it, such as {@code cookie-config/secure}
     * @param whenNotTrue what any other value lets happen, with no full stop
     */
    static void judgeFlag(
            Findings findings,
            SourceLocation where,
            String name,
            String text,
            String whenNotTrue,
            String fix,
            String tokenFix) {
        if (findings.addUnresolvedToken(where, name, text, "true", tokenFix)) {
            return;
        }
        if (!text.equalsIgnoreCase("true")) {
            String shown = text.isEmpty() ? "empty" : "\"" + text + "\"";
            findings.add(where, name + " is " + shown + ", not true, so " + whenNotTrue + ".", fix);
        }
    }

    /**
     * Records a finding when a session time-out's {@code text} is a token, not a whole number, 0 or less
     * (never expire) or above {@code limit} minutes.
     *
     * @param path the value as the token message names it, such as {@code session-config/session-timeout}
     * @param name the value as the other messages name it, such as {@code session-timeout}
     */
    static void judgeTimeout(
            Findings findings,
            SourceLocation where,
            String path,
            String name,
            String text,
            int limit,
            String fix,
            String tokenFix) {
        if (findings.addUnresolvedToken(where, path, text, "from 1 to " + limit + " minutes", tokenFix)) {
            return;
        }
        OptionalInt minutes = Values.parseInt(text);
        if (minutes.isEmpty()) {
            findings.add(where, name + " is \"" + text + "\", which is not a whole number of minutes.", fix);
        } else if (minutes.getAsInt() < 1) {
            findings.add(
                    where,
                    name + " is " + minutes.getAsInt() + ", so sessions never expire; the policy allows " + limit
                            + " minutes.",
                    fix);
        } else if (minutes.getAsInt() > limit) {
            findings.add(where, name + " is " + minutes.getAsInt() + " minutes; the policy allows " + limit + ".", fix);
        }
    }

    /**
     * Records a finding for each of {@code modes} that is a token, {@code URL}, or no mode at all.
     *
     * @param locate where each mode is
     * @param tokenFix how to resolve a token left in each mode
     * @param fix the fix for a mode the server does not know
     */
    static void judgeTrackingModes(
            Findings findings,
            List<LocatedElement> modes,
            Function<LocatedElement, SourceLocation> locate,
            Function<LocatedElement, String> tokenFix,
            String fix) {
        for (LocatedElement mode : modes) {
            String text = mode.trimmedText();
            if (findings.addUnresolvedToken(
                    locate.apply(mode), "tracking-mode", text, "COOKIE", tokenFix.apply(mode))) {
                continue;
            }
            if (text.equals("URL")) {
                findings.add(
                        locate.apply(mode),
                        "tracking-mode is URL, so the container writes the session id into links (;jsessionid=),"
                                + " where logs and Referer headers carry it.",
                        "Remove <tracking-mode>URL</tracking-mode> and keep <tracking-mode>COOKIE</tracking-mode>.");
            } else if (!MODES.contains(text)) {
                findings.add(
                        locate.apply(mode),
                        "tracking-mode is \"" + text + "\", which is none of COOKIE, URL, SSL (spelled exactly), so"
                                + " the container refuses to deploy the application.",
                        fix);
            }
        }
    }
}

package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.AuthenticationSettings;
import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.model.Setting;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.GuideLevel;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Values;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Limits how long an idle Work Portal session lives. Bizagi ends a session at the shortest of its own
 * session time ({@code session.timeMinutes} in the authentication settings) and ASP.NET's
 * {@code system.web/sessionState/@timeout} (20 minutes when absent); where the authentication mode is
 * {@code Forms}, the forms authentication ticket's {@code system.web/authentication/forms/@timeout} (30
 * minutes when absent) ends it too. That shortest time must not pass {@code maxSessionMinutes} (5 by
 * default), and the finding names the timer that decides. When none is declared the build fails,
 * whatever the limit. ASP.NET reads the session time-out as whole minutes or {@code Infinite}, the
 * ticket's as whole minutes, and refuses 0.
 *
 * <p>Sources: Bizagi hardening guide, mandatory part 1 (session time); Bizagi knowledge base, "Configure
 * the session timeout"; .NET Framework reference source, {@code SessionStateSection} ({@code timeout}
 * read by {@code TimeSpanMinutesOrInfiniteConverter}, at least 1 minute) and
 * {@code FormsAuthenticationConfiguration} ({@code timeout} read by {@code TimeSpanMinutesConverter}, at
 * least 1 minute, 30 by default); Puma Scan SEC0007; CWE-613.
 *
 * <p>Limitations: in the description below, rendered as {@code docs/rules/ASPNET-SESSION-TIME.md}.
 */
public final class LimitSessionTime extends WebConfigRule {

    /** ASP.NET's session time-out, in minutes, when {@code sessionState} does not set one. */
    static final int ASPNET_DEFAULT_MINUTES = 20;

    /** The {@code timeout} ASP.NET reads as no time-out at all, spelled exactly. */
    private static final String INFINITE = "Infinite";

    private static final String SECTION = "system.web/sessionState";

    private static final String FORMS = FormsAuthenticationRule.FORMS;

    /** The forms authentication ticket's time-out, in minutes, when {@code forms} does not set one. */
    static final int FORMS_DEFAULT_MINUTES = 30;

    public LimitSessionTime() {
        super(RuleDescription.rule("ASPNET-SESSION-TIME", "Idle sessions end within the policy's session time")
                .bizagi(GuideLevel.BASIC, "Mandatory hardening part 1: session time of 5 minutes")
                .cwe(613)
                .seeAlso(
                        "Bizagi knowledge base, Configure the session timeout:"
                                + " https://kb.bizagi.com/Knowledgebase/Configure-the-session-timeout",
                        "Puma Scan SEC0007, SEC0020")
                .why("A session left open on an unattended workstation, or a stolen session cookie, keeps working"
                        + " until the session times out; the shorter the time-out, the shorter that window. Bizagi"
                        + " ends a session at the shortest of its own session time, ASP.NET's session state"
                        + " time-out and, with forms authentication, the forms ticket's time-out, so the shortest"
                        + " of them must be within the policy's limit (maxSessionMinutes, 5 by default as in the"
                        + " guide). The finding names the timer that decides.")
                .fix("""
                        Set the session state time-out, in minutes, in `<system.web>` (with forms authentication,
                        `<forms timeout="5">` counts too), or declare Bizagi's own session time,
                        `session.timeMinutes=5`, in the authentication settings:

                        <system.web>
                          <sessionState timeout="5" />
                        </system.web>
                        """)
                .whenAbsent("ASP.NET keeps a session 20 minutes and a forms ticket 30. When no time-out is"
                        + " declared at all (neither in web.config nor as session.timeMinutes), the check fails"
                        + " whatever the limit.")
                .limitation("The IIS application pool's idle time-out, the third timer Bizagi names, lives in"
                        + " applicationHost.config and is not verifiable from the package.")
                .limitation("ASP.NET reads the session time-out as whole minutes or Infinite and the ticket's as"
                        + " whole minutes; a value it would refuse is a finding.")
                .build());
    }

    @Override
    void check(EffectiveWebConfig config, Deployment deployment, Policy policy, Findings findings) {
        int limit = policy.maxSessionMinutes();
        // A mode ASP.NET refuses is ASPNET-FORMS-SSL's finding; here it only means no forms ticket.
        boolean forms = FormsAuthenticationRule.formsMode(config, new Findings(this));
        String fix = "Set <sessionState timeout=\"" + limit + "\"/>"
                + (forms ? " or <forms timeout=\"" + limit + "\"/>" : "") + " in <system.web>, or "
                + AuthenticationSettings.SESSION_MINUTES + "=" + limit + " in "
                + deployment.authentication().file() + ".";
        Optional<Setting> aspnet = config.attribute(SECTION, "timeout");
        Optional<Setting> ticket = forms ? config.attribute(FORMS, "timeout") : Optional.empty();
        Optional<Setting> bizagi = deployment.authentication().get(AuthenticationSettings.SESSION_MINUTES);
        if (aspnet.isEmpty() && ticket.isEmpty() && bizagi.isEmpty()) {
            findings.add(
                    config.anchor(SECTION),
                    "No session time is declared: neither " + SECTION + "/@timeout"
                            + (forms ? ", " + FORMS + "/@timeout" : "") + " nor "
                            + AuthenticationSettings.SESSION_MINUTES + ", so sessions last ASP.NET's default "
                            + ASPNET_DEFAULT_MINUTES + " minutes; the policy allows " + limit + ".",
                    fix);
            return;
        }
        OptionalInt aspnetMinutes = aspnet.isPresent() && aspnet.get().value().equals(INFINITE)
                ? OptionalInt.of(Integer.MAX_VALUE)
                : minutes(
                        aspnet, SECTION + "/@timeout", ", so ASP.NET refuses to start the application", fix, findings);
        OptionalInt ticketMinutes =
                minutes(ticket, FORMS + "/@timeout", ", so ASP.NET refuses to start the application", fix, findings);
        OptionalInt bizagiMinutes = minutes(bizagi, AuthenticationSettings.SESSION_MINUTES, "", fix, findings);
        if ((aspnet.isPresent() && aspnetMinutes.isEmpty())
                || (ticket.isPresent() && ticketMinutes.isEmpty())
                || (bizagi.isPresent() && bizagiMinutes.isEmpty())) {
            return;
        }
        if (forms) {
            judgeWithFormsTicket(
                    config,
                    new Timer(SECTION, aspnet, aspnetMinutes.orElse(ASPNET_DEFAULT_MINUTES)),
                    new Timer(FORMS, ticket, ticketMinutes.orElse(FORMS_DEFAULT_MINUTES)),
                    bizagi,
                    bizagiMinutes,
                    limit,
                    fix,
                    findings);
            return;
        }
        int fromAspnet = aspnetMinutes.orElse(ASPNET_DEFAULT_MINUTES);
        if (bizagiMinutes.isPresent() && bizagiMinutes.getAsInt() < fromAspnet) {
            // The message names no folder's time-out, so that every folder reports this line once.
            if (bizagiMinutes.getAsInt() > limit) {
                findings.add(
                        bizagi.get().location(),
                        "Sessions last " + bizagiMinutes.getAsInt() + " minutes ("
                                + AuthenticationSettings.SESSION_MINUTES + ", shorter than " + SECTION
                                + "/@timeout); the policy allows " + limit + ".",
                        fix);
            }
            return;
        }
        if (fromAspnet > limit) {
            String length = fromAspnet == Integer.MAX_VALUE ? "never end" : "last " + fromAspnet + " minutes";
            String source = aspnet.isEmpty()
                    ? SECTION + "/@timeout is not set, so ASP.NET's default applies"
                    : SECTION + "/@timeout is " + aspnet.get().value();
            String bizagiPart = bizagiMinutes.isPresent()
                    ? "; " + AuthenticationSettings.SESSION_MINUTES + " is " + bizagiMinutes.getAsInt()
                    : "";
            findings.add(
                    aspnet.map(Setting::location).orElse(config.anchor(SECTION)),
                    "Sessions " + length + " (" + source + bizagiPart + "); the policy allows " + limit + ".",
                    fix);
        }
    }

    /**
     * One of ASP.NET's timers.
     *
     * @param section the element whose {@code timeout} sets it
     * @param setting the {@code timeout} as written, empty when ASP.NET's default applies
     * @param minutes the minutes it allows, {@link Integer#MAX_VALUE} for {@code Infinite}
     */
    private record Timer(String section, Optional<Setting> setting, int minutes) {

        String name() {
            return section + "/@timeout";
        }
    }

    /**
     * Judges the shortest of the session state's time-out, the forms authentication ticket's and the
     * declared Bizagi session time, the first of them on a tie, and names the one that decides. The
     * message names neither of the other timers' values, so that every path sharing the deciding line
     * reports it once.
     */
    private static void judgeWithFormsTicket(
            EffectiveWebConfig config,
            Timer session,
            Timer ticket,
            Optional<Setting> bizagi,
            OptionalInt bizagiMinutes,
            int limit,
            String fix,
            Findings findings) {
        Timer aspnet = ticket.minutes() < session.minutes() ? ticket : session;
        Timer other = aspnet == ticket ? session : ticket;
        if (bizagiMinutes.isPresent() && bizagiMinutes.getAsInt() < aspnet.minutes()) {
            if (bizagiMinutes.getAsInt() > limit) {
                findings.add(
                        bizagi.orElseThrow().location(),
                        "Sessions last " + bizagiMinutes.getAsInt() + " minutes, as "
                                + AuthenticationSettings.SESSION_MINUTES + " decides: " + session.name() + " and "
                                + ticket.name() + " are longer; the policy allows " + limit + ".",
                        fix);
            }
            return;
        }
        if (aspnet.minutes() <= limit) {
            return;
        }
        String state = aspnet.setting()
                .map(setting -> "it is " + setting.value())
                .orElse("it is not set, so ASP.NET's default applies");
        String others = bizagiMinutes.isPresent()
                ? "neither " + other.name() + " nor " + AuthenticationSettings.SESSION_MINUTES + " is shorter"
                : other.name() + " is not shorter";
        findings.add(
                aspnet.setting().map(Setting::location).orElseGet(() -> config.anchor(aspnet.section())),
                "Sessions last " + aspnet.minutes() + " minutes, as " + aspnet.name() + " decides: " + state + ", and "
                        + others + "; the policy allows " + limit + ".",
                fix);
    }

    /**
     * The setting as whole minutes, recording a finding when it is an unresolved token or not a
     * positive whole number.
     *
     * @param consequence what an unreadable value leads to, starting with a comma, or empty
     */
    private static OptionalInt minutes(
            Optional<Setting> setting, String name, String consequence, String fix, Findings findings) {
        if (setting.isEmpty()) {
            return OptionalInt.empty();
        }
        if (findings.addUnresolvedToken(
                setting.get().location(), name, setting.get().value(), "within the policy's session time")) {
            return OptionalInt.empty();
        }
        OptionalInt minutes = Values.parseInt(setting.get().value().strip());
        if (minutes.isEmpty() || minutes.getAsInt() < 1) {
            findings.add(
                    setting.get().location(),
                    name + " is \"" + setting.get().value() + "\", which is not a whole number of minutes of 1 or"
                            + " more" + consequence + ".",
                    fix);
            return OptionalInt.empty();
        }
        return minutes;
    }
}

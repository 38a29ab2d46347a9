package dev.hardening.bizagi.rules.auth;

import dev.hardening.bizagi.model.AuthenticationSettings;
import dev.hardening.bizagi.model.Setting;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.GuideLevel;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.Locale;
import java.util.Optional;

/**
 * Requires {@code authentication.type} to name one of Bizagi's authentication types, since it decides
 * which rules apply. When it is missing, unknown or a placeholder left unreplaced, every rule is
 * applied, Bizagi authentication's included.
 */
final class RequireKnownAuthenticationType extends AuthenticationRule {

    RequireKnownAuthenticationType() {
        super(
                RuleDescription.rule("AUTH-TYPE", "The authentication type is declared")
                        .bizagi(
                                GuideLevel.INTERMEDIATE,
                                "Mandatory hardening part 2: authentication (prefer SAML in production; with Bizagi"
                                        + " authentication, set its parameters)")
                        .seeAlso(AuthenticationRules.WHERE_SET)
                        .why("The authentication type decides which of the guide's recommendations apply: the"
                                + " password rules judge Bizagi's own authentication and mean nothing where an"
                                + " identity provider checks passwords. Declaring it keeps the check from judging"
                                + " the wrong set of rules, and records the choice the guide asks teams to make.")
                        .fix("""
                                Declare the type the environment runs with (one of bizagi, windows, ldap, saml, oauth,
                                federated) in src/main/bizagi/authentication.properties:

                                authentication.type=saml
                                """)
                        .whenAbsent("Every rule applies, the password rules included, as for Bizagi authentication.")
                        .limitation(AuthenticationRules.DECLARED_ONLY)
                        .build(),
                false);
    }

    @Override
    void check(AuthenticationSettings settings, Policy policy, Findings findings) {
        String types =
                String.join(", ", AuthenticationSettings.TYPES.stream().sorted().toList());
        String fix = "Set " + AuthenticationSettings.TYPE + " to one of " + types + " in " + settings.file() + ".";
        Optional<Setting> type = settings.get(AuthenticationSettings.TYPE);
        if (type.isEmpty()) {
            findings.add(
                    settings.top(),
                    AuthenticationSettings.TYPE + " is not declared, so every rule applies as for Bizagi"
                            + " authentication.",
                    fix);
            return;
        }
        String value = type.get().value().strip();
        if (!findings.addUnresolvedToken(type.get().location(), AuthenticationSettings.TYPE, value, "one of " + types)
                && !AuthenticationSettings.TYPES.contains(value.toLowerCase(Locale.ROOT))) {
            findings.add(
                    type.get().location(),
                    AuthenticationSettings.TYPE + " is \"" + value + "\", which is not a Bizagi authentication type,"
                            + " so every rule applies as for Bizagi authentication.",
                    fix);
        }
    }
}

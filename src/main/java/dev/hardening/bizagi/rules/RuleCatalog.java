package dev.hardening.bizagi.rules;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.rules.aspnet.DenyTraceVerb;
import dev.hardening.bizagi.rules.aspnet.ForbidClearFormsPasswords;
import dev.hardening.bizagi.rules.aspnet.ForbidClearTextMachineKeys;
import dev.hardening.bizagi.rules.aspnet.ForbidCustomErrorsOff;
import dev.hardening.bizagi.rules.aspnet.ForbidDebugCompilation;
import dev.hardening.bizagi.rules.aspnet.ForbidDetailedHttpErrors;
import dev.hardening.bizagi.rules.aspnet.ForbidDirectoryBrowsing;
import dev.hardening.bizagi.rules.aspnet.ForbidDoubleEscaping;
import dev.hardening.bizagi.rules.aspnet.ForbidDuplicateCollectionEntries;
import dev.hardening.bizagi.rules.aspnet.ForbidFormsCrossAppRedirects;
import dev.hardening.bizagi.rules.aspnet.ForbidHighBitCharacters;
import dev.hardening.bizagi.rules.aspnet.ForbidSaDatabaseLogin;
import dev.hardening.bizagi.rules.aspnet.ForbidStateServerSessions;
import dev.hardening.bizagi.rules.aspnet.ForbidStoredFormsCredentials;
import dev.hardening.bizagi.rules.aspnet.ForbidTracing;
import dev.hardening.bizagi.rules.aspnet.ForbidUnlistedCgis;
import dev.hardening.bizagi.rules.aspnet.ForbidUnlistedFileExtensions;
import dev.hardening.bizagi.rules.aspnet.ForbidUnlistedIsapis;
import dev.hardening.bizagi.rules.aspnet.ForbidWebDavAuthoring;
import dev.hardening.bizagi.rules.aspnet.ForbidWriteWithScriptAccess;
import dev.hardening.bizagi.rules.aspnet.HideAspNetVersionHeader;
import dev.hardening.bizagi.rules.aspnet.HidePoweredByHeader;
import dev.hardening.bizagi.rules.aspnet.HideServerHeader;
import dev.hardening.bizagi.rules.aspnet.LimitQueryStringLength;
import dev.hardening.bizagi.rules.aspnet.LimitSessionTime;
import dev.hardening.bizagi.rules.aspnet.LimitTrustLevel;
import dev.hardening.bizagi.rules.aspnet.LimitUrlLength;
import dev.hardening.bizagi.rules.aspnet.RequireContentLengthLimit;
import dev.hardening.bizagi.rules.aspnet.RequireContentTypeOptions;
import dev.hardening.bizagi.rules.aspnet.RequireEncryptedDatabasePassword;
import dev.hardening.bizagi.rules.aspnet.RequireEventValidation;
import dev.hardening.bizagi.rules.aspnet.RequireFormsCookies;
import dev.hardening.bizagi.rules.aspnet.RequireFormsTicketProtection;
import dev.hardening.bizagi.rules.aspnet.RequireFrameOptions;
import dev.hardening.bizagi.rules.aspnet.RequireHeaderChecking;
import dev.hardening.bizagi.rules.aspnet.RequireHttpOnlyCookies;
import dev.hardening.bizagi.rules.aspnet.RequireHttpsProtocol;
import dev.hardening.bizagi.rules.aspnet.RequireIpAllowList;
import dev.hardening.bizagi.rules.aspnet.RequireModernRequestValidation;
import dev.hardening.bizagi.rules.aspnet.RequireRequestValidation;
import dev.hardening.bizagi.rules.aspnet.RequireSessionCookies;
import dev.hardening.bizagi.rules.aspnet.RequireSslAccess;
import dev.hardening.bizagi.rules.aspnet.RequireSslCookies;
import dev.hardening.bizagi.rules.aspnet.RequireSslFormsCookie;
import dev.hardening.bizagi.rules.aspnet.RequireSslRoleCookie;
import dev.hardening.bizagi.rules.aspnet.RequireStrictTransportSecurity;
import dev.hardening.bizagi.rules.aspnet.RequireStrongMachineKeyValidation;
import dev.hardening.bizagi.rules.aspnet.RequireViewStateEncryption;
import dev.hardening.bizagi.rules.aspnet.RequireViewStateMac;
import dev.hardening.bizagi.rules.aspnet.RestrictWebServicesFolder;
import dev.hardening.bizagi.rules.auth.AuthenticationRules;
import dev.hardening.bizagi.rules.jee.ForbidDirectoryListings;
import dev.hardening.bizagi.rules.jee.ForbidWebLogicUrlRewriting;
import dev.hardening.bizagi.rules.jee.LimitJBossSessionTimeout;
import dev.hardening.bizagi.rules.jee.LimitServletSessionTimeout;
import dev.hardening.bizagi.rules.jee.LimitUndertowSessionTimeout;
import dev.hardening.bizagi.rules.jee.LimitWebLogicSessionTimeout;
import dev.hardening.bizagi.rules.jee.RequireConfidentialTransport;
import dev.hardening.bizagi.rules.jee.RequireCookieSessionTracking;
import dev.hardening.bizagi.rules.jee.RequireErrorPage;
import dev.hardening.bizagi.rules.jee.RequireHttpOnlySessionCookie;
import dev.hardening.bizagi.rules.jee.RequireHttpsProtocolProperty;
import dev.hardening.bizagi.rules.jee.RequireJBossCookieTracking;
import dev.hardening.bizagi.rules.jee.RequireJBossHttpOnlyCookie;
import dev.hardening.bizagi.rules.jee.RequireJBossSecureCookie;
import dev.hardening.bizagi.rules.jee.RequireSecureSessionCookie;
import dev.hardening.bizagi.rules.jee.RequireUndertowHttpOnlyCookie;
import dev.hardening.bizagi.rules.jee.RequireUndertowSecureCookie;
import dev.hardening.bizagi.rules.jee.RequireWebLogicHttpOnlyCookie;
import dev.hardening.bizagi.rules.jee.RequireWebLogicSecureCookie;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Every rule the check runs, and the judgement of a deployment by all of them. */
public final class RuleCatalog {

    /** The most edits, besides case, that a mistyped id may be from a rule id and still be taken for it. */
    static final int MAX_TYPING_EDITS = 3;

    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private final List<Rule> rules;

    private RuleCatalog(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The catalog of every rule, web.config rules first, then JEE, then authentication. */
    public static RuleCatalog standard() {
        List<Rule> rules = new ArrayList<>(List.of(
                new RequireHttpsProtocol(),
                new LimitSessionTime(),
                new RequireHttpOnlyCookies(),
                new RequireSslCookies(),
                new RequireSslFormsCookie(),
                new RequireFormsCookies(),
                new RequireFormsTicketProtection(),
                new RequireViewStateEncryption(),
                new ForbidDebugCompilation(),
                new ForbidCustomErrorsOff(),
                new ForbidTracing(),
                new HideServerHeader(),
                new HidePoweredByHeader(),
                new HideAspNetVersionHeader(),
                new RequireIpAllowList(),
                new ForbidDuplicateCollectionEntries(),
                new RequireEncryptedDatabasePassword(),
                new ForbidSaDatabaseLogin(),
                new RestrictWebServicesFolder(),
                new ForbidFormsCrossAppRedirects(),
                new ForbidStoredFormsCredentials(),
                new ForbidClearFormsPasswords(),
                new RequireSslRoleCookie(),
                new RequireSessionCookies(),
                new ForbidStateServerSessions(),
                new RequireStrongMachineKeyValidation(),
                new ForbidClearTextMachineKeys(),
                new LimitTrustLevel(),
                new RequireHeaderChecking(),
                new RequireModernRequestValidation(),
                new RequireRequestValidation(),
                new RequireEventValidation(),
                new RequireViewStateMac(),
                new ForbidDirectoryBrowsing(),
                new ForbidWebDavAuthoring(),
                new ForbidDetailedHttpErrors(),
                new RequireStrictTransportSecurity(),
                new RequireFrameOptions(),
                new RequireContentTypeOptions(),
                new RequireContentLengthLimit(),
                new LimitUrlLength(),
                new LimitQueryStringLength(),
                new ForbidHighBitCharacters(),
                new ForbidDoubleEscaping(),
                new DenyTraceVerb(),
                new ForbidUnlistedFileExtensions(),
                new ForbidWriteWithScriptAccess(),
                new ForbidUnlistedIsapis(),
                new ForbidUnlistedCgis(),
                new RequireSslAccess(),
                new RequireHttpsProtocolProperty(),
                new LimitServletSessionTimeout(),
                new RequireHttpOnlySessionCookie(),
                new RequireSecureSessionCookie(),
                new RequireCookieSessionTracking(),
                new RequireConfidentialTransport(),
                new RequireErrorPage(),
                new ForbidDirectoryListings(),
                new RequireWebLogicSecureCookie(),
                new RequireWebLogicHttpOnlyCookie(),
                new LimitWebLogicSessionTimeout(),
                new ForbidWebLogicUrlRewriting(),
                new RequireJBossSecureCookie(),
                new RequireJBossHttpOnlyCookie(),
                new LimitJBossSessionTimeout(),
                new RequireJBossCookieTracking(),
                new RequireUndertowSecureCookie(),
                new RequireUndertowHttpOnlyCookie(),
                new LimitUndertowSessionTimeout()));
        rules.addAll(AuthenticationRules.all());
        return new RuleCatalog(rules);
    }

    /** A catalog of {@code rules}, in that order. */
    public static RuleCatalog of(List<Rule> rules) {
        return new RuleCatalog(rules);
    }

    /** The rules, in catalog order. */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * Whether a rule of the catalog has the id {@code id}, spelled exactly.
     */
    public boolean has(String id) {
        return rules.stream().anyMatch(rule -> rule.id().equals(id));
    }

    /**
     * The id that {@code unknown} is most likely a mistyping of: the nearest in edits, case ignored, when
     * it is at most {@value #MAX_TYPING_EDITS} edits away; empty when none is that near, as a farther
     * id would be a guess.
     */
    public Optional<String> closestId(String unknown) {
        return closestId(rules.stream().map(Rule::id).toList(), unknown);
    }

    /** The id of {@code ids} nearest to {@code unknown}, as {@link #closestId(String)} chooses it. */
    public static Optional<String> closestId(Collection<String> ids, String unknown) {
        String typed = unknown.strip().toUpperCase(Locale.ROOT);
        return ids.stream()
                .min(Comparator.comparingInt((String id) -> LEVENSHTEIN.apply(id, typed))
                        .thenComparing(Comparator.naturalOrder()))
                .filter(id -> LEVENSHTEIN.apply(id, typed) <= MAX_TYPING_EDITS);
    }

    /**
     * Runs every rule {@code selection} keeps on {@code deployment}, giving each finding the severity
     * the selection gives its rule. A gap that several folders inherit from the same file is reported
     * once, at that file.
     *
     * @return the findings, in report order, without duplicates
     */
    public List<Finding> judge(Deployment deployment, Policy policy, RuleSelection selection) {
        Set<Finding> findings = new LinkedHashSet<>();
        for (ActiveRule active : selection.active()) {
            for (Finding finding : active.rule().check(deployment, policy)) {
                findings.add(finding.withSeverity(active.severity()));
            }
        }
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(Finding.REPORT_ORDER);
        return ordered;
    }

    /** Runs every rule with the severity of the default profile. */
    public List<Finding> judge(Deployment deployment, Policy policy) {
        return judge(deployment, policy, RuleSelection.of(this, Profile.BIZAGI, Map.of()));
    }
}

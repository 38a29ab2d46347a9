package dev.hardening.bizagi.model;

import dev.hardening.bizagi.parse.MalformedDescriptorException;
import dev.hardening.bizagi.parse.SourceComment;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything the rules judge: the effective configuration of each folder holding a web.config, each
 * web.xml, each bizagi-config.properties, each weblogic.xml, each jboss-all.xml, each JBoss server
 * configuration (standalone.xml, domain.xml), and the authentication settings the project declares.
 *
 * @param webConfigs one effective configuration per web.config found
 * @param webXmls every servlet deployment descriptor found
 * @param bizagiConfigs every bizagi-config.properties found
 * @param authentication the declared authentication settings
 * @param malformed the files that could not be parsed, and why
 * @param filesRead how many configuration files were judged, the authentication settings included
 * @param webLogicXmls every WebLogic {@code weblogic.xml} found
 * @param jbossAllXmls every JBoss {@code META-INF/jboss-all.xml} found
 * @param undertowConfigs every JBoss {@code standalone*.xml} and {@code domain*.xml} found, for their
 *     undertow subsystem
 * @param comments the comments of every file read (companions, transforms and parameter files
 *     included), by display path, for inline suppressions
 * @param notJudged the files the includes took in that were not judged, each with its root element in
 *     brackets: read as web.config or web.xml, they have another root and configure nothing the server
 *     runs ({@code NLog.config (<nlog>)})
 * @param applicationsJudgedNowhere the applications the project names, as written, that lie under no
 *     folder holding a web.config in the package or folder read, so they change nothing judged: a
 *     misspelt path, or one not written from the package's root
 */
public record Deployment(
        List<EffectiveWebConfig> webConfigs,
        List<WebXml> webXmls,
        List<PropertiesFile> bizagiConfigs,
        AuthenticationSettings authentication,
        List<MalformedDescriptorException> malformed,
        int filesRead,
        List<WebLogicXml> webLogicXmls,
        List<JBossAllXml> jbossAllXmls,
        List<UndertowConfig> undertowConfigs,
        Map<String, List<SourceComment>> comments,
        List<String> notJudged,
        List<String> applicationsJudgedNowhere) {

    public Deployment {
        comments = Map.copyOf(comments);
        webConfigs = List.copyOf(webConfigs);
        webLogicXmls = List.copyOf(webLogicXmls);
        jbossAllXmls = List.copyOf(jbossAllXmls);
        undertowConfigs = List.copyOf(undertowConfigs);
        webXmls = List.copyOf(webXmls);
        bizagiConfigs = List.copyOf(bizagiConfigs);
        malformed = List.copyOf(malformed);
        notJudged = List.copyOf(notJudged);
        applicationsJudgedNowhere = List.copyOf(applicationsJudgedNowhere);
    }

    /** The files findings may name that the package lacks: the web.xml of each war without one. */
    public Set<String> absentFiles() {
        return webXmls.stream().filter(WebXml::absent).map(WebXml::file).collect(Collectors.toSet());
    }

    /**
     * Whether nothing was found to judge: no web.config, web.xml (a war's absent one included),
     * properties or server file, and no file that could not be read.
     */
    public boolean judgesNothing() {
        return webConfigs.isEmpty()
                && webXmls.isEmpty()
                && bizagiConfigs.isEmpty()
                && webLogicXmls.isEmpty()
                && jbossAllXmls.isEmpty()
                && undertowConfigs.isEmpty()
                && malformed.isEmpty();
    }
}

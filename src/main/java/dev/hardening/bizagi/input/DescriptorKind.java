package dev.hardening.bizagi.input;

import java.util.Locale;

/** The configuration files the check reads, told apart by file name. */
public enum DescriptorKind {
    /** An ASP.NET / IIS {@code web.config}. */
    WEB_CONFIG,
    /** A servlet deployment descriptor, {@code WEB-INF/web.xml}. */
    WEB_XML,
    /** Bizagi's JEE settings, {@code bizagi-config.properties}. */
    BIZAGI_CONFIG,
    /**
     * WebLogic's server descriptor for a web application, {@code WEB-INF/weblogic.xml}, whose
     * {@code session-descriptor} sets the session cookie and time-out beside web.xml.
     */
    WEBLOGIC_XML,
    /**
     * JBoss EAP 7 and WildFly's descriptor for a whole deployment, {@code META-INF/jboss-all.xml}, whose
     * {@code shared-session-config} sets the session and its cookie for every war of an ear.
     */
    JBOSS_ALL_XML,
    /**
     * A JBoss EAP 7 or WildFly server configuration kept with the deployment,
     * {@code configuration/standalone*.xml} or {@code configuration/domain*.xml}, whose undertow
     * subsystem sets the servlet containers' default session time-out and session cookie.
     */
    JBOSS_SERVER_XML,
    /**
     * A file the others refer to or that changes them before they run, read but never judged on its
     * own: an external section ({@code appSettings file}, {@code configSource}), an XDT transform
     * ({@code Web.Release.config}), Web Deploy's {@code parameters.xml} and {@code SetParameters.xml},
     * a servlet {@code web-fragment.xml}.
     */
    COMPANION;

    /** {@code Web.Release.config} and the like: XDT transforms, never configurations themselves. */
    private static final java.util.regex.Pattern TRANSFORM = java.util.regex.Pattern.compile("web\\..+\\.config");

    /**
     * Tells the kind of a selected file from its name: {@code .config} files are read as web.config
     * (except transforms such as {@code Web.Release.config}), {@code weblogic.xml} as WebLogic's
     * descriptor, {@code jboss-all.xml} as JBoss's, {@code standalone*.xml} and {@code domain*.xml} as JBoss server
     * configurations (but not in a {@code WEB-INF} folder, where such a name is a web.xml a war includes), other {@code .xml} files as web.xml and {@code .properties} files as
     * bizagi-config.properties.
     *
     * @param path the file's path, with forward slashes
     * @return the kind, or {@code null} when the name has none of those endings
     */
    public static DescriptorKind ofPath(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (TRANSFORM.matcher(name).matches()) {
            return COMPANION;
        }
        if (name.endsWith(".config")) {
            return WEB_CONFIG;
        }
        if (name.equals("weblogic.xml")) {
            return WEBLOGIC_XML;
        }
        if (name.equals("jboss-all.xml")) {
            return JBOSS_ALL_XML;
        }
        if (name.endsWith(".xml")
                && (name.startsWith("standalone") || name.startsWith("domain"))
                && !("/" + path.toLowerCase(Locale.ROOT)).contains("/web-inf/")) {
            return JBOSS_SERVER_XML;
        }
        if (name.endsWith(".xml")) {
            return WEB_XML;
        }
        if (name.endsWith(".properties")) {
            return BIZAGI_CONFIG;
        }
        return null;
    }
}

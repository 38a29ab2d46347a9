package dev.hardening.bizagi.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The plugin as the reports name it: its artifact id, version and home page, filtered into
 * {@code tool.properties} from the POM when the plugin is built.
 *
 * @param name the artifact id, such as {@code bizagi-hardening-maven-plugin}
 * @param version the plugin's version
 * @param url the project's home page, under which the rule pages live in {@code docs/rules/}
 */
public record ToolInfo(String name, String version, String url) {

    /** The plugin that is running. */
    public static ToolInfo current() {
        Properties properties = new Properties();
        try (InputStream in = ToolInfo.class.getResourceAsStream("tool.properties")) {
            if (in == null) {
                throw new IllegalStateException("tool.properties is missing beside " + ToolInfo.class.getName());
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ToolInfo(
                properties.getProperty("name"), properties.getProperty("version"), properties.getProperty("url"));
    }

    /** The address of the page that documents {@code ruleId}. */
    public String ruleUrl(String ruleId) {
        return url + "/blob/main/docs/rules/" + ruleId + ".md";
    }
}

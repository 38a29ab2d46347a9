package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.input.DescriptorKind;
import dev.hardening.bizagi.model.AuthenticationSettings;
import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.DeploymentReader;
import dev.hardening.bizagi.parse.LocatedProperties;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A deployment built in memory from web.config texts, for tests that assert a rule's messages. */
final class Portal {

    private final List<Descriptor> files = new ArrayList<>();
    private String authentication = "session.timeMinutes=5\n";

    /** Adds a web.config at {@code path} inside the {@code portal} folder. */
    Portal webConfig(String path, String xml) {
        files.add(
                new Descriptor(DescriptorKind.WEB_CONFIG, "portal", path, false, xml.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /** Replaces the declared authentication settings. */
    Portal authentication(String properties) {
        this.authentication = properties;
        return this;
    }

    Deployment deployment() {
        AuthenticationSettings settings = new AuthenticationSettings(
                LocatedProperties.read(authentication.getBytes(StandardCharsets.UTF_8), "authentication.properties"));
        return new DeploymentReader().read(files, settings);
    }
}

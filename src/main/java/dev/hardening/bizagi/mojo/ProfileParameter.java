package dev.hardening.bizagi.mojo;

import dev.hardening.bizagi.rules.Profile;
import org.apache.maven.plugin.MojoExecutionException;

/** Reads the {@code profile} parameter that the check and rules goals share. */
final class ProfileParameter {

    private ProfileParameter() {}

    /** The profile labelled {@code label}, or the configuration error that names the labels allowed. */
    static Profile resolve(String label) throws MojoExecutionException {
        return Profile.named(label)
                .orElseThrow(() -> new MojoExecutionException("Invalid plugin configuration: profile"
                        + " (bizagi.hardening.profile) is \"" + label + "\"; it must be one of " + Profile.labels()
                        + "."));
    }
}

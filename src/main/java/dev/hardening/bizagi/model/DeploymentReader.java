package dev.hardening.bizagi.model;

import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.parse.LocatedProperties;
import dev.hardening.bizagi.parse.MalformedDescriptorException;
import dev.hardening.bizagi.parse.SafeXmlReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the files found into a {@link Deployment}, joining each web.config with those of the folders
 * above it in the same archive or folder. A file that cannot be parsed is recorded, not thrown, so
 * that the other files are still judged.
 */
public final class DeploymentReader {

    private final SafeXmlReader xml = new SafeXmlReader();

    /**
     * @param descriptors the files found, in any order
     * @param authentication the declared authentication settings
     */
    public Deployment read(List<Descriptor> descriptors, AuthenticationSettings authentication) {
        List<Descriptor> ordered = new ArrayList<>(descriptors);
        ordered.sort(Comparator.comparing(Descriptor::container).thenComparing(Descriptor::path));

        List<WebConfigFile> webConfigFiles = new ArrayList<>();
        List<WebXml> webXmls = new ArrayList<>();
        List<PropertiesFile> bizagiConfigs = new ArrayList<>();
        List<MalformedDescriptorException> malformed = new ArrayList<>();
        for (Descriptor descriptor : ordered) {
            try {
                switch (descriptor.kind()) {
                    case WEB_CONFIG -> webConfigFiles.add(new WebConfigFile(descriptor, parse(descriptor)));
                    case WEB_XML -> webXmls.add(new WebXml(descriptor, parse(descriptor)));
                    case BIZAGI_CONFIG -> bizagiConfigs.add(new PropertiesFile(
                            LocatedProperties.read(descriptor.content(), descriptor.displayPath())));
                }
            } catch (MalformedDescriptorException e) {
                malformed.add(e);
            }
        }
        return new Deployment(
                effectiveConfigs(webConfigFiles),
                webXmls,
                bizagiConfigs,
                authentication,
                malformed,
                descriptors.size() + 1);
    }

    private LocatedElement parse(Descriptor descriptor) throws MalformedDescriptorException {
        return (LocatedElement) xml.read(descriptor.content(), descriptor.displayPath()).getRootElement();
    }

    /** Joins each file with the files of the folders above it in the same container. */
    private static List<EffectiveWebConfig> effectiveConfigs(List<WebConfigFile> files) {
        Map<String, WebConfigFile> byFolder = new LinkedHashMap<>();
        for (WebConfigFile file : files) {
            byFolder.put(key(file.descriptor().container(), file.descriptor().folder()), file);
        }
        List<EffectiveWebConfig> configs = new ArrayList<>();
        for (WebConfigFile file : files) {
            List<WebConfigFile> chain = new ArrayList<>();
            String container = file.descriptor().container();
            String folder = file.descriptor().folder();
            while (true) {
                WebConfigFile atFolder = byFolder.get(key(container, folder));
                if (atFolder != null) {
                    chain.add(0, atFolder);
                }
                if (folder.isEmpty()) {
                    break;
                }
                int slash = folder.lastIndexOf('/');
                folder = slash < 0 ? "" : folder.substring(0, slash);
            }
            configs.add(new EffectiveWebConfig(chain));
        }
        return configs;
    }

    private static String key(String container, String folder) {
        return container + "\u0000" + folder.toLowerCase(java.util.Locale.ROOT);
    }
}

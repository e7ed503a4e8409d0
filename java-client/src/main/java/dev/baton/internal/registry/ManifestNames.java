package dev.baton.internal.registry;

import dev.baton.model.DeploymentManifest;
import java.util.Map;

/**
 * Turns addresses read from chain back into the names a request uses: token symbols and contract
 * names from the manifest. An address the manifest does not know is kept as the address itself.
 */
public final class ManifestNames {

    private ManifestNames() {}

    public static String tokenSymbol(String address, DeploymentManifest manifest) {
        return nameOf(address, manifest.tokens());
    }

    public static String contractName(String address, DeploymentManifest manifest) {
        return nameOf(address, manifest.contracts());
    }

    private static String nameOf(String address, Map<String, String> names) {
        return names.entrySet().stream()
                .filter(e -> e.getValue().equalsIgnoreCase(address))
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst()
                .orElse(address);
    }
}

package dev.baton.cli.devnet;

import dev.baton.model.DeploymentManifest;
import dev.baton.tx.EthNode;
import dev.baton.types.Address;
import java.util.ArrayList;
import java.util.List;

/** What the chain says about an existing manifest before a deployment resumes it. */
final class DeployResume {
    private DeployResume() {}

    /** True when no contract or token of {@code manifest} has code on the node's chain. */
    static boolean nothingOnChain(DeploymentManifest manifest, EthNode node) {
        List<String> addresses = new ArrayList<>(manifest.contracts().values());
        addresses.addAll(manifest.tokens().values());
        for (String address : addresses) {
            String code = node.code(Address.parse("manifest address", address));
            if (code != null && code.length() > 2 && !code.replace("0", "").equals("x")) {
                return false;
            }
        }
        return true;
    }
}

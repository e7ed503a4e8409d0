package dev.baton.devnet.deploy;

import dev.baton.devnet.DevnetException;
import dev.baton.model.DeploymentManifest;
import dev.baton.types.Address;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which entries of an earlier run's manifest a deployment keeps. An entry is kept when the chain
 * has code at its address; an entry without code means the manifest does not describe this chain
 * (another chain with the same id, or a devnet restarted from scratch), and the deployment stops
 * rather than mix two suites.
 */
final class Resumption {
    private final DeploymentManifest previous;
    private final Function<Address, String> codeAt;

    /**
     * @param previous the earlier manifest, or null for a fresh deployment
     * @param codeAt {@code eth_getCode} at the latest block (0x hex, "0x" when there is none)
     */
    Resumption(DeploymentManifest previous, long chainId, Function<Address, String> codeAt) {
        if (previous != null && previous.chainId() != chainId) {
            throw new DevnetException(
                    "the manifest to resume is for chain "
                            + previous.chainId()
                            + " but the node is chain "
                            + chainId
                            + ": give another manifest file for this chain");
        }
        this.previous = previous;
        this.codeAt = codeAt;
    }

    /** The address of contract {@code name} from the earlier run, when it is there and has code. */
    Optional<Address> contract(String name) {
        return previous == null
                ? Optional.empty()
                : kept("contracts." + name, previous.contracts(), name);
    }

    /** The address of token {@code symbol} from the earlier run, when it is there and has code. */
    Optional<Address> token(String symbol) {
        return previous == null
                ? Optional.empty()
                : kept("tokens." + symbol, previous.tokens(), symbol);
    }

    /** The earlier run's record of how {@code name} was created, if it has one. */
    Optional<DeploymentManifest.ContractDeployment> deployment(String name) {
        return previous == null
                ? Optional.empty()
                : Optional.ofNullable(previous.deployments().get(name));
    }

    private Optional<Address> kept(String field, Map<String, String> entries, String key) {
        String recorded = entries.get(key);
        if (recorded == null) {
            return Optional.empty();
        }
        Address address = Address.parse("manifest " + field, recorded);
        if (!hasCode(codeAt.apply(address))) {
            throw new DevnetException(
                    "manifest entry '"
                            + field
                            + "' at "
                            + address
                            + " has no code on chain "
                            + previous.chainId()
                            + ": the manifest is not from this chain (or the chain was reset); remove the "
                            + "entry or write the deployment to another manifest file");
        }
        return Optional.of(address);
    }

    static boolean hasCode(String code) {
        return code != null && code.length() > 2 && !code.replace("0", "").equals("x");
    }
}

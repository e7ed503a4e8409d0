package dev.baton.client;

import dev.baton.errors.AbiDecodingException;
import dev.baton.errors.ContractRevertException;
import dev.baton.internal.abi.AbiCall;
import dev.baton.internal.registry.Mechanisms;
import dev.baton.internal.registry.RegistryAbi;
import dev.baton.internal.registry.StoredRollup;
import dev.baton.internal.vault.VaultAbi;
import dev.baton.tx.CallRequest;
import dev.baton.tx.EthNode;
import dev.baton.types.Address;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a lock's module to its rollup: the module's {@code rollupId()}, confirmed by the
 * registry record of that rollup naming the same module (a contract cannot claim another rollup).
 * Every read is at one block; a module that does not answer (reverts or returns no id), or that the
 * registry does not confirm, stays unresolved. Resolutions are cached per instance.
 */
final class StakeModules {
    private final EthNode node;
    private final Address registry;
    private final long atBlock;
    private final Map<Address, StakeModule> cache = new HashMap<>();

    /**
     * @param registry the RollupRegistry, or null when the deployment has none (every module stays
     *     unresolved)
     */
    StakeModules(EthNode node, Address registry, long atBlock) {
        this.node = node;
        this.registry = registry;
        this.atBlock = atBlock;
    }

    StakeModule resolve(Address module) {
        return cache.computeIfAbsent(module, this::lookUp);
    }

    private StakeModule lookUp(Address module) {
        if (registry == null) {
            return StakeModule.unresolved(module);
        }
        Optional<Long> rollupId = read(module, VaultAbi.rollupId());
        if (rollupId.isEmpty() || rollupId.get() == 0) {
            return StakeModule.unresolved(module);
        }
        Optional<StoredRollup> stored = read(registry, RegistryAbi.rollup(rollupId.get()));
        if (stored.isEmpty() || !Address.of(stored.get().module()).equals(module)) {
            return StakeModule.unresolved(module);
        }
        try {
            return StakeModule.of(
                    module, rollupId.get(), Mechanisms.of(stored.get().mechanismId()));
        } catch (IllegalStateException unknownMechanism) {
            return StakeModule.unresolved(module);
        }
    }

    /**
     * The call's decoded result, or empty when the contract reverts or answers something else (not
     * a module).
     */
    private <T> Optional<T> read(Address to, AbiCall<T> call) {
        try {
            return Optional.of(
                    call.decode(
                            node.callAt(new CallRequest(null, to, call.data(), null), atBlock)));
        } catch (ContractRevertException | AbiDecodingException | ArithmeticException notAModule) {
            return Optional.empty();
        }
    }
}

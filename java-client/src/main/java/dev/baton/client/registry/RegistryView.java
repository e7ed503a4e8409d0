package dev.baton.client.registry;

import dev.baton.internal.abi.AbiCall;
import dev.baton.internal.registry.MechanismParamsCodec;
import dev.baton.internal.registry.Mechanisms;
import dev.baton.internal.registry.RegistryAbi;
import dev.baton.internal.registry.StoredRollup;
import dev.baton.internal.registry.TimelockAbi;
import dev.baton.model.DeploymentManifest;
import dev.baton.model.request.Selection;
import dev.baton.types.Address;
import java.util.ArrayList;
import java.util.List;

/** Read-only queries of the RollupRegistry and its modules: needs no signer. */
public final class RegistryView {

    /** The manifest entry naming the registry. */
    public static final String CONTRACT = "RollupRegistry";

    private final ContractReader reader;
    private final Address registry;
    private final DeploymentManifest manifest;

    public RegistryView(ContractReader reader, Address registry, DeploymentManifest manifest) {
        this.reader = reader;
        this.registry = registry;
        this.manifest = manifest;
    }

    public Address registry() {
        return registry;
    }

    /** How many rollups were registered; ids run from 1 to this. */
    public long rollupCount() {
        return read(registry, RegistryAbi.rollupCount());
    }

    /**
     * Rollup {@code id} with its request rebuilt from chain; an unknown id throws the registry's
     * typed error.
     */
    public RollupInfo rollup(long id) {
        StoredRollup stored = read(registry, RegistryAbi.rollup(id));
        Address module = Address.of(stored.module());
        Selection selection =
                read(
                        module,
                        MechanismParamsCodec.params(Mechanisms.of(stored.mechanismId()), manifest));
        return new RollupInfo(
                id,
                Address.of(stored.owner()),
                Address.of(stored.pendingOwner()),
                module,
                stored.paused(),
                StoredRequests.toRequest(
                        stored, selection, manifest, a -> decimals(Address.of(a))));
    }

    /**
     * Rollup {@code id}'s module and mechanism from the registry record only; an unknown id throws
     * the registry's typed error.
     */
    public ModuleRef moduleOf(long id) {
        StoredRollup stored = read(registry, RegistryAbi.rollup(id));
        return new ModuleRef(id, Address.of(stored.module()), Mechanisms.of(stored.mechanismId()));
    }

    /** Up to {@code limit} rollups from id {@code fromId} on, in id order. */
    public List<RollupInfo> rollups(long fromId, int limit) {
        if (fromId < 1) {
            throw new IllegalArgumentException("rollup ids start at 1, was " + fromId);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        long last = Math.min(rollupCount(), fromId + limit - 1);
        List<RollupInfo> rollups = new ArrayList<>();
        for (long id = fromId; id <= last; id++) {
            rollups.add(rollup(id));
        }
        return rollups;
    }

    /** An ERC-20's {@code decimals()}: how many token units make one whole token. */
    public int decimals(Address token) {
        return read(token, RegistryAbi.decimals());
    }

    /** {@link #decimals(Address)} of a manifest token by symbol. */
    public int decimals(String symbol) {
        return decimals(Address.parse("manifest tokens." + symbol, manifest.token(symbol)));
    }

    /** The registry's owner: the governance timelock. */
    public Address governance() {
        return read(registry, RegistryAbi.owner());
    }

    /** The governance timelock's delay in seconds. */
    public long governanceDelay() {
        return read(governance(), TimelockAbi.minDelay());
    }

    /**
     * When a scheduled governance operation becomes executable (seconds since the epoch; 0 unknown,
     * 1 done).
     */
    public long operationReadyAt(GovernanceCall call) {
        return read(governance(), TimelockAbi.timestamp(call.operationIdBytes()));
    }

    private <T> T read(Address to, AbiCall<T> call) {
        return call.decode(reader.call(to, call.data()));
    }
}

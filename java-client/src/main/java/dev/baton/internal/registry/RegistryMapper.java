package dev.baton.internal.registry;

import static dev.baton.internal.abi.AbiValues.uint128;
import static dev.baton.internal.abi.AbiValues.uint32;
import static dev.baton.internal.abi.AbiValues.uint8;
import static dev.baton.internal.abi.AbiValues.uint96;

import dev.baton.internal.abi.AbiValues;
import dev.baton.internal.contracts.RollupRegistry;
import dev.baton.model.DeploymentManifest;
import dev.baton.model.request.RollupRequest;
import java.util.List;
import java.util.Locale;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.utils.Numeric;

/**
 * Between Baton's records and the generated {@code RollupRegistry} structs: a resolved request to
 * the wrapper's {@code Request} (narrow fields range-checked by name), the wrapper's {@code Rollup}
 * to {@link StoredRollup}.
 */
public final class RegistryMapper {

    private static final String R = "RollupRegistry Request.";

    private RegistryMapper() {}

    /**
     * The {@code register} argument of a resolved request; names are resolved through {@code
     * manifest}.
     */
    public static RollupRegistry.Request request(
            ResolvedRequest resolved, DeploymentManifest manifest) {
        RollupRequest r = resolved.request();
        RollupRegistry.Descriptor descriptor =
                new RollupRegistry.Descriptor(
                        uint8(R + "descriptor.settlementLayer", r.settlementLayer().ordinal()),
                        uint8(R + "descriptor.daLayer", r.daLayer().ordinal()),
                        uint8(R + "descriptor.vm", r.vm().ordinal()),
                        uint8(R + "descriptor.rollupType", r.type().ordinal()),
                        uint8(R + "descriptor.purpose", r.purpose().ordinal()));
        List<RollupRegistry.StakeToken> tokens =
                resolved.tokens().stream()
                        .map(
                                t ->
                                        new RollupRegistry.StakeToken(
                                                AbiValues.address(R + "tokens.token", t.address()),
                                                uint128(R + "tokens.minStake", t.minStake()),
                                                uint96(R + "tokens.weight", t.weight())))
                        .toList();
        return new RollupRegistry.Request(
                descriptor,
                uint32(R + "minSequencers", r.nbSequencers().min()),
                uint32(R + "maxSequencers", r.nbSequencers().max()),
                new DynamicArray<>(RollupRegistry.StakeToken.class, tokens),
                new Bytes32(Mechanisms.id(resolved.selection().mechanism())),
                new DynamicBytes(MechanismParamsCodec.encode(resolved.selection(), manifest)));
    }

    /** The registry's record of a rollup, as the wrapper decoded it. */
    public static StoredRollup stored(RollupRegistry.Rollup rollup) {
        RollupRegistry.Descriptor d = rollup.descriptor;
        List<Integer> descriptor =
                List.of(
                        d.settlementLayer.intValueExact(),
                        d.daLayer.intValueExact(),
                        d.vm.intValueExact(),
                        d.rollupType.intValueExact(),
                        d.purpose.intValueExact());
        List<StoredRollup.StoredToken> tokens =
                rollup.tokens.stream()
                        .map(
                                t ->
                                        new StoredRollup.StoredToken(
                                                lower(t.token), t.minStake, t.weight))
                        .toList();
        return new StoredRollup(
                lower(rollup.owner),
                lower(rollup.pendingOwner),
                lower(rollup.module),
                Numeric.toHexString(rollup.mechanism),
                rollup.paused,
                descriptor,
                rollup.minSequencers.longValueExact(),
                rollup.maxSequencers.longValueExact(),
                tokens);
    }

    private static String lower(String address) {
        return address.toLowerCase(Locale.ROOT);
    }
}

package dev.baton.internal.registry;

import dev.baton.events.RawLog;
import dev.baton.internal.abi.AbiCall;
import dev.baton.internal.abi.AbiEventDecoder;
import dev.baton.internal.abi.AbiValues;
import dev.baton.internal.abi.Wrappers;
import dev.baton.internal.contracts.BatonToken;
import dev.baton.internal.contracts.RollupRegistry;
import dev.baton.model.DeploymentManifest;
import dev.baton.types.Address;
import java.math.BigInteger;
import java.util.Optional;
import org.web3j.abi.EventEncoder;

/**
 * RollupRegistry calls through the generated {@link RollupRegistry} wrapper (calldata from its
 * functions, results decoded with its output types) and the {@code RollupRegistered} event through
 * its generated event definition. Also an ERC-20's {@code decimals()} through the {@link
 * BatonToken} wrapper.
 */
public final class RegistryAbi {

    private static final RollupRegistry REGISTRY = Wrappers.codec(RollupRegistry::load);
    private static final BatonToken TOKEN = Wrappers.codec(BatonToken::load);

    /** topic0 of {@code RollupRegistered}, from the generated event definition. */
    public static final String ROLLUP_REGISTERED_TOPIC =
            EventEncoder.encode(RollupRegistry.ROLLUPREGISTERED_EVENT);

    private RegistryAbi() {}

    /** {@code register(request)} calldata of a resolved request. */
    public static String register(ResolvedRequest resolved, DeploymentManifest manifest) {
        return REGISTRY.register(RegistryMapper.request(resolved, manifest)).encodeFunctionCall();
    }

    public static AbiCall<StoredRollup> rollup(long rollupId) {
        var call = REGISTRY.rollup(id(rollupId));
        return new AbiCall<>(
                call.encodeFunctionCall(),
                result ->
                        RegistryMapper.stored(
                                Wrappers.single(
                                        "RollupRegistry.rollup",
                                        call,
                                        result,
                                        RollupRegistry.Rollup.class)));
    }

    public static AbiCall<Long> rollupCount() {
        var call = REGISTRY.rollupCount();
        return new AbiCall<>(
                call.encodeFunctionCall(),
                result ->
                        Wrappers.uint("RollupRegistry.rollupCount", call, result).longValueExact());
    }

    /** The registry's owner: the governance timelock. */
    public static AbiCall<Address> owner() {
        var call = REGISTRY.owner();
        return new AbiCall<>(
                call.encodeFunctionCall(),
                result -> Address.of(Wrappers.address("RollupRegistry.owner", call, result)));
    }

    /** An ERC-20's {@code decimals()}. */
    public static AbiCall<Integer> decimals() {
        var call = TOKEN.decimals();
        return new AbiCall<>(
                call.encodeFunctionCall(),
                result -> Wrappers.uint("ERC20.decimals", call, result).intValueExact());
    }

    public static String pause(long rollupId) {
        return REGISTRY.pause(id(rollupId)).encodeFunctionCall();
    }

    public static String unpause(long rollupId) {
        return REGISTRY.unpause(id(rollupId)).encodeFunctionCall();
    }

    public static String evict(long rollupId, Address participant) {
        return REGISTRY.evict(id(rollupId), participant.lowerHex()).encodeFunctionCall();
    }

    public static String reinstate(long rollupId, Address participant) {
        return REGISTRY.reinstate(id(rollupId), participant.lowerHex()).encodeFunctionCall();
    }

    /**
     * Rollup id, owner and module of a {@code RollupRegistered} log (its three indexed topics);
     * empty for any other log.
     */
    public static Optional<Registered> registered(RawLog log) {
        return AbiEventDecoder.indexed(RollupRegistry.ROLLUPREGISTERED_EVENT, log)
                .map(
                        values ->
                                new Registered(
                                        ((BigInteger) values.get(0)).longValueExact(),
                                        Address.of((String) values.get(1)),
                                        Address.of((String) values.get(2))));
    }

    /** What a {@code RollupRegistered} event's topics say. */
    public record Registered(long rollupId, Address owner, Address module) {}

    private static BigInteger id(long rollupId) {
        return AbiValues.checked("rollupId", BigInteger.valueOf(rollupId), 64);
    }
}

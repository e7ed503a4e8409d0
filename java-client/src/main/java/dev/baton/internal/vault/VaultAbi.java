package dev.baton.internal.vault;

import dev.baton.errors.AbiDecodingException;
import dev.baton.internal.abi.AbiCall;
import dev.baton.internal.abi.Wrappers;
import dev.baton.internal.contracts.IRollupModule;
import dev.baton.internal.contracts.StakeVault;
import dev.baton.types.Address;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Type;

/**
 * StakeVault reads through the generated {@link StakeVault} wrapper (calldata from its functions,
 * results decoded with its output types), and a module's {@code rollupId()} through the generated
 * {@link IRollupModule} wrapper.
 */
public final class VaultAbi {

    private static final StakeVault VAULT = Wrappers.codec(StakeVault::load);
    private static final IRollupModule MODULE = Wrappers.codec(IRollupModule::load);

    /** {@code balanceOf}: free, locked, pending and withdrawableAt, as integers. */
    public record RawBalance(
            BigInteger free, BigInteger locked, BigInteger pending, BigInteger withdrawableAt) {}

    /** One {@code locksOf} entry. */
    public record RawLock(
            String module, BigInteger amount, BigInteger until, BigInteger slashableUntil) {}

    /**
     * {@code lockedFor}: live locks of the module, and everything it can still slash (live plus
     * tails).
     */
    public record RawLockedFor(BigInteger locked, BigInteger slashable) {}

    private VaultAbi() {}

    public static AbiCall<RawBalance> balanceOf(Address staker, Address token) {
        var call = VAULT.balanceOf(staker.lowerHex(), token.lowerHex());
        return new AbiCall<>(
                call.encodeFunctionCall(),
                result -> {
                    StakeVault.Balance b =
                            Wrappers.single(
                                    "StakeVault.balanceOf", call, result, StakeVault.Balance.class);
                    return new RawBalance(b.free, b.locked, b.pending, b.withdrawableAt);
                });
    }

    public static AbiCall<List<RawLock>> locksOf(Address staker, Address token) {
        var call = VAULT.locksOf(staker.lowerHex(), token.lowerHex());
        return new AbiCall<>(
                call.encodeFunctionCall(),
                result -> {
                    DynamicArray<?> array =
                            Wrappers.single("StakeVault.locksOf", call, result, DynamicArray.class);
                    return array.getValue().stream()
                            .map(
                                    value -> {
                                        if (!(value instanceof StakeVault.ModuleLock lock)) {
                                            throw new AbiDecodingException(
                                                    "StakeVault.locksOf result",
                                                    result,
                                                    new IllegalArgumentException(
                                                            "expected ModuleLock, got "
                                                                    + value.getClass()
                                                                            .getSimpleName()));
                                        }
                                        return new RawLock(
                                                lock.module,
                                                lock.amount,
                                                lock.until,
                                                lock.slashableUntil);
                                    })
                            .toList();
                });
    }

    public static AbiCall<RawLockedFor> lockedFor(Address staker, Address token, Address module) {
        var call = VAULT.lockedFor(staker.lowerHex(), token.lowerHex(), module.lowerHex());
        return new AbiCall<>(
                call.encodeFunctionCall(),
                result -> {
                    List<Type> values = Wrappers.decode("StakeVault.lockedFor", call, result, 2);
                    return new RawLockedFor(
                            (BigInteger) values.get(0).getValue(),
                            (BigInteger) values.get(1).getValue());
                });
    }

    public static AbiCall<Long> withdrawalDelay() {
        var call = VAULT.withdrawalDelay();
        return new AbiCall<>(
                call.encodeFunctionCall(),
                result ->
                        Wrappers.uint("StakeVault.withdrawalDelay", call, result).longValueExact());
    }

    public static AbiCall<Boolean> isTokenAllowed(Address token) {
        var call = VAULT.isTokenAllowed(token.lowerHex());
        return new AbiCall<>(
                call.encodeFunctionCall(),
                result -> {
                    Object value =
                            Wrappers.single("StakeVault.isTokenAllowed", call, result, Type.class)
                                    .getValue();
                    if (value instanceof Boolean b) {
                        return b;
                    }
                    throw new AbiDecodingException(
                            "StakeVault.isTokenAllowed result",
                            result,
                            new IllegalArgumentException("not a bool"));
                });
    }

    /** A module's {@code rollupId()} (what it claims; the registry confirms it). */
    public static AbiCall<Long> rollupId() {
        var call = MODULE.rollupId();
        return new AbiCall<>(
                call.encodeFunctionCall(),
                result -> Wrappers.uint("IRollupModule.rollupId", call, result).longValueExact());
    }
}

package dev.baton.internal.registry;

import dev.baton.internal.abi.AbiCall;
import dev.baton.internal.abi.AbiValues;
import dev.baton.internal.abi.Wrappers;
import dev.baton.internal.contracts.BatonTimelock;
import java.math.BigInteger;
import java.util.Arrays;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * The governance timelock (OpenZeppelin's {@code TimelockController}) through the generated {@link
 * BatonTimelock} wrapper: schedule and execute one call to a target with no value and no
 * predecessor, and read the delay and an operation's timestamp.
 */
public final class TimelockAbi {

    private static final BatonTimelock TIMELOCK = Wrappers.codec(BatonTimelock::load);
    private static final byte[] NO_PREDECESSOR = new byte[32];

    private TimelockAbi() {}

    /** {@code schedule(target, 0, data, 0, salt, delay)}. */
    public static String schedule(String target, byte[] data, byte[] salt, long delaySeconds) {
        BigInteger delay = AbiValues.checked("delay", BigInteger.valueOf(delaySeconds), 256);
        return TIMELOCK.schedule(target, BigInteger.ZERO, data, NO_PREDECESSOR, salt, delay)
                .encodeFunctionCall();
    }

    /** {@code execute(target, 0, data, 0, salt)}. */
    public static String execute(String target, byte[] data, byte[] salt) {
        return TIMELOCK.execute(
                        target, BigInteger.ZERO, data, NO_PREDECESSOR, salt, BigInteger.ZERO)
                .encodeFunctionCall();
    }

    /**
     * The operation id, {@code keccak256(abi.encode(target, value, data, predecessor, salt))}: the
     * arguments of {@code execute} are exactly that tuple, so the id is the hash of its calldata
     * without the selector.
     */
    public static byte[] operationId(String target, byte[] data, byte[] salt) {
        byte[] call = Numeric.hexStringToByteArray(execute(target, data, salt));
        return Hash.sha3(Arrays.copyOfRange(call, 4, call.length));
    }

    public static AbiCall<Long> minDelay() {
        var call = TIMELOCK.getMinDelay();
        return new AbiCall<>(
                call.encodeFunctionCall(),
                result ->
                        Wrappers.uint("TimelockController.getMinDelay", call, result)
                                .longValueExact());
    }

    /**
     * When operation {@code id} becomes executable (seconds since the epoch; 0 unknown, 1 done).
     */
    public static AbiCall<Long> timestamp(byte[] id) {
        var call = TIMELOCK.getTimestamp(id);
        return new AbiCall<>(
                call.encodeFunctionCall(),
                result ->
                        Wrappers.uint("TimelockController.getTimestamp", call, result)
                                .longValueExact());
    }
}

package dev.baton.internal.abi;

import dev.baton.errors.AbiValueOutOfRangeException;
import java.math.BigInteger;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.generated.Uint128;
import org.web3j.abi.datatypes.generated.Uint16;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint32;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.abi.datatypes.generated.Uint96;

/**
 * Range-checked web3j values for the generated wrappers' typed struct constructors. Each factory
 * names the field it fills, so an out-of-range value (a {@code uint16} of 70,000) fails with {@link
 * AbiValueOutOfRangeException} naming it, before anything is encoded. The factory's return type
 * must match the wrapper's parameter type, so a contract that changes a field's width breaks the
 * build instead of encoding silently.
 */
public final class AbiValues {

    private AbiValues() {}

    public static Uint8 uint8(String field, long value) {
        return new Uint8(checked(field, BigInteger.valueOf(value), 8));
    }

    public static Uint16 uint16(String field, long value) {
        return new Uint16(checked(field, BigInteger.valueOf(value), 16));
    }

    public static Uint32 uint32(String field, long value) {
        return new Uint32(checked(field, BigInteger.valueOf(value), 32));
    }

    public static Uint64 uint64(String field, long value) {
        return new Uint64(checked(field, BigInteger.valueOf(value), 64));
    }

    public static Uint64 uint64(String field, BigInteger value) {
        return new Uint64(checked(field, value, 64));
    }

    public static Uint96 uint96(String field, BigInteger value) {
        return new Uint96(checked(field, value, 96));
    }

    public static Uint128 uint128(String field, BigInteger value) {
        return new Uint128(checked(field, value, 128));
    }

    public static Uint256 uint256(String field, BigInteger value) {
        return new Uint256(checked(field, value, 256));
    }

    public static Bool bool(boolean value) {
        return new Bool(value);
    }

    /** A 0x-hex address (checked by {@link dev.baton.types.Address#parse}). */
    public static Address address(String field, String hex) {
        return new Address(dev.baton.types.Address.parse(field, hex).lowerHex());
    }

    /**
     * {@code value} when it fits an unsigned integer of {@code bits} bits.
     *
     * @throws AbiValueOutOfRangeException naming {@code field} otherwise
     */
    public static BigInteger checked(String field, BigInteger value, int bits) {
        BigInteger max = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        if (value == null || value.signum() < 0 || value.bitLength() > bits) {
            throw new AbiValueOutOfRangeException(field, value, "uint" + bits, max);
        }
        return value;
    }
}

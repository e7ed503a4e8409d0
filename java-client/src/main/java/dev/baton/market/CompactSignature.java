package dev.baton.market;

import dev.baton.types.Address;
import java.math.BigInteger;
import java.security.SignatureException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/**
 * An ECDSA signature in ERC-2098 compact form, as the market's assignments and the verifier's
 * attestations carry it: {@code r} and {@code vs} = {@code s} with the recovery parity in the top
 * bit.
 */
public record CompactSignature(Bytes32 r, Bytes32 vs) {
    private static final BigInteger HALF_ORDER = Sign.CURVE_PARAMS.getN().shiftRight(1);
    private static final BigInteger S_MASK = BigInteger.ONE.shiftLeft(255).subtract(BigInteger.ONE);

    public CompactSignature {
        if (r == null || vs == null) {
            throw new IllegalArgumentException("signature needs r and vs");
        }
    }

    /**
     * Converts the usual 65-byte {@code r ‖ s ‖ v} signature (v = 27/28 or 0/1). A high {@code s}
     * is refused: the contracts (OpenZeppelin ECDSA) reject it, so a vote carrying it would be a
     * provable bad vote.
     */
    public static CompactSignature fromRsv(String hex) {
        String digits = hex.startsWith("0x") ? hex.substring(2) : hex;
        byte[] raw = HexFormat.of().parseHex(digits);
        if (raw.length != 65) {
            throw new IllegalArgumentException("signature must be 65 bytes, got " + raw.length);
        }
        byte[] r = Arrays.copyOfRange(raw, 0, 32);
        byte[] s = Arrays.copyOfRange(raw, 32, 64);
        int v = raw[64] & 0xff;
        int parity = v >= 27 ? v - 27 : v;
        if (parity != 0 && parity != 1) {
            throw new IllegalArgumentException("signature v must be 27/28 or 0/1, was " + v);
        }
        if (new BigInteger(1, s).compareTo(HALF_ORDER) > 0) {
            throw new IllegalArgumentException(
                    "signature s is in the upper half of the curve order");
        }
        if (parity == 1) {
            s[0] |= (byte) 0x80;
        }
        return new CompactSignature(Bytes32.of(r), Bytes32.of(s));
    }

    /** The recovery parity (0 or 1). */
    public int parity() {
        return new BigInteger(1, vs.bytes()).testBit(255) ? 1 : 0;
    }

    /** The plain {@code s} value. */
    public Bytes32 s() {
        byte[] s = vs.bytes();
        s[0] &= 0x7f;
        return Bytes32.of(s);
    }

    /** The 65-byte {@code r ‖ s ‖ v} form with v = 27/28. */
    public String toRsv() {
        return r.hex() + s().hex().substring(2) + String.format("%02x", 27 + parity());
    }

    /**
     * The signer of {@code digest}, or empty when the signature is malformed (the contracts'
     * tryRecover error).
     */
    public Optional<Address> recover(Bytes32 digest) {
        BigInteger s = new BigInteger(1, vs.bytes()).and(S_MASK);
        if (s.signum() == 0
                || s.compareTo(HALF_ORDER) > 0
                || new BigInteger(1, r.bytes()).signum() == 0) {
            return Optional.empty();
        }
        var data = new Sign.SignatureData((byte) (27 + parity()), r.bytes(), s().bytes());
        try {
            BigInteger key = Sign.signedMessageHashToKey(digest.bytes(), data);
            return Optional.of(Address.of("0x" + Keys.getAddress(key)));
        } catch (SignatureException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

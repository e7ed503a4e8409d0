package dev.baton.signer;

import java.math.BigInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.BigIntegers;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/**
 * secp256k1 signatures with their recovery id, computed in one pass. web3j's {@code
 * Sign.signMessage} signs, then finds the recovery id by trying up to four public-key recoveries
 * (each two scalar multiplications plus a point decompression and a multiplication by the curve
 * order): about three quarters of a sending client's CPU time per transaction. Here the recovery id
 * is read off the nonce point {@code R = k·G} the signature already computed (the parity of its y,
 * flipped when s is canonicalised to the lower half), so a signature costs one fixed-base
 * multiplication.
 *
 * <p>The result is bit-for-bit web3j's: the same deterministic nonce (RFC 6979, HMAC-SHA256), the
 * same canonical (low) s, {@code v = 27 + recId}. {@code RecoverableEcdsaTest} checks that against
 * web3j on random keys and hashes.
 */
final class RecoverableEcdsa {
    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");
    private static final BigInteger N = CURVE.getN();
    private static final BigInteger HALF_N = N.shiftRight(1);
    private static final ECPoint G = CURVE.getG();
    private static final FixedPointCombMultiplier BASE_MULTIPLIER = new FixedPointCombMultiplier();

    private RecoverableEcdsa() {}

    /**
     * Signs a 32-byte hash; {@code v} is 27 or 28 as web3j's {@link Sign#signMessage(byte[],
     * org.web3j.crypto.ECKeyPair, boolean)}.
     */
    static Sign.SignatureData sign(byte[] hash32, BigInteger privateKey) {
        if (hash32.length != 32) {
            throw new IllegalArgumentException(
                    "expected a 32-byte hash, got " + hash32.length + " bytes");
        }
        HMacDSAKCalculator nonces = new HMacDSAKCalculator(new SHA256Digest());
        nonces.init(N, privateKey, hash32);
        BigInteger e =
                new BigInteger(
                        1, hash32); // n has 256 bits: the hash is used whole, as ECDSASigner does
        while (true) {
            BigInteger k = nonces.nextK();
            ECPoint r = BASE_MULTIPLIER.multiply(G, k).normalize();
            BigInteger rx = r.getAffineXCoord().toBigInteger();
            BigInteger rValue = rx.mod(N);
            if (rValue.signum() == 0) {
                continue;
            }
            BigInteger s =
                    BigIntegers.modOddInverse(N, k)
                            .multiply(e.add(privateKey.multiply(rValue)))
                            .mod(N);
            if (s.signum() == 0) {
                continue;
            }
            int recId =
                    (r.getAffineYCoord().testBitZero() ? 1 : 0) | (rx.compareTo(N) >= 0 ? 2 : 0);
            if (s.compareTo(HALF_N) > 0) {
                // Canonical low s: (r, n - s) is the signature of -R, whose y has the other parity.
                s = N.subtract(s);
                recId ^= 1;
            }
            return new Sign.SignatureData(
                    (byte) (27 + recId),
                    Numeric.toBytesPadded(rValue, 32),
                    Numeric.toBytesPadded(s, 32));
        }
    }
}

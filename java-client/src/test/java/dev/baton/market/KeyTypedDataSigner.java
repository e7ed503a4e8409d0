package dev.baton.market;

import dev.baton.types.Address;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Sign;
import org.web3j.crypto.StructuredDataEncoder;
import org.web3j.utils.Numeric;

/**
 * Test signer: hashes the typed-data JSON with web3j's own EIP-712 encoder (an implementation
 * independent of ours).
 */
final class KeyTypedDataSigner implements TypedDataSigner {
    /** Well-known development keys (Hardhat's first accounts): for tests only. */
    static final String KEY_0 =
            "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    static final String KEY_1 =
            "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    static final String KEY_2 =
            "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a";

    private final Credentials credentials;

    KeyTypedDataSigner(String privateKey) {
        this.credentials = Credentials.create(privateKey);
    }

    /** A signer for a deterministic key derived from {@code seed} (1-based). */
    static KeyTypedDataSigner numbered(int seed) {
        return new KeyTypedDataSigner(
                Numeric.toHexStringWithPrefixZeroPadded(BigInteger.valueOf(1000L + seed), 64));
    }

    @Override
    public Address address() {
        return Address.of(credentials.getAddress());
    }

    @Override
    public String signTypedData(String typedDataJson) {
        try {
            byte[] digest = new StructuredDataEncoder(typedDataJson).hashStructuredData();
            Sign.SignatureData sig = Sign.signMessage(digest, credentials.getEcKeyPair(), false);
            byte[] rsv = new byte[65];
            System.arraycopy(sig.getR(), 0, rsv, 0, 32);
            System.arraycopy(sig.getS(), 0, rsv, 32, 32);
            rsv[64] = sig.getV()[0];
            return Numeric.toHexString(rsv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Bytes32 web3jDigest(String typedDataJson) {
        try {
            return Bytes32.of(new StructuredDataEncoder(typedDataJson).hashStructuredData());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

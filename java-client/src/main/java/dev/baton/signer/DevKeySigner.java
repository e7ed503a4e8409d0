package dev.baton.signer;

import dev.baton.types.ChainId;
import org.web3j.crypto.Credentials;

/**
 * Signs with a raw private key, e.g. one of the well-known Hardhat development accounts. Refused on
 * every chain but the devnet ({@link ChainId#DEVNET}): such keys are public and must never guard
 * real funds.
 */
public final class DevKeySigner extends KeyPairSigner {
    /** The first Hardhat development account's key, public knowledge. */
    public static final String HARDHAT_ACCOUNT_0 =
            "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    private DevKeySigner(Credentials credentials, ChainId chainId) {
        super(credentials, chainId);
    }

    public static DevKeySigner of(String privateKeyHex, ChainId chainId) {
        if (!ChainId.DEVNET.equals(chainId)) {
            throw new IllegalArgumentException(
                    "development keys sign only on the devnet (chain id "
                            + ChainId.DEVNET
                            + "), refused chain id "
                            + chainId);
        }
        if (privateKeyHex == null || !privateKeyHex.matches("(0x)?[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException(
                    "dev private key must be 32 bytes of hex (value not shown)");
        }
        return new DevKeySigner(Credentials.create(privateKeyHex), chainId);
    }
}

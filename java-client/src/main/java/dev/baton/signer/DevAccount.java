package dev.baton.signer;

import dev.baton.types.Address;
import dev.baton.types.ChainId;
import java.util.Objects;

/**
 * A pre-funded devnet account. The keys come from a public test mnemonic: never use them on a real
 * chain.
 *
 * @param index position in the node's account list
 * @param address the account's address
 * @param privateKey 0x-prefixed 32-byte hex private key
 */
public record DevAccount(int index, Address address, String privateKey) {

    public DevAccount {
        if (index < 0) {
            throw new IllegalArgumentException("dev account 'index' must be >= 0, was " + index);
        }
        Objects.requireNonNull(address, "dev account 'address' is missing");
        Objects.requireNonNull(privateKey, "dev account 'privateKey' is missing");
        if (!privateKey.matches("0x[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException(
                    "dev account " + index + " 'privateKey' is not a 32-byte 0x hex string");
        }
    }

    /**
     * A signer for this account on {@code chainId} (refused off the devnet chain, as dev keys are
     * public).
     */
    public DevKeySigner signer(long chainId) {
        return DevKeySigner.of(privateKey, ChainId.of(chainId));
    }

    /** Keeps keys out of logs and assertion messages even though they are public test keys. */
    @Override
    public String toString() {
        return "DevAccount[" + index + ", " + address + "]";
    }
}

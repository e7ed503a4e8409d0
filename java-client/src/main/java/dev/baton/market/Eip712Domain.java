package dev.baton.market;

import dev.baton.types.Address;
import dev.baton.types.ChainId;

/**
 * An EIP-712 domain of the form every Baton contract uses: {@code EIP712Domain(string name,string
 * version,uint256 chainId,address verifyingContract)}.
 */
public record Eip712Domain(
        String name, String version, ChainId chainId, Address verifyingContract) {
    static final String TYPE =
            "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)";
    static final String MARKET_NAME = "Baton BlockMarket";

    public Eip712Domain {
        if (name == null || version == null || chainId == null || verifyingContract == null) {
            throw new IllegalArgumentException("every EIP-712 domain field is required");
        }
    }

    /**
     * The domain of a rollup's BlockMarket clone: votes are signed in it, and so are the devnet
     * AttestationVerifier's leaf attestations for that market (the verifier binds them to the
     * market that asks).
     */
    public static Eip712Domain blockMarket(ChainId chainId, Address market) {
        return new Eip712Domain(MARKET_NAME, "1", chainId, market);
    }

    /** hashStruct of the domain, as the contracts' {@code domainSeparator()} returns it. */
    public Bytes32 separator() {
        return FixedLayout.encode()
                .bytes32(FixedLayout.keccak(TYPE))
                .bytes32(FixedLayout.keccak(name))
                .bytes32(FixedLayout.keccak(version))
                .uint(chainId.value())
                .address(verifyingContract)
                .keccak();
    }

    /** The digest a signer signs: keccak256("\x19\x01" ‖ separator ‖ structHash). */
    public Bytes32 digest(Bytes32 structHash) {
        byte[] message = new byte[66];
        message[0] = 0x19;
        message[1] = 0x01;
        System.arraycopy(separator().bytes(), 0, message, 2, 32);
        System.arraycopy(structHash.bytes(), 0, message, 34, 32);
        return FixedLayout.keccak(message);
    }
}

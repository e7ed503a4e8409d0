package dev.baton.signer;

import dev.baton.types.Address;
import dev.baton.types.ChainId;

/**
 * The one seam between Baton and a private key. Implementations are bound to one chain and refuse
 * to sign for any other, so a transaction built for a devnet can never be replayed on a live
 * network by mistake.
 */
public interface Signer {
    /** The account that signs. */
    Address address();

    /** The chain this signer is bound to. */
    ChainId chainId();

    /**
     * Signs an EIP-1559 transaction; throws {@link IllegalArgumentException} when its chain id is
     * not {@link #chainId()}.
     */
    SignedTransaction sign(UnsignedTransaction transaction);

    /**
     * Signs EIP-712 typed data given as its standard JSON form ({@code types}, {@code primaryType},
     * {@code domain}, {@code message}); the domain's chain id, when present, must be {@link
     * #chainId()}.
     *
     * @return the 65-byte signature (r, s, v) as 0x hex
     */
    String signTypedData(String typedDataJson);
}

package dev.baton.tx;

import dev.baton.types.Address;
import dev.baton.types.ChainId;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * One {@link NonceAuthority} per (chain, account): every client of the JVM that signs with the same
 * key on the same chain shares it, whatever URL, proxy or decorator it reaches the node through
 * ({@code localhost} and {@code 127.0.0.1} are one chain). A chain is its id and, where the node
 * reports it, its genesis block hash, so a fresh devnet that reuses the chain id is a new chain; a
 * node that lost transactions is followed by the node's nonce answers, see {@link
 * NonceAuthority#rebase}.
 */
public final class NonceAuthorities {
    private static final NonceAuthorities SHARED = new NonceAuthorities();

    private record Key(ChainId chain, String genesis, Address account) {}

    private final ConcurrentMap<Key, NonceAuthority> authorities = new ConcurrentHashMap<>();

    /** The JVM-wide registry. */
    public static NonceAuthorities shared() {
        return SHARED;
    }

    public NonceAuthority forAccount(
            ChainId chain, Address account, LongSupplier pendingNonceOnNode) {
        return forAccount(chain, "", account, pendingNonceOnNode);
    }

    /**
     * @param genesisHash the chain's block 0 hash, or "" when unknown
     */
    public NonceAuthority forAccount(
            ChainId chain, String genesisHash, Address account, LongSupplier pendingNonceOnNode) {
        return authorities.computeIfAbsent(
                new Key(chain, genesisHash.toLowerCase(java.util.Locale.ROOT), account),
                k -> new NonceAuthority(account, pendingNonceOnNode));
    }
}

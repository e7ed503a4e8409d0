package dev.baton.tx;

import dev.baton.types.Address;
import dev.baton.types.ChainId;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * One {@link NonceAuthority} per (chain, node endpoint, account): every client of the JVM that signs with the same key
 * through the same node shares it, which is what makes local nonce handling safe.
 */
public final class NonceAuthorities {
    private static final NonceAuthorities SHARED = new NonceAuthorities();

    private record Key(ChainId chain, String endpoint, Address account) {}

    private final ConcurrentMap<Key, NonceAuthority> authorities = new ConcurrentHashMap<>();

    /** The JVM-wide registry. */
    public static NonceAuthorities shared() {
        return SHARED;
    }

    public NonceAuthority forAccount(ChainId chain, String endpoint, Address account, LongSupplier pendingNonceOnNode) {
        return authorities.computeIfAbsent(new Key(chain, endpoint, account), k -> new NonceAuthority(account, pendingNonceOnNode));
    }
}

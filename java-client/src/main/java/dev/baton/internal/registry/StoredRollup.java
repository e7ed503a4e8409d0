package dev.baton.internal.registry;

import java.math.BigInteger;
import java.util.List;

/**
 * {@code IRollupRegistry.Rollup} as returned by {@code rollup(id)}, in Baton terms: addresses as
 * lower-case 0x hex, enums as their ordinals, the mechanism as its 32-byte id (0x hex). Built from
 * the generated wrapper's struct by {@link RegistryMapper}.
 */
public record StoredRollup(
        String owner,
        String pendingOwner,
        String module,
        String mechanismId,
        boolean paused,
        List<Integer> descriptor,
        long minSequencers,
        long maxSequencers,
        List<StoredToken> tokens) {

    /** One allowed stake token: address, minimum stake in token units, weight. */
    public record StoredToken(String token, BigInteger minStake, BigInteger weight) {}

    public StoredRollup {
        descriptor = List.copyOf(descriptor);
        tokens = List.copyOf(tokens);
    }
}

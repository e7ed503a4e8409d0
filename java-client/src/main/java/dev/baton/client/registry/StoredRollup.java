package dev.baton.client.registry;

import java.math.BigInteger;
import java.util.List;

/**
 * {@code IRollupRegistry.Rollup} as returned by {@code rollup(id)}: addresses as lower-case 0x hex, enums as their
 * ordinals, the mechanism as its 32-byte id.
 */
record StoredRollup(
        String owner,
        String pendingOwner,
        String module,
        String mechanismId,
        boolean paused,
        List<Integer> descriptor,
        long minSequencers,
        long maxSequencers,
        List<StoredToken> tokens) {

    record StoredToken(String token, BigInteger minStake, BigInteger weight) {}

    StoredRollup {
        descriptor = List.copyOf(descriptor);
        tokens = List.copyOf(tokens);
    }

    /**
     * Decodes the return data of {@code rollup(uint64)}: one dynamic tuple in {@code IRollupRegistry.Rollup}'s field
     * order (owner, pendingOwner, module, paused, min and max sequencers, mechanism, descriptor, tokens).
     */
    static StoredRollup decode(byte[] result) {
        AbiReader tuple = AbiReader.of(result).dynamic();
        String owner = tuple.address();
        String pendingOwner = tuple.address();
        String module = tuple.address();
        boolean paused = tuple.bool();
        long min = tuple.uint64();
        long max = tuple.uint64();
        String mechanism = AbiWords.hex(tuple.bytes32());
        List<Integer> descriptor = List.of(tuple.uint().intValueExact(), tuple.uint().intValueExact(),
                tuple.uint().intValueExact(), tuple.uint().intValueExact(), tuple.uint().intValueExact());
        AbiReader array = tuple.dynamic();
        int count = array.uint().intValueExact();
        List<StoredToken> tokens = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) tokens.add(new StoredToken(array.address(), array.uint(), array.uint()));
        return new StoredRollup(owner, pendingOwner, module, mechanism, paused, descriptor, min, max, tokens);
    }
}

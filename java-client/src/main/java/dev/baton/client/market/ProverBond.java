package dev.baton.client.market;

import dev.baton.types.Amount;

/**
 * A prover's latest bond record with one market ({@code proverOf}): amount left, lock expiry block, bond time,
 * under-staked time, bond block.
 */
public record ProverBond(Amount bond, long bondUntil, long bondedAt, long underStakedAt, long bondedBlock) {
    static ProverBond decode(String hex) {
        Words w = Words.of(hex);
        return new ProverBond(Amount.of(w.uint(0)), w.longValue(1), w.longValue(2), w.longValue(3), w.longValue(4));
    }

    public boolean isBonded(long blockNumber) {
        return bondedAt != 0 && bondUntil >= blockNumber && underStakedAt == 0;
    }
}

package dev.baton.client.market;

import dev.baton.types.Amount;

/**
 * A prover's latest bond record with one market ({@code proverOf}): amount left, lock expiry block,
 * bond time, under-staked time, bond block.
 */
public record ProverBond(
        Amount bond, long bondUntil, long bondedAt, long underStakedAt, long bondedBlock) {
    public boolean isBonded(long blockNumber) {
        return bondedAt != 0 && bondUntil >= blockNumber && underStakedAt == 0;
    }
}

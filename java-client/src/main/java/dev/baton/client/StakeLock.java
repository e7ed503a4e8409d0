package dev.baton.client;

import dev.baton.types.Amount;
import java.util.Objects;

/**
 * One lock of a staker in one token, as the vault's {@code locksOf} reports it, seen at block
 * {@code atBlock}. A lock belongs to one module: only that module can slash it. While live it holds
 * {@code amount} until block {@code until}; after that the stake is free again (no transaction
 * needed) but the module can still slash what left the lock, even once requested for withdrawal,
 * until block {@code slashableUntil} (its declared horizon).
 *
 * @param module the module the lock belongs to
 * @param amount held (live), or still slashable by the module (after expiry)
 * @param until first block at which the lock no longer holds the stake
 * @param slashableUntil first block at which the module can no longer slash it
 * @param atBlock the block the lock was read at
 */
public record StakeLock(
        StakeModule module, Amount amount, long until, long slashableUntil, long atBlock) {

    public StakeLock {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(amount, "amount");
        if (slashableUntil < until) {
            throw new IllegalArgumentException(
                    "slashableUntil " + slashableUntil + " is before until " + until);
        }
    }

    /** Whether the lock still holds its stake at {@link #atBlock()}. */
    public boolean live() {
        return atBlock < until;
    }

    /** Blocks from {@link #atBlock()} until the stake is free (0 once it is). */
    public long freesIn() {
        return Math.max(0, until - atBlock);
    }

    /** Whether the module can still slash this stake at {@link #atBlock()}. */
    public boolean slashable() {
        return atBlock < slashableUntil;
    }

    /**
     * Blocks from {@link #atBlock()} until the module can no longer slash this stake (0 once it
     * cannot).
     */
    public long slashableFor() {
        return Math.max(0, slashableUntil - atBlock);
    }
}

package dev.baton.client.auction;

import dev.baton.types.Address;
import dev.baton.types.Amount;

/**
 * One bid entry of an epoch, as stored by the auction.
 *
 * @param delegator the delegator whose stake backs the entry, or {@code null} for the sequencer's
 *     own bid
 * @param start first unit of the entry on the epoch's stake line
 * @param end the entry's cumulative end (one past its last unit)
 */
public record BidEntry(
        long epoch,
        int entry,
        Address sequencer,
        Amount amount,
        int tokenIndex,
        Address delegator,
        int commissionBps,
        int published,
        boolean settled,
        long start,
        long end) {

    public boolean isDelegated() {
        return delegator != null;
    }

    /** Stake in allocation units. */
    public long units() {
        return end - start;
    }
}

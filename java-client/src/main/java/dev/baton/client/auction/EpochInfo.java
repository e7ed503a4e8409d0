package dev.baton.client.auction;

import dev.baton.types.Amount;
import java.math.BigInteger;

/**
 * Everything an operator reads about an epoch: status, seed, totals, the top two bids and the
 * second price (units), settlement accounting, and the epoch's timeline (blocks). {@code entries}
 * bounds the entry numbers: every entry when uncapped, but {@code cap · quota} in an epoch capped
 * by stake, where {@link AuctionView#heldEntries} counts the entries actually held.
 */
public record EpochInfo(
        long epoch,
        EpochStatus status,
        BigInteger seed,
        long totalUnits,
        int entries,
        int distinctSequencers,
        long topBid,
        long secondBid,
        long secondPrice,
        Amount rewardPerSlot,
        int settledEntries,
        int rewardedSlots,
        long bidStart,
        long bidEnd,
        long sealEnd,
        long slotStart,
        long slotEnd,
        long settlementEnd,
        long settlementLockUntil) {

    /** Whether the epoch has a schedule (sealed with enough bidders). */
    public boolean isElected() {
        return status == EpochStatus.ELECTED;
    }
}

package dev.baton.client.auction;

import dev.baton.types.Amount;
import java.math.BigInteger;

/**
 * Everything an operator reads about an epoch: status, seed, totals, the top two bids and the second price (units),
 * settlement accounting, and the epoch's timeline (blocks).
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

    static EpochInfo decode(long epoch, String result) {
        AbiWords w = AbiWords.of(result, 18);
        return new EpochInfo(epoch, EpochStatus.ofOrdinal(w.uint32(0)), w.uint(1), w.uint64(2), w.uint32(3), w.uint32(4),
                w.uint64(5), w.uint64(6), w.uint64(7), Amount.of(w.uint(8)), w.uint32(9), w.uint32(10), w.uint64(11),
                w.uint64(12), w.uint64(13), w.uint64(14), w.uint64(15), w.uint64(16), w.uint64(17));
    }
}

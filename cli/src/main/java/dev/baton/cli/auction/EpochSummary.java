package dev.baton.cli.auction;

import dev.baton.client.auction.EpochInfo;

/** The printable form of an epoch's status (numbers as strings where they may exceed a JSON double). */
record EpochSummary(
        long epoch,
        String status,
        String seed,
        long totalUnits,
        int entries,
        int distinctSequencers,
        long topBid,
        long secondPrice,
        String rewardPerSlot,
        int settledEntries,
        int rewardedSlots,
        String bidding,
        String seal,
        String slots,
        String settlement) {

    static EpochSummary of(EpochInfo info) {
        return new EpochSummary(info.epoch(), info.status().name().toLowerCase(java.util.Locale.ROOT), info.seed().toString(),
                info.totalUnits(), info.entries(), info.distinctSequencers(), info.topBid(), info.secondPrice(),
                info.rewardPerSlot().value().toString(), info.settledEntries(), info.rewardedSlots(),
                range(info.bidStart(), info.bidEnd()),
                range(info.bidEnd(), info.sealEnd()), range(info.slotStart(), info.slotEnd()),
                range(info.slotEnd(), info.settlementEnd()));
    }

    private static String range(long start, long end) {
        return "[" + start + ", " + end + ")";
    }
}

package dev.baton.cli.auction;

import dev.baton.client.auction.Displacement;
import dev.baton.client.auction.EpochInfo;
import java.util.List;

/**
 * The printable form of an epoch's status (numbers as strings where they may exceed a JSON double).
 */
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
        String settlement,
        List<DisplacedBid> displaced) {

    /**
     * A bid displaced by a larger one in an epoch capped by stake (MECHANISM.md §3.4a): who lost
     * its place to whom, the total that was beaten, and the block, in which the displacing bid also
     * released the displaced entries' bid stake.
     */
    record DisplacedBid(
            String sequencer,
            String by,
            int place,
            long displacedTotal,
            long block,
            long stakeFreeAtBlock) {
        String explain() {
            return sequencer
                    + " was displaced from place "
                    + place
                    + " by "
                    + by
                    + " at block "
                    + block
                    + ": its total of "
                    + displacedTotal
                    + " units was the smallest of a full cap and the newcomer bid"
                    + " more; its entries hold no slot, and its bid stake was freed in block "
                    + stakeFreeAtBlock;
        }
    }

    /**
     * {@code heldEntries}: the entries holding slots ({@code AuctionView.heldEntries}), printed as
     * {@code entries}; in an epoch capped by stake {@code info.entries()} is only the bound of the
     * entry numbers.
     */
    static EpochSummary of(EpochInfo info, int heldEntries) {
        return of(info, heldEntries, List.of());
    }

    static EpochSummary of(EpochInfo info, int heldEntries, List<Displacement> displacements) {
        return new EpochSummary(
                info.epoch(),
                info.status().name().toLowerCase(java.util.Locale.ROOT),
                info.seed().toString(),
                info.totalUnits(),
                heldEntries,
                info.distinctSequencers(),
                info.topBid(),
                info.secondPrice(),
                info.rewardPerSlot().value().toString(),
                info.settledEntries(),
                info.rewardedSlots(),
                range(info.bidStart(), info.bidEnd()),
                range(info.bidEnd(), info.sealEnd()),
                range(info.slotStart(), info.slotEnd()),
                range(info.slotEnd(), info.settlementEnd()),
                displacements.stream()
                        .map(
                                d ->
                                        new DisplacedBid(
                                                d.displaced().toString(),
                                                d.by().toString(),
                                                d.place(),
                                                d.displacedTotal(),
                                                d.blockNumber(),
                                                d.blockNumber()))
                        .toList());
    }

    /** The text form: one {@code key: value} line per field, and one sentence per displaced bid. */
    String text() {
        StringBuilder out = new StringBuilder();
        out.append("epoch: ")
                .append(epoch)
                .append('\n')
                .append("status: ")
                .append(status)
                .append('\n')
                .append("seed: ")
                .append(seed)
                .append('\n')
                .append("totalUnits: ")
                .append(totalUnits)
                .append('\n')
                .append("entries: ")
                .append(entries)
                .append('\n')
                .append("distinctSequencers: ")
                .append(distinctSequencers)
                .append('\n')
                .append("topBid: ")
                .append(topBid)
                .append('\n')
                .append("secondPrice: ")
                .append(secondPrice)
                .append('\n')
                .append("rewardPerSlot: ")
                .append(rewardPerSlot)
                .append('\n')
                .append("settledEntries: ")
                .append(settledEntries)
                .append('\n')
                .append("rewardedSlots: ")
                .append(rewardedSlots)
                .append('\n')
                .append("bidding: ")
                .append(bidding)
                .append('\n')
                .append("seal: ")
                .append(seal)
                .append('\n')
                .append("slots: ")
                .append(slots)
                .append('\n')
                .append("settlement: ")
                .append(settlement);
        if (displaced.isEmpty()) {
            out.append('\n').append("displaced: none");
        }
        for (DisplacedBid d : displaced) {
            out.append('\n').append("displaced: ").append(d.explain());
        }
        return out.toString();
    }

    private static String range(long start, long end) {
        return "[" + start + ", " + end + ")";
    }
}

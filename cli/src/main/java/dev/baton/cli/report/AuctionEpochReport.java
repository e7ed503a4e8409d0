package dev.baton.cli.report;

import java.util.List;

/**
 * One slot-auction epoch: who held each slot, and each sequencer's slots against its stake share.
 *
 * @param rollup the rollup's name
 * @param epoch the epoch number
 * @param slotMap one cell per slot, in slot order
 * @param shares one row per bidding sequencer
 */
public record AuctionEpochReport(
        String rollup, long epoch, List<SlotCell> slotMap, List<SequencerShare> shares) {
    public AuctionEpochReport {
        slotMap = List.copyOf(slotMap);
        shares = List.copyOf(shares);
        for (int i = 0; i < slotMap.size(); i++) {
            if (slotMap.get(i).slot() != i) {
                throw new IllegalArgumentException(
                        "slotMap["
                                + i
                                + "] holds slot "
                                + slotMap.get(i).slot()
                                + "; slots must be 0..e-1 in order");
            }
        }
    }

    /** The epoch length e. */
    public int slots() {
        return slotMap.size();
    }

    /**
     * @param slot the slot index within the epoch
     * @param sequencer the participant name that held it (null in open mode)
     * @param published whether its batch was published
     */
    public record SlotCell(int slot, String sequencer, boolean published) {}
}

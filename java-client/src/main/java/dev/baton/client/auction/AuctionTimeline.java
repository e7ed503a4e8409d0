package dev.baton.client.auction;

/**
 * The slot auction's block timeline, computed off-chain from the auction's parameters exactly as
 * the contract does. With {@code D = slotsPerEpoch · slotLength}, epoch {@code k}: bidding {@code
 * [genesis + k·D, +bidWindow)}, seal {@code [bidEnd + 1, bidEnd + sealWindow)} (block bidEnd's
 * prevrandao is known before it), slots from {@code bidEnd + sealWindow} for {@code D} blocks (slot
 * {@code t} = {@code [slotStart + t·slotLength, +slotLength)}), settlement {@code [slotEnd,
 * +settlementWindow)}, settlement locks until {@code settlementEnd + settlementLock}.
 */
public record AuctionTimeline(
        long genesisBlock,
        int slotsPerEpoch,
        long slotLength,
        long bidWindow,
        long sealWindow,
        long settlementWindow,
        long settlementLock) {

    public AuctionTimeline {
        if (genesisBlock < 0
                || slotsPerEpoch < 1
                || slotLength < 1
                || bidWindow < 1
                || sealWindow < 2
                || settlementWindow < 1
                || settlementLock < 0) {
            throw new IllegalArgumentException(
                    "invalid auction timeline "
                            + genesisBlock
                            + "/"
                            + slotsPerEpoch
                            + "/"
                            + slotLength
                            + "/"
                            + bidWindow
                            + "/"
                            + sealWindow
                            + "/"
                            + settlementWindow
                            + "/"
                            + settlementLock);
        }
    }

    /** Blocks per epoch {@code D}. */
    public long epochLength() {
        return slotsPerEpoch * slotLength;
    }

    public BlockWindow bidding(long epoch) {
        long start = genesisBlock + epoch * epochLength();
        return new BlockWindow(start, start + bidWindow);
    }

    /**
     * The blocks that may seal {@code epoch}: from one block after bidding closed to the first
     * slot.
     */
    public BlockWindow seal(long epoch) {
        long bidEnd = bidding(epoch).end();
        return new BlockWindow(bidEnd + 1, bidEnd + sealWindow);
    }

    /** All the epoch's slots. */
    public BlockWindow slots(long epoch) {
        long start = bidding(epoch).end() + sealWindow;
        return new BlockWindow(start, start + epochLength());
    }

    /** The blocks in which slot {@code slot} of {@code epoch} can be published. */
    public BlockWindow slot(long epoch, int slot) {
        if (slot < 0 || slot >= slotsPerEpoch) {
            throw new IllegalArgumentException(
                    "slot " + slot + " outside [0, " + slotsPerEpoch + ")");
        }
        long start = slots(epoch).start() + slot * slotLength;
        return new BlockWindow(start, start + slotLength);
    }

    public BlockWindow settlement(long epoch) {
        long start = slots(epoch).end();
        return new BlockWindow(start, start + settlementWindow);
    }

    /** Block until which settlement stakes of {@code epoch} stay locked. */
    public long settlementLockUntil(long epoch) {
        return settlement(epoch).end() + settlementLock;
    }

    /**
     * The epoch whose bidding window starts at or before {@code block} (the contract's {@code
     * epochAt}).
     */
    public long epochAt(long block) {
        return block < genesisBlock ? 0 : (block - genesisBlock) / epochLength();
    }
}

package dev.baton.internal.auction;

import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.BidEntry;
import dev.baton.client.auction.EpochInfo;
import dev.baton.client.auction.EpochStatus;
import dev.baton.errors.AbiDecodingException;
import dev.baton.internal.contracts.ISlotAuctionFull;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigInteger;

/**
 * From the generated {@link ISlotAuctionFull} structs to Baton's auction records, field by field by
 * name: a struct field that is renamed or removed breaks the build here, one that moves is decoded
 * by the regenerated wrapper.
 */
public final class AuctionMapper {

    private AuctionMapper() {}

    /** The auction's block timeline, from its {@code params()}. */
    public static AuctionTimeline timeline(ISlotAuctionFull.Params p) {
        return new AuctionTimeline(
                u64("Params.genesisBlock", p.genesisBlock),
                u32("Params.slotsPerEpoch", p.slotsPerEpoch),
                u64("Params.slotLength", p.slotLength),
                u64("Params.bidWindow", p.bidWindow),
                u64("Params.sealWindow", p.sealWindow),
                u64("Params.settlementWindow", p.settlementWindow),
                u64("Params.settlementLock", p.settlementLock));
    }

    /** Epoch {@code epoch}'s {@code epochInfo(epoch)}. */
    public static EpochInfo epochInfo(long epoch, ISlotAuctionFull.EpochInfo i) {
        return new EpochInfo(
                epoch,
                status(i.status),
                i.seed,
                u64("EpochInfo.totalUnits", i.totalUnits),
                u32("EpochInfo.entries", i.entries),
                u32("EpochInfo.distinctSequencers", i.distinctSequencers),
                u64("EpochInfo.topBid", i.topBid),
                u64("EpochInfo.secondBid", i.secondBid),
                u64("EpochInfo.secondPrice", i.secondPrice),
                Amount.of(i.rewardPerSlot),
                u32("EpochInfo.settledEntries", i.settledEntries),
                u32("EpochInfo.rewardedSlots", i.rewardedSlots),
                u64("EpochInfo.bidStart", i.bidStart),
                u64("EpochInfo.bidEnd", i.bidEnd),
                u64("EpochInfo.sealEnd", i.sealEnd),
                u64("EpochInfo.slotStart", i.slotStart),
                u64("EpochInfo.slotEnd", i.slotEnd),
                u64("EpochInfo.settlementEnd", i.settlementEnd),
                u64("EpochInfo.settlementLockUntil", i.settlementLockUntil));
    }

    /**
     * Entry {@code index} of {@code epoch}: the stored {@code Entry} and its interval {@code
     * [start, end)}.
     */
    public static BidEntry entry(
            long epoch, int index, ISlotAuctionFull.Entry e, BigInteger start, BigInteger end) {
        Address delegator = Address.of(e.delegator);
        return new BidEntry(
                epoch,
                index,
                Address.of(e.sequencer),
                Amount.of(e.amount),
                u32("Entry.tokenIndex", e.tokenIndex),
                delegator.equals(Address.ZERO) ? null : delegator,
                u32("Entry.commissionBps", e.commissionBps),
                u32("Entry.published", e.published),
                e.settled,
                u64("entryOf start", start),
                u64("entryOf end", end));
    }

    static EpochStatus status(BigInteger ordinal) {
        EpochStatus[] all = EpochStatus.values();
        if (ordinal.signum() < 0 || ordinal.compareTo(BigInteger.valueOf(all.length)) >= 0) {
            throw new AbiDecodingException(
                    "EpochInfo.status",
                    ordinal.toString(),
                    new IllegalArgumentException(
                            "unknown epoch status "
                                    + ordinal
                                    + " (known: 0.."
                                    + (all.length - 1)
                                    + ")"));
        }
        return all[ordinal.intValue()];
    }

    static long u64(String field, BigInteger value) {
        if (value.signum() < 0 || value.bitLength() > 63) {
            throw new AbiDecodingException(
                    field, value.toString(), new IllegalArgumentException("does not fit a long"));
        }
        return value.longValue();
    }

    static int u32(String field, BigInteger value) {
        if (value.signum() < 0 || value.bitLength() > 31) {
            throw new AbiDecodingException(
                    field, value.toString(), new IllegalArgumentException("does not fit an int"));
        }
        return value.intValue();
    }
}

package dev.baton.client.auction;

import dev.baton.errors.BatonException;
import dev.baton.errors.CustomErrorException;
import dev.baton.events.LogSource;
import dev.baton.events.RawLog;
import dev.baton.internal.abi.AbiCall;
import dev.baton.internal.auction.AuctionAbi;
import dev.baton.internal.auction.AuctionLogs;
import dev.baton.tx.CallRequest;
import dev.baton.tx.EthNode;
import dev.baton.tx.Outcome;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a slot auction: timeline, epoch status, bid entries and the off-chain slot map. Entries are
 * read in JSON-RPC batches (one round trip per {@value #BATCH} entries), and the schedule is
 * computed locally from them, so learning an epoch's 1,024 slots costs no per-slot call.
 */
public final class AuctionView {
    static final int BATCH = 500;
    static final String NOT_HELD = "SlotAuctionEntryNotHeld";

    private final EthNode node;
    private final Address auction;

    public AuctionView(EthNode node, Address auction) {
        this.node = node;
        this.auction = auction;
    }

    public Address auction() {
        return auction;
    }

    /** The auction's block timeline (from its parameters). */
    public AuctionTimeline timeline() {
        return call(AuctionAbi.timeline());
    }

    /** The ERC-20 the auction pays rewards in. */
    public Address rewardToken() {
        return call(AuctionAbi.rewardToken());
    }

    public EpochInfo epochInfo(long epoch) {
        return call(AuctionAbi.epochInfo(epoch));
    }

    /**
     * How many bid entries of {@code epoch} hold slots: every entry when uncapped; capped by stake
     * (MECHANISM.md §3.4a) the entries of the places held, whereas {@link EpochInfo#entries} is
     * there the bound of the entry numbers ({@code cap · quota}). One call, from the epoch word.
     */
    public int heldEntries(long epoch) {
        return call(AuctionAbi.heldEntriesIn(epoch));
    }

    /**
     * Every bid entry of {@code epoch} that holds its place (all of them when uncapped), in entry
     * order.
     */
    public List<BidEntry> entries(long epoch) {
        return entries(epoch, epochInfo(epoch).entries());
    }

    private List<BidEntry> entries(long epoch, int count) {
        List<BidEntry> entries = new ArrayList<>(count);
        for (int from = 0; from < count; from += BATCH) {
            int to = Math.min(count, from + BATCH);
            List<AbiCall<BidEntry>> reads = new ArrayList<>(to - from);
            List<CallRequest> calls = new ArrayList<>(to - from);
            for (int j = from; j < to; j++) {
                AbiCall<BidEntry> read = AuctionAbi.entryOf(epoch, j);
                reads.add(read);
                calls.add(new CallRequest(null, auction, read.data(), null));
            }
            List<Outcome<String>> results = node.callAll(calls);
            for (int j = from; j < to; j++) {
                Outcome<String> result = results.get(j - from);
                if (!result.isOk()) {
                    // In an epoch capped by stake, entry numbers are `place · quota + index`: a
                    // number its place does not hold (never taken, or a displaced sequencer's)
                    // is refused by name and skipped.
                    if (result.error() instanceof CustomErrorException c
                            && c.errorName().equals(NOT_HELD)) {
                        continue;
                    }
                    throw result.error();
                }
                entries.add(reads.get(j - from).decode(result.get()));
            }
        }
        return List.copyOf(entries);
    }

    /**
     * The displacements of {@code epoch} (MECHANISM.md §3.4a), from the auction's {@code
     * SequencerDisplaced} logs of the epoch's bidding window read through {@code logs}, in block
     * order. Empty for an uncapped auction.
     */
    public List<Displacement> displacements(LogSource logs, long epoch) {
        EpochInfo info = epochInfo(epoch);
        long to = Math.min(info.bidEnd() - 1, logs.headBlock());
        if (to < info.bidStart()) {
            return List.of();
        }
        List<Displacement> out = new ArrayList<>();
        for (RawLog log :
                logs.logs(
                        info.bidStart(),
                        to,
                        List.of(auction),
                        List.of(AuctionLogs.SEQUENCER_DISPLACED_TOPIC))) {
            Displacement d = AuctionLogs.sequencerDisplaced(log);
            if (d.epoch() == epoch) {
                out.add(d);
            }
        }
        return List.copyOf(out);
    }

    /**
     * {@link #epochInfo} as of the latest mined block, without the pending block's transactions. A
     * seal's seed is drawn from the randomness of the block that mines it: read from the pending
     * state, a seal still in the pool shows a seed the mined block will not have.
     */
    public EpochInfo minedEpochInfo(long epoch) {
        AbiCall<EpochInfo> read = AuctionAbi.epochInfo(epoch);
        return read.decode(node.callLatest(new CallRequest(null, auction, read.data(), null)));
    }

    /**
     * The slot map of an elected epoch, computed off-chain in one pass from its mined seal (an
     * epoch whose seal is only pending has no schedule yet).
     */
    public EpochSlotMap slotMap(long epoch) {
        EpochInfo info = minedEpochInfo(epoch);
        if (!info.isElected()) {
            throw new BatonException(
                    "epoch " + epoch + " has no schedule: its status is " + info.status());
        }
        int slots = timeline().slotsPerEpoch();
        return EpochSlotMap.of(epoch, info.seed(), slots, entries(epoch, info.entries()));
    }

    /** The on-chain {@code sequencerOf} (one call per slot: for checks, not for schedules). */
    public Address sequencerOf(long epoch, int slot) {
        return call(AuctionAbi.sequencerOf(epoch, slot));
    }

    /**
     * Whether {@code slot} of {@code epoch} has a published batch (its bit in the auction's
     * published bitmap).
     */
    public boolean isPublished(long epoch, int slot) {
        java.math.BigInteger word = call(AuctionAbi.publishedBitmap(epoch, slot >> 8));
        return word.testBit(slot & 255);
    }

    /**
     * The published slots of {@code epoch} as of block {@code block} (one call per 256 slots): a
     * consistent view of one block, for watchers that compare outcomes with the head they saw.
     */
    public java.util.BitSet publishedSlotsAt(long epoch, int slots, long block) {
        java.util.BitSet published = new java.util.BitSet(slots);
        for (int word = 0; word * 256 < slots; word++) {
            java.math.BigInteger bits = callAt(AuctionAbi.publishedBitmap(epoch, word), block);
            for (int bit = 0; bit < 256 && word * 256 + bit < slots; bit++) {
                if (bits.testBit(bit)) {
                    published.set(word * 256 + bit);
                }
            }
        }
        return published;
    }

    /** {@link #epochInfo} as of block {@code block}. */
    public EpochInfo epochInfoAt(long epoch, long block) {
        return callAt(AuctionAbi.epochInfo(epoch), block);
    }

    /** Credited, unclaimed rewards of {@code account}. */
    public Amount claimable(Address account) {
        return call(AuctionAbi.claimable(account));
    }

    /** The reward pool: not yet credited, and funded in total. */
    public RewardPool rewardPool() {
        return call(AuctionAbi.rewardPool());
    }

    /**
     * Commission (basis points) {@code sequencer} takes on entries delegated to it in {@code
     * epoch}.
     */
    public int commissionOf(Address sequencer, long epoch) {
        return call(AuctionAbi.commissionOf(sequencer, epoch));
    }

    private <T> T callAt(AbiCall<T> read, long block) {
        return read.decode(node.callAt(new CallRequest(null, auction, read.data(), null), block));
    }

    private <T> T call(AbiCall<T> read) {
        return read.decode(node.call(new CallRequest(null, auction, read.data(), null)));
    }
}

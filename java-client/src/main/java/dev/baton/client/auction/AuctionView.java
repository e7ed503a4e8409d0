package dev.baton.client.auction;

import dev.baton.errors.BatonException;
import dev.baton.tx.CallRequest;
import dev.baton.tx.EthNode;
import dev.baton.tx.Outcome;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a slot auction: timeline, epoch status, bid entries and the off-chain slot map. Entries are read in
 * JSON-RPC batches (one round trip per {@value #BATCH} entries), and the schedule is computed locally from them,
 * so learning an epoch's 1,024 slots costs no per-slot call.
 */
public final class AuctionView {
    static final int BATCH = 500;

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
        AbiWords w = AbiWords.of(call(AuctionCalls.params()), 14);
        return new AuctionTimeline(w.uint64(0), w.uint32(1), w.uint64(2), w.uint64(3), w.uint64(4), w.uint64(5), w.uint64(6));
    }

    /** The ERC-20 the auction pays rewards in. */
    public Address rewardToken() {
        return AbiWords.of(call(AuctionCalls.params()), 14).address(9);
    }

    public EpochInfo epochInfo(long epoch) {
        return EpochInfo.decode(epoch, call(AuctionCalls.epochInfo(epoch)));
    }

    /** Every bid entry of {@code epoch}, in entry order. */
    public List<BidEntry> entries(long epoch) {
        return entries(epoch, epochInfo(epoch).entries());
    }

    private List<BidEntry> entries(long epoch, int count) {
        List<BidEntry> entries = new ArrayList<>(count);
        for (int from = 0; from < count; from += BATCH) {
            int to = Math.min(count, from + BATCH);
            List<CallRequest> calls = new ArrayList<>(to - from);
            for (int j = from; j < to; j++) calls.add(new CallRequest(null, auction, AuctionCalls.entryOf(epoch, j), null));
            List<Outcome<String>> results = node.callAll(calls);
            for (int j = from; j < to; j++) {
                Outcome<String> result = results.get(j - from);
                if (!result.isOk()) throw result.error();
                entries.add(BidEntry.decode(epoch, j, result.get()));
            }
        }
        return List.copyOf(entries);
    }

    /** The slot map of an elected epoch, computed off-chain in one pass. */
    public EpochSlotMap slotMap(long epoch) {
        EpochInfo info = epochInfo(epoch);
        if (!info.isElected()) {
            throw new BatonException("epoch " + epoch + " has no schedule: its status is " + info.status());
        }
        int slots = timeline().slotsPerEpoch();
        return EpochSlotMap.of(epoch, info.seed(), slots, entries(epoch, info.entries()));
    }

    /** The on-chain {@code sequencerOf} (one call per slot: for checks, not for schedules). */
    public Address sequencerOf(long epoch, int slot) {
        return AbiWords.of(call(AuctionCalls.sequencerOf(epoch, slot)), 1).address(0);
    }

    /** Whether {@code slot} of {@code epoch} has a published batch (its bit in the auction's published bitmap). */
    public boolean isPublished(long epoch, int slot) {
        java.math.BigInteger word = AbiWords.of(call(AuctionCalls.publishedBitmap(epoch, slot >> 8)), 1).uint(0);
        return word.testBit(slot & 255);
    }

    /** Credited, unclaimed rewards of {@code account}. */
    public Amount claimable(Address account) {
        return Amount.of(AbiWords.of(call(AuctionCalls.claimable(account)), 1).uint(0));
    }

    /** The reward pool: not yet credited, and funded in total. */
    public RewardPool rewardPool() {
        AbiWords w = AbiWords.of(call(AuctionCalls.rewardPool()), 2);
        return new RewardPool(Amount.of(w.uint(0)), Amount.of(w.uint(1)));
    }

    /** Commission (basis points) {@code sequencer} takes on entries delegated to it in {@code epoch}. */
    public int commissionOf(Address sequencer, long epoch) {
        return AbiWords.of(call(AuctionCalls.commissionOf(sequencer, epoch)), 1).uint32(0);
    }

    private String call(String data) {
        return node.call(new CallRequest(null, auction, data, null));
    }
}

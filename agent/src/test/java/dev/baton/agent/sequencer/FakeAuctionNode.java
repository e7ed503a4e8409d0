package dev.baton.agent.sequencer;

import dev.baton.agent.operator.SealChain;
import dev.baton.client.StakeBalances;
import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.BidEntry;
import dev.baton.client.auction.BlockWindow;
import dev.baton.client.auction.EpochInfo;
import dev.baton.client.auction.EpochSlotMap;
import dev.baton.client.auction.EpochStatus;
import dev.baton.client.auction.ScheduledSlot;
import dev.baton.errors.ContractRevertException;
import dev.baton.errors.RevertDecoder;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import dev.baton.types.TxHash;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.web3j.crypto.Hash;

/**
 * A slot auction as a Hardhat node shows it to one sequencer: reads are of the pending block (a
 * sent transaction's effect shows at once), a write the contract would refuse throws the contract's
 * typed error from the dry run with nothing sent, and a sent transaction waits in the pool until
 * {@link #mine}. Epoch k of {@link #TIMELINE}: bidding [10 + 8k, 14 + 8k), seal [15 + 8k, 17 + 8k),
 * slot t [17 + 8k + 2t, +2), settlement [25 + 8k, 29 + 8k).
 */
final class FakeAuctionNode implements SequencerChain, SealChain {
    static final AuctionTimeline TIMELINE = new AuctionTimeline(10, 4, 2, 4, 3, 4, 0);
    static final Address ME = Address.of("0x" + "aa".repeat(20));
    static final Address OTHER = Address.of("0x" + "bb".repeat(20));
    static final BigInteger REWARD = BigInteger.valueOf(7);

    long pendingBlock;
    BigInteger free = BigInteger.valueOf(1_000);
    BigInteger locked = BigInteger.ZERO;
    BigInteger claimable = BigInteger.ZERO;
    final Map<Long, List<BidEntry>> entries = new HashMap<>();
    final Map<Long, BigInteger> seeds = new HashMap<>();
    final Set<Long> open = new HashSet<>();
    final Set<String> published = new HashSet<>();

    /**
     * Every transaction sent, in order, e.g. "bid 0 500", "publish 0/2", "settle 0/1", "claim",
     * "seal 0".
     */
    final List<String> sent = new ArrayList<>();

    final Map<TxHash, Runnable> pool = new LinkedHashMap<>();
    final Map<TxHash, Boolean> mined = new HashMap<>();

    // ---- test controls ----

    /** Mines every pooled transaction (they succeed: their effects were checked when sent). */
    void mine() {
        pool.keySet().forEach(hash -> mined.put(hash, true));
        pool.clear();
    }

    /**
     * The pool forgets a transaction (evicted, or a node restarted without its pool): its effect is
     * undone.
     */
    void drop(TxHash hash) {
        pool.remove(hash).run();
    }

    /** Another account bids (the test's competitor). */
    void bidAs(Address sequencer, long epoch, long amount) {
        addEntry(epoch, sequencer, BigInteger.valueOf(amount), null);
    }

    /** A keeper seals the epoch (elected with any entry, open mode without). */
    void sealByKeeper(long epoch) {
        doSeal(epoch);
    }

    long count(String prefix) {
        return sent.stream().filter(s -> s.startsWith(prefix)).count();
    }

    // ---- reads (pending block) ----

    @Override
    public Address account() {
        return ME;
    }

    @Override
    public AuctionTimeline timeline() {
        return TIMELINE;
    }

    @Override
    public EpochInfo epoch(long epoch) {
        List<BidEntry> list = entries.getOrDefault(epoch, List.of());
        return new EpochInfo(
                epoch,
                status(epoch),
                seeds.getOrDefault(epoch, BigInteger.ZERO),
                0,
                list.size(),
                0,
                0,
                0,
                0,
                Amount.of(REWARD),
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0);
    }

    @Override
    public EpochStatus status(long epoch) {
        if (seeds.containsKey(epoch)) {
            return EpochStatus.ELECTED;
        }
        if (open.contains(epoch)) {
            return EpochStatus.OPEN;
        }
        if (pendingBlock < TIMELINE.bidding(epoch).start()) {
            return EpochStatus.NOT_STARTED;
        }
        if (pendingBlock < TIMELINE.bidding(epoch).end()) {
            return EpochStatus.BIDDING;
        }
        // As the contract: an epoch nobody sealed by the end of its seal window is in open mode.
        return pendingBlock < TIMELINE.seal(epoch).end()
                ? EpochStatus.AWAITING_SEAL
                : EpochStatus.OPEN;
    }

    @Override
    public List<BidEntry> entries(long epoch) {
        return List.copyOf(entries.getOrDefault(epoch, List.of()));
    }

    @Override
    public EpochSlotMap slotMap(long epoch) {
        if (!seeds.containsKey(epoch)) {
            throw new IllegalStateException("epoch " + epoch + " has no schedule");
        }
        return EpochSlotMap.of(epoch, seeds.get(epoch), TIMELINE.slotsPerEpoch(), entries(epoch));
    }

    @Override
    public boolean isPublished(long epoch, int slot) {
        return published.contains(epoch + "/" + slot);
    }

    @Override
    public Amount claimable() {
        return Amount.of(claimable);
    }

    @Override
    public StakeBalances stake() {
        return new StakeBalances(Amount.of(free), Amount.of(locked), Amount.ZERO, 0);
    }

    @Override
    public int stakeTokenDecimals() {
        return 0;
    }

    @Override
    public int rewardTokenDecimals() {
        return 0;
    }

    // ---- writes: dry run, then into the pool with the effect applied to the pending state ----

    @Override
    public TxHash submitBid(long epoch, Amount amount) {
        return bid(epoch, ME, amount, null);
    }

    @Override
    public TxHash submitBidFor(long epoch, Address sequencer, Amount amount, int maxCommissionBps) {
        return bid(epoch, sequencer, amount, ME);
    }

    private TxHash bid(long epoch, Address sequencer, Amount amount, Address delegator) {
        BlockWindow window = TIMELINE.bidding(epoch);
        if (pendingBlock < window.start()) {
            throw revert(
                    "SlotAuctionBidBeforeOpen(uint64,uint64,uint64)",
                    epoch,
                    window.start(),
                    pendingBlock);
        }
        if (pendingBlock >= window.end()) {
            throw revert(
                    "SlotAuctionBidAfterClose(uint64,uint64,uint64)",
                    epoch,
                    window.end() - 1,
                    pendingBlock);
        }
        BigInteger value = amount.value();
        if (value.compareTo(free) > 0) {
            throw revert(
                    "StakeVaultInsufficientFree(address,address,uint256,uint256)",
                    0,
                    0,
                    value,
                    free);
        }
        free = free.subtract(value);
        locked = locked.add(value);
        int index = addEntry(epoch, sequencer, value, delegator);
        return send(
                (delegator == null ? "bid " : "bidFor ") + epoch + " " + value,
                () -> {
                    entries.get(epoch).remove(index);
                    free = free.add(value);
                    locked = locked.subtract(value);
                });
    }

    @Override
    public TxHash submitPublish(ScheduledSlot slot, byte[] batchHash) {
        BlockWindow window = TIMELINE.slot(slot.epoch(), slot.slot());
        if (!window.contains(pendingBlock)) {
            throw revert(
                    "SlotAuctionPublishOutsideSlot(uint64,uint256,uint64,uint64,uint64)",
                    slot.epoch(),
                    slot.slot(),
                    window.start(),
                    window.end(),
                    pendingBlock);
        }
        // As the contract: in open mode (no seed) anyone may publish, and no entry is marked.
        boolean openMode = !seeds.containsKey(slot.epoch());
        if (!openMode && !slotMap(slot.epoch()).sequencerOf(slot.slot()).equals(ME)) {
            throw revert(
                    "SlotAuctionWrongEntryHint(uint64,uint256,uint256)",
                    slot.epoch(),
                    slot.slot(),
                    slot.entry());
        }
        String key = slot.epoch() + "/" + slot.slot();
        if (!published.add(key)) {
            throw revert(
                    "SlotAuctionSlotAlreadyPublished(uint64,uint256)", slot.epoch(), slot.slot());
        }
        if (openMode) {
            return send("publish " + key, () -> published.remove(key));
        }
        bump(slot.epoch(), slot.entry(), 1, false);
        return send(
                "publish " + key,
                () -> {
                    published.remove(key);
                    bump(slot.epoch(), slot.entry(), -1, false);
                });
    }

    @Override
    public TxHash submitSettle(long epoch, int entry) {
        BlockWindow window = TIMELINE.settlement(epoch);
        if (!window.contains(pendingBlock)) {
            throw revert(
                    "SlotAuctionSettleOutsideWindow(uint64,uint64,uint64,uint64)",
                    epoch,
                    window.start(),
                    window.end(),
                    pendingBlock);
        }
        BidEntry e = entries.get(epoch).get(entry);
        if (e.settled()) {
            throw revert("SlotAuctionAlreadySettled(uint64,uint256)", epoch, entry);
        }
        BigInteger reward = REWARD.multiply(BigInteger.valueOf(e.published()));
        bump(epoch, entry, 0, true);
        claimable = claimable.add(reward);
        return send(
                "settle " + epoch + "/" + entry,
                () -> {
                    entries.get(epoch).set(entry, e);
                    claimable = claimable.subtract(reward);
                });
    }

    @Override
    public TxHash submitClaim() {
        if (claimable.signum() == 0) {
            throw revert("SlotAuctionNothingToClaim(address)", 0);
        }
        BigInteger paid = claimable;
        claimable = BigInteger.ZERO;
        return send("claim " + paid, () -> claimable = claimable.add(paid));
    }

    @Override
    public TxHash submitSeal(long epoch) {
        BlockWindow window = TIMELINE.seal(epoch);
        if (!window.contains(pendingBlock)) {
            throw revert(
                    "SlotAuctionSealOutsideWindow(uint64,uint64,uint64,uint64)",
                    epoch,
                    window.start(),
                    window.end(),
                    pendingBlock);
        }
        if (seeds.containsKey(epoch) || open.contains(epoch)) {
            throw revert("SlotAuctionAlreadySealed(uint64)", epoch);
        }
        doSeal(epoch);
        return send(
                "seal " + epoch,
                () -> {
                    seeds.remove(epoch);
                    open.remove(epoch);
                });
    }

    @Override
    public Optional<Boolean> outcome(TxHash hash) {
        return Optional.ofNullable(mined.get(hash));
    }

    @Override
    public boolean isKnown(TxHash hash) {
        return mined.containsKey(hash) || pool.containsKey(hash);
    }

    // ---- plumbing ----

    private void doSeal(long epoch) {
        if (entries.getOrDefault(epoch, List.of()).isEmpty()) {
            open.add(epoch);
        } else {
            seeds.put(epoch, BigInteger.valueOf(0x5eed + epoch * 7919));
        }
    }

    private int addEntry(long epoch, Address sequencer, BigInteger amount, Address delegator) {
        List<BidEntry> list = entries.computeIfAbsent(epoch, e -> new ArrayList<>());
        long start = list.isEmpty() ? 0 : list.get(list.size() - 1).end();
        list.add(
                new BidEntry(
                        epoch,
                        list.size(),
                        sequencer,
                        Amount.of(amount),
                        0,
                        delegator,
                        0,
                        0,
                        false,
                        start,
                        start + amount.longValueExact()));
        return list.size() - 1;
    }

    private void bump(long epoch, int index, int published, boolean settle) {
        BidEntry e = entries.get(epoch).get(index);
        entries.get(epoch)
                .set(
                        index,
                        new BidEntry(
                                e.epoch(),
                                e.entry(),
                                e.sequencer(),
                                e.amount(),
                                e.tokenIndex(),
                                e.delegator(),
                                e.commissionBps(),
                                e.published() + published,
                                e.settled() || settle,
                                e.start(),
                                e.end()));
    }

    private TxHash send(String what, Runnable undo) {
        sent.add(what);
        TxHash hash = TxHash.of(String.format("0x%064x", sent.size()));
        pool.put(hash, undo);
        return hash;
    }

    /**
     * The typed exception the node's dry run reports for the contract's custom error {@code
     * signature}.
     */
    static ContractRevertException revert(String signature, Object... args) {
        StringBuilder data = new StringBuilder(Hash.sha3String(signature).substring(0, 10));
        for (Object arg : args) {
            BigInteger word =
                    arg instanceof BigInteger b
                            ? b
                            : BigInteger.valueOf(((Number) arg).longValue());
            data.append(String.format("%064x", word));
        }
        return RevertDecoder.decode(data.toString(), "execution reverted");
    }
}

package dev.baton.client.auction;

import dev.baton.client.Baton;
import dev.baton.errors.BatonException;
import dev.baton.internal.auction.AuctionAbi;
import dev.baton.internal.auction.AuctionLogs;
import dev.baton.internal.client.RoleContext;
import dev.baton.tx.Transactor;
import dev.baton.tx.TxReceipt;
import dev.baton.tx.TxRequest;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A sequencer's (or delegator's) side of a slot auction, as the connection's signer: bid, delegate,
 * set the commission, publish in its slots, settle and claim. Every write is dry-run first by the
 * transaction layer, so a revert throws its typed exception (e.g. {@code SlotAuctionBidAfterClose})
 * before gas is spent.
 */
public final class SequencerClient {
    private final Transactor tx;
    private final AuctionView view;

    SequencerClient(Transactor tx, AuctionView view) {
        this.tx = tx;
        this.view = view;
    }

    /**
     * The client of the auction at {@code auction}; obtained through {@link
     * Baton#sequencer(Address)}.
     */
    public SequencerClient(RoleContext context, Address auction) {
        this(context.transactor(), new AuctionView(context.node(), auction));
    }

    public Address account() {
        return tx.sender();
    }

    public AuctionView view() {
        return view;
    }

    /**
     * Bids {@code amount} of free vault stake in {@code token} for {@code epoch}; returns the new
     * entry's index.
     */
    public int bid(long epoch, Address token, Amount amount) {
        return entryOf(send(AuctionAbi.bid(epoch, token, amount.value())));
    }

    /**
     * Delegates {@code amount} to {@code sequencer} for {@code epoch}, accepting a commission of at
     * most {@code maxCommissionBps}; returns the new entry's index. The sequencer must have opted
     * in ({@link #setDelegationOpen}); the contract refuses the bid if its commission for the epoch
     * is higher.
     */
    public int bidFor(
            long epoch, Address sequencer, Address token, Amount amount, int maxCommissionBps) {
        if (maxCommissionBps < 0 || maxCommissionBps > 10_000) {
            throw new IllegalArgumentException(
                    "maxCommissionBps must be 0..10000, was " + maxCommissionBps);
        }
        return entryOf(
                send(AuctionAbi.bidFor(epoch, sequencer, token, amount.value(), maxCommissionBps)));
    }

    /**
     * Opens (or closes) this account to delegated bids: only an opted-in sequencer can be delegated
     * to.
     */
    public TxReceipt setDelegationOpen(boolean open) {
        return send(AuctionAbi.setDelegationOpen(open));
    }

    /**
     * Sets the commission on delegated entries (basis points), effective from the next epoch whose
     * bidding opens.
     */
    public TxReceipt setCommission(int bps) {
        if (bps < 0 || bps > 10_000) {
            throw new IllegalArgumentException("commission must be 0..10000 bps, was " + bps);
        }
        return send(AuctionAbi.setCommission(bps));
    }

    /**
     * Publishes {@code batchHash} (32 bytes) in {@code slot}; must run inside the slot's blocks.
     */
    public TxReceipt publish(ScheduledSlot slot, byte[] batchHash) {
        if (batchHash.length != 32) {
            throw new IllegalArgumentException("a batch hash is 32 bytes, was " + batchHash.length);
        }
        return send(AuctionAbi.publishBatch(slot.epoch(), slot.slot(), slot.entry(), batchHash));
    }

    /** Settles one entry of {@code epoch} (during the settlement window). */
    public TxReceipt settle(long epoch, int entry) {
        return send(AuctionAbi.settle(epoch, entry));
    }

    /**
     * Settles every unsettled entry of this sequencer in {@code epoch} that holds slots (own and
     * delegated).
     */
    public List<TxReceipt> settleAll(long epoch) {
        EpochSlotMap map = view.slotMap(epoch);
        List<TxReceipt> receipts = new ArrayList<>();
        for (BidEntry entry : map.entries()) {
            if (!entry.sequencer().equals(account()) || entry.settled()) {
                continue;
            }
            if (map.schedule().slotCountOf(entry.entry()) == 0) {
                continue;
            }
            receipts.add(settle(epoch, entry.entry()));
        }
        return List.copyOf(receipts);
    }

    /** Pays out this account's credited rewards; returns the amount paid. */
    public Amount claim() {
        TxReceipt receipt = send(AuctionAbi.claim());
        return AuctionLogs.rewardClaimed(receipt, view.auction())
                .orElseThrow(
                        () -> new BatonException("claim succeeded without a RewardClaimed event"));
    }

    /**
     * This sequencer's slots in {@code epoch}, computed off-chain from the epoch's entries and seed
     * in one pass.
     */
    public List<ScheduledSlot> mySlots(long epoch) {
        return view.slotMap(epoch).slotsOf(account());
    }

    /** A runner publishing this sequencer's batches through this client. */
    public SequencerRunner runner(
            ChainHead head, BatchSource batches, Consumer<SlotOutcome> listener) {
        BatchPublisher publisher =
                new BatchPublisher() {
                    @Override
                    public void publish(ScheduledSlot slot, byte[] batchHash) {
                        SequencerClient.this.publish(slot, batchHash);
                    }

                    @Override
                    public boolean isPublished(ScheduledSlot slot) {
                        return view.isPublished(slot.epoch(), slot.slot());
                    }
                };
        return new SequencerRunner(view.timeline(), head, publisher, batches, 1, listener);
    }

    /**
     * The {@code bid}, {@code bidFor}, {@code publishBatch}, {@code settle} and {@code claim}
     * transactions unsent, for callers that submit and await them themselves (the sequencer agent
     * records each hash before it waits).
     */
    public TxRequest bidRequest(long epoch, Address token, Amount amount) {
        return TxRequest.call(view.auction(), AuctionAbi.bid(epoch, token, amount.value()));
    }

    public TxRequest bidForRequest(
            long epoch, Address sequencer, Address token, Amount amount, int maxCommissionBps) {
        if (maxCommissionBps < 0 || maxCommissionBps > 10_000) {
            throw new IllegalArgumentException(
                    "maxCommissionBps must be 0..10000, was " + maxCommissionBps);
        }
        return TxRequest.call(
                view.auction(),
                AuctionAbi.bidFor(epoch, sequencer, token, amount.value(), maxCommissionBps));
    }

    public TxRequest publishRequest(ScheduledSlot slot, byte[] batchHash) {
        if (batchHash.length != 32) {
            throw new IllegalArgumentException("a batch hash is 32 bytes, was " + batchHash.length);
        }
        return TxRequest.call(
                view.auction(),
                AuctionAbi.publishBatch(slot.epoch(), slot.slot(), slot.entry(), batchHash));
    }

    public TxRequest settleRequest(long epoch, int entry) {
        return TxRequest.call(view.auction(), AuctionAbi.settle(epoch, entry));
    }

    public TxRequest claimRequest() {
        return TxRequest.call(view.auction(), AuctionAbi.claim());
    }

    private TxReceipt send(String data) {
        return tx.send(TxRequest.call(view.auction(), data));
    }

    private int entryOf(TxReceipt receipt) {
        return AuctionLogs.bidPlacedEntry(receipt, view.auction())
                .orElseThrow(() -> new BatonException("bid succeeded without a BidPlaced event"));
    }
}

package dev.baton.agent.operator;

import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.BlockWindow;
import dev.baton.client.auction.EpochStatus;
import dev.baton.fixtures.FakeChain;
import dev.baton.types.TxHash;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The slot auction's {@code seal(epoch)} on the shared {@link FakeChain}: a seal goes to the
 * chain's mempool and runs in the block that includes it, by the contract's rules (inside the
 * epoch's seal window, once per epoch; a second seal reverts). The status is read at the pending
 * block, as the client's {@code epochInfo} call is, so a seal waiting in the mempool already shows
 * the epoch elected, unless {@link #poolVisible} is off (a node that does not expose its pool to
 * calls). {@link #delayBlocks} holds sent seals back that many blocks, as a busy node does.
 */
final class FakeSealAuction implements SealChain {
    private final FakeChain chain;
    private final AuctionTimeline timeline;
    private final Set<Long> sealed = new HashSet<>();
    private final Map<TxHash, Long> sealOf = new HashMap<>();
    private final Map<TxHash, FakeChain.Tx> sent = new HashMap<>();

    /** Every epoch a seal was sent for, in order (resends included). */
    final List<Long> seals = new ArrayList<>();

    boolean poolVisible = true;
    long delayBlocks;

    FakeSealAuction(FakeChain chain, AuctionTimeline timeline) {
        this.chain = chain;
        this.timeline = timeline;
    }

    /** Another keeper's seal of {@code epoch}, already mined. */
    void sealedByOthers(long epoch) {
        sealed.add(epoch);
    }

    /** The node drops every seal still in its pool without running it: they become unknown. */
    void evictPending() {
        sent.values().forEach(chain::evict);
    }

    @Override
    public AuctionTimeline timeline() {
        return timeline;
    }

    @Override
    public EpochStatus status(long epoch) {
        boolean pendingSeal =
                poolVisible
                        && sealOf.entrySet().stream()
                                .anyMatch(
                                        e -> e.getValue() == epoch && chain.isPending(e.getKey()));
        if (sealed.contains(epoch) || pendingSeal) {
            return EpochStatus.ELECTED;
        }
        long pendingBlock = chain.headBlock() + 1;
        if (pendingBlock < timeline.bidding(epoch).start()) {
            return EpochStatus.NOT_STARTED;
        }
        if (pendingBlock < timeline.seal(epoch).start()) {
            return EpochStatus.BIDDING;
        }
        return pendingBlock < timeline.seal(epoch).end()
                ? EpochStatus.AWAITING_SEAL
                : EpochStatus.OPEN;
    }

    @Override
    public TxHash submitSeal(long epoch) {
        FakeChain.Tx tx = chain.submit(delayBlocks, block -> seal(epoch, block));
        seals.add(epoch);
        sealOf.put(tx.hash(), epoch);
        sent.put(tx.hash(), tx);
        return tx.hash();
    }

    private String seal(long epoch, long block) {
        BlockWindow window = timeline.seal(epoch);
        if (block < window.start() || block >= window.end()) {
            return "SlotAuctionNotInSealWindow(" + epoch + ")";
        }
        return sealed.add(epoch) ? "" : "SlotAuctionAlreadySealed(" + epoch + ")";
    }

    @Override
    public Optional<Boolean> outcome(TxHash hash) {
        return chain.receipt(hash).map(String::isEmpty);
    }

    @Override
    public boolean isKnown(TxHash hash) {
        return chain.isKnown(hash);
    }
}

package dev.baton.agent.sequencer;

import dev.baton.agent.runtime.SentTransactions;
import dev.baton.client.StakeBalances;
import dev.baton.client.StakeView;
import dev.baton.client.TokenClient;
import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.BidEntry;
import dev.baton.client.auction.EpochInfo;
import dev.baton.client.auction.EpochSlotMap;
import dev.baton.client.auction.ScheduledSlot;
import dev.baton.client.auction.SequencerClient;
import dev.baton.tx.EthNode;
import dev.baton.tx.Transactor;
import dev.baton.tx.TxRequest;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import dev.baton.types.TxHash;
import java.util.List;

/**
 * The sequencer agent's chain through the sequencer client, the vault view and the exactly-once
 * transactor.
 */
public final class ClientSequencerChain implements SequencerChain, SentTransactions.OverNode {
    private final Transactor tx;
    private final SequencerClient sequencer;
    private final StakeView stake;
    private final TokenClient tokens;
    private final Address stakeToken;
    private AuctionTimeline timeline;

    public ClientSequencerChain(
            Transactor tx,
            SequencerClient sequencer,
            StakeView stake,
            TokenClient tokens,
            Address stakeToken) {
        this.tx = tx;
        this.sequencer = sequencer;
        this.stake = stake;
        this.tokens = tokens;
        this.stakeToken = stakeToken;
    }

    @Override
    public Address account() {
        return tx.sender();
    }

    @Override
    public AuctionTimeline timeline() {
        if (timeline == null) {
            // the auction's parameters never change
            timeline = sequencer.view().timeline();
        }
        return timeline;
    }

    @Override
    public EpochInfo epoch(long epoch) {
        // mined state: a seal still pending shows a seed its block will not draw
        return sequencer.view().minedEpochInfo(epoch);
    }

    @Override
    public List<BidEntry> entries(long epoch) {
        return sequencer.view().entries(epoch);
    }

    @Override
    public EpochSlotMap slotMap(long epoch) {
        return sequencer.view().slotMap(epoch);
    }

    @Override
    public boolean isPublished(long epoch, int slot) {
        return sequencer.view().isPublished(epoch, slot);
    }

    @Override
    public Amount claimable() {
        return sequencer.view().claimable(account());
    }

    @Override
    public StakeBalances stake() {
        return stake.balances(account(), stakeToken);
    }

    @Override
    public int stakeTokenDecimals() {
        return tokens.decimals(stakeToken);
    }

    @Override
    public int rewardTokenDecimals() {
        return tokens.decimals(sequencer.view().rewardToken());
    }

    @Override
    public TxHash submitBid(long epoch, Amount amount) {
        return submit(sequencer.bidRequest(epoch, stakeToken, amount));
    }

    @Override
    public TxHash submitBidFor(
            long epoch, Address delegateTo, Amount amount, int maxCommissionBps) {
        return submit(
                sequencer.bidForRequest(epoch, delegateTo, stakeToken, amount, maxCommissionBps));
    }

    @Override
    public TxHash submitPublish(ScheduledSlot slot, byte[] batchHash) {
        return submit(sequencer.publishRequest(slot, batchHash));
    }

    @Override
    public TxHash submitSettle(long epoch, int entry) {
        return submit(sequencer.settleRequest(epoch, entry));
    }

    @Override
    public TxHash submitClaim() {
        return submit(sequencer.claimRequest());
    }

    private TxHash submit(TxRequest request) {
        return tx.submit(request).hash();
    }

    @Override
    public EthNode node() {
        return tx.node();
    }
}

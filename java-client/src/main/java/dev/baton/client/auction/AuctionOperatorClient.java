package dev.baton.client.auction;

import dev.baton.client.Baton;
import dev.baton.client.TokenClient;
import dev.baton.internal.auction.AuctionAbi;
import dev.baton.internal.client.RoleContext;
import dev.baton.tx.Transactor;
import dev.baton.tx.TxReceipt;
import dev.baton.tx.TxRequest;
import dev.baton.types.Address;
import dev.baton.types.Amount;

/**
 * The operator's part of a slot auction: seal epochs, read their status, and fund the reward pool
 * (anyone may do each of these; an operator is whoever keeps the rollup's auction running).
 */
public final class AuctionOperatorClient {
    private final Transactor tx;
    private final AuctionView view;
    private final TokenClient tokens;

    AuctionOperatorClient(Transactor tx, AuctionView view, TokenClient tokens) {
        this.tx = tx;
        this.view = view;
        this.tokens = tokens;
    }

    /**
     * The client of the auction at {@code auction}; obtained through {@link
     * Baton#auctionOperator(Address)}.
     */
    public AuctionOperatorClient(RoleContext context, Address auction) {
        this(
                context.transactor(),
                new AuctionView(context.node(), auction),
                context.baton().tokens());
    }

    public AuctionView view() {
        return view;
    }

    /**
     * Seals {@code epoch} (inside its seal window) and returns its status afterwards: elected, or
     * open mode.
     */
    public EpochInfo seal(long epoch) {
        tx.send(TxRequest.call(view.auction(), AuctionAbi.seal(epoch)));
        return view.epochInfo(epoch);
    }

    /**
     * The {@code seal(epoch)} transaction, for callers that submit and await it themselves (the
     * operator agent).
     */
    public TxRequest sealRequest(long epoch) {
        return TxRequest.call(view.auction(), AuctionAbi.seal(epoch));
    }

    public EpochInfo status(long epoch) {
        return view.epochInfo(epoch);
    }

    /**
     * Adds {@code amount} of the reward token to the pool, approving the auction first when the
     * allowance is short.
     */
    public TxReceipt fundRewards(Amount amount) {
        Address rewardToken = view.rewardToken();
        if (tokens.allowance(rewardToken, tx.sender(), view.auction()).compareTo(amount) < 0) {
            tokens.approve(rewardToken, view.auction(), amount);
        }
        return tx.send(TxRequest.call(view.auction(), AuctionAbi.fundRewards(amount.value())));
    }

    public RewardPool rewardPool() {
        return view.rewardPool();
    }
}

package dev.baton.agent.operator;

import dev.baton.agent.runtime.SentTransactions;
import dev.baton.client.auction.AuctionOperatorClient;
import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.EpochStatus;
import dev.baton.tx.EthNode;
import dev.baton.tx.Transactor;
import dev.baton.types.TxHash;

/** The seal duty's chain through the auction operator client and the transactor. */
public final class ClientSealChain implements SealChain, SentTransactions.OverNode {
    private final Transactor tx;
    private final AuctionOperatorClient operator;

    public ClientSealChain(Transactor tx, AuctionOperatorClient operator) {
        this.tx = tx;
        this.operator = operator;
    }

    @Override
    public AuctionTimeline timeline() {
        return operator.view().timeline();
    }

    @Override
    public EpochStatus status(long epoch) {
        return operator.status(epoch).status();
    }

    @Override
    public TxHash submitSeal(long epoch) {
        return tx.submit(operator.sealRequest(epoch)).hash();
    }

    @Override
    public EthNode node() {
        return tx.node();
    }
}

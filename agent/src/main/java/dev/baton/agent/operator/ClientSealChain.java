package dev.baton.agent.operator;

import dev.baton.client.auction.AuctionOperatorClient;
import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.EpochStatus;
import dev.baton.tx.Transactor;
import dev.baton.tx.TxReceipt;
import dev.baton.types.TxHash;
import java.util.Optional;

/** The seal duty's chain through the auction operator client and the transactor. */
public final class ClientSealChain implements SealChain {
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
    public Optional<Boolean> outcome(TxHash hash) {
        return tx.node().receipt(hash).map(TxReceipt::success);
    }

    @Override
    public boolean isKnown(TxHash hash) {
        return tx.node().isKnown(hash);
    }
}

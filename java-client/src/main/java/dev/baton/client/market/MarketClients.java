package dev.baton.client.market;

import dev.baton.client.Baton;
import dev.baton.events.LogSource;
import dev.baton.market.ProverSigning;
import dev.baton.signer.Signer;
import dev.baton.types.Address;

/**
 * The market's role clients over one {@link Baton} connection and one rollup's market. The signer must be the one
 * the connection sends with: it also signs the role's EIP-712 votes and attestations.
 */
public final class MarketClients {
    private final Baton baton;
    private final MarketView view;
    private final MarketTx tx;
    private final ProverSigning signing;

    private MarketClients(Baton baton, Signer signer, Address market) {
        if (!signer.address().equals(baton.account())) {
            throw new IllegalArgumentException("signer " + signer.address() + " is not the connection's account "
                    + baton.account());
        }
        this.baton = baton;
        this.view = new MarketView(baton.transactor().node(), market);
        this.tx = new MarketTx(baton.transactor(), view);
        this.signing = new ProverSigning(new SignerTypedData(signer));
    }

    public static MarketClients connect(Baton baton, Signer signer, Address market) {
        return new MarketClients(baton, signer, market);
    }

    public MarketView view() {
        return view;
    }

    public ProverClient prover() {
        return new ProverClient(tx, view, baton.stake(), signing);
    }

    public ProposerClient proposer() {
        return new ProposerClient(tx, view, signing, baton.stake());
    }

    public MarketOperatorClient operator() {
        if (!(baton.transactor().node() instanceof LogSource logs)) {
            throw new IllegalStateException("the connection's node cannot read logs, which the ranking needs");
        }
        return new MarketOperatorClient(tx, view, baton.tokens(), logs);
    }
}

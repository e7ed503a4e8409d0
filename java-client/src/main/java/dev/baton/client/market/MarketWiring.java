package dev.baton.client.market;

import dev.baton.events.LogSource;
import dev.baton.internal.client.RoleContext;
import dev.baton.market.ProverSigning;
import dev.baton.types.Address;

/**
 * What every market role client of one connection and one market shares: the view, the sender, the
 * signing key.
 */
record MarketWiring(MarketTx tx, MarketView view, ProverSigning signing) {

    static MarketWiring of(RoleContext context, Address market) {
        MarketView view = new MarketView(context.node(), market);
        return new MarketWiring(
                new MarketTx(context.transactor(), view),
                view,
                new ProverSigning(new SignerTypedData(context.signer())));
    }

    /** The connection's node as a log source, which the operator's ranking reads. */
    static LogSource logs(RoleContext context) {
        if (!(context.node() instanceof LogSource logs)) {
            throw new IllegalStateException(
                    "the connection's node cannot read logs, which the ranking needs");
        }
        return logs;
    }
}

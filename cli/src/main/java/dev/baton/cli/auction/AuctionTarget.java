package dev.baton.cli.auction;

import dev.baton.cli.ConfigException;
import dev.baton.cli.config.OperatorOptions;
import dev.baton.cli.rollup.RollupModule;
import dev.baton.client.Baton;
import dev.baton.client.auction.AuctionOperatorClient;
import dev.baton.client.auction.AuctionView;
import dev.baton.client.auction.SequencerClient;
import dev.baton.model.DeploymentManifest;
import dev.baton.model.request.Mechanism;
import dev.baton.tx.Web3jNode;
import dev.baton.types.Address;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Which auction a {@code baton auction} command acts on; the connection and signer are the shared
 * operator options.
 */
public final class AuctionTarget {
    @Mixin OperatorOptions operator;

    @Option(
            names = "--auction",
            paramLabel = "ADDRESS",
            description =
                    "The rollup's SlotAuction address (default: manifest contracts.SlotAuction; or --rollup).")
    String auction;

    @Option(
            names = "--rollup",
            paramLabel = "ID",
            description =
                    "The registered rollup whose slot auction to use, found through the registry (instead of --auction).")
    Long rollup;

    Address auctionAddress(DeploymentManifest deployment) {
        if (rollup != null) {
            if (auction != null) {
                throw new ConfigException("give --auction or --rollup, not both");
            }
            return RollupModule.resolve(operator, deployment, rollup, Mechanism.SLOT_AUCTION);
        }
        String text = auction != null ? auction : deployment.contracts().get("SlotAuction");
        if (text == null) {
            throw new ConfigException(
                    "--auction: not given and the manifest has no contracts.SlotAuction");
        }
        try {
            return Address.parse("--auction", text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }

    /** A read-only view (no signer needed); close it when done. */
    ReadOnly readOnly() {
        DeploymentManifest deployment = operator.manifest();
        Address address = auctionAddress(deployment);
        Web3jNode node = operator.node(deployment);
        return new ReadOnly(node, new AuctionView(node, address));
    }

    /** A signing connection; close it when done. */
    Signed signed() {
        DeploymentManifest deployment = operator.manifest();
        Address address = auctionAddress(deployment);
        return new Signed(operator.connect(), address);
    }

    record ReadOnly(Web3jNode node, AuctionView view) implements AutoCloseable {
        @Override
        public void close() {
            node.close();
        }
    }

    record Signed(Baton baton, Address auction) implements AutoCloseable {
        SequencerClient sequencer() {
            return baton.sequencer(auction);
        }

        AuctionOperatorClient operator() {
            return baton.auctionOperator(auction);
        }

        @Override
        public void close() {
            baton.close();
        }
    }
}

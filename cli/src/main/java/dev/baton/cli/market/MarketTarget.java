package dev.baton.cli.market;

import dev.baton.cli.ConfigException;
import dev.baton.cli.config.OperatorOptions;
import dev.baton.cli.rollup.RollupModule;
import dev.baton.client.Baton;
import dev.baton.client.market.MarketOperatorClient;
import dev.baton.client.market.MarketView;
import dev.baton.client.market.ProposerClient;
import dev.baton.client.market.ProverClient;
import dev.baton.model.DeploymentManifest;
import dev.baton.model.request.Mechanism;
import dev.baton.tx.Web3jNode;
import dev.baton.types.Address;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Which block market a {@code baton market} or {@code baton prover} command acts on; the connection
 * and signer are the shared operator options.
 */
public final class MarketTarget {
    @Mixin OperatorOptions operator;

    @Option(
            names = "--market",
            paramLabel = "ADDRESS",
            description =
                    "The rollup's BlockMarket address (default: manifest contracts.BlockMarket; or --rollup).")
    String market;

    @Option(
            names = "--rollup",
            paramLabel = "ID",
            description =
                    "The registered rollup whose block market to use, found through the registry (instead of --market).")
    Long rollup;

    Address marketAddress(DeploymentManifest deployment) {
        if (rollup != null) {
            if (market != null) {
                throw new ConfigException("give --market or --rollup, not both");
            }
            return RollupModule.resolve(operator, deployment, rollup, Mechanism.BLOCK_MARKET);
        }
        String text = market != null ? market : deployment.contracts().get("BlockMarket");
        if (text == null) {
            throw new ConfigException(
                    "--market: not given and the manifest has no contracts.BlockMarket");
        }
        try {
            return Address.parse("--market", text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }

    /** A read-only view (no signer needed); close it when done. */
    ReadOnly readOnly() {
        DeploymentManifest deployment = operator.manifest();
        Address address = marketAddress(deployment);
        Web3jNode node = operator.node(deployment);
        return new ReadOnly(node, new MarketView(node, address), deployment.deployedAtBlock());
    }

    /** A signing connection; close it when done. */
    Signed signed() {
        DeploymentManifest deployment = operator.manifest();
        Address address = marketAddress(deployment);
        return new Signed(operator.connect(), address, deployment.deployedAtBlock());
    }

    record ReadOnly(Web3jNode node, MarketView view, long fromBlock) implements AutoCloseable {
        @Override
        public void close() {
            node.close();
        }
    }

    record Signed(Baton baton, Address market, long fromBlock) implements AutoCloseable {
        ProverClient prover() {
            return baton.prover(market);
        }

        ProposerClient proposer() {
            return baton.proposer(market);
        }

        MarketOperatorClient operator() {
            return baton.marketOperator(market);
        }

        MarketView view() {
            return baton.marketView(market);
        }

        @Override
        public void close() {
            baton.close();
        }
    }
}

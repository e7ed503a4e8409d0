package dev.baton.cli.market;

import dev.baton.cli.ConfigException;
import dev.baton.client.Baton;
import dev.baton.client.BatonOptions;
import dev.baton.client.market.MarketClients;
import dev.baton.client.market.MarketView;
import dev.baton.model.DeploymentManifest;
import dev.baton.signer.DevKeySigner;
import dev.baton.signer.KeystoreSigner;
import dev.baton.signer.PasswordSource;
import dev.baton.signer.Signer;
import dev.baton.tx.Web3jNode;
import dev.baton.types.Address;
import dev.baton.types.ChainId;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the block market is and who signs: the options every {@code baton market} and {@code baton prover} command shares. */
public final class MarketConnection {
    @Option(names = "--manifest", defaultValue = "${env:BATON_MANIFEST:-deployment.json}",
            description = "Deployment manifest (default: $BATON_MANIFEST or ./deployment.json).")
    Path manifest;

    @Option(names = "--market", description = "The rollup's BlockMarket address (default: manifest contracts.BlockMarket).")
    String market;

    @Option(names = "--rpc-url", description = "JSON-RPC endpoint (default: the manifest's rpcUrl).")
    String rpcUrl;

    @Option(names = "--private-key", defaultValue = "${env:BATON_PRIVATE_KEY}",
            description = "Signing key (default: $BATON_PRIVATE_KEY).")
    String privateKey;

    @Option(names = "--keystore", description = "Signing keystore (JSON wallet file) instead of a raw key.")
    Path keystore;

    @Option(names = "--password-file", description = "File holding the keystore password.")
    Path passwordFile;

    DeploymentManifest manifest() {
        if (!Files.isRegularFile(manifest)) throw new ConfigException("--manifest: no file at " + manifest);
        return DeploymentManifest.read(manifest);
    }

    Address marketAddress(DeploymentManifest deployment) {
        String text = market != null ? market : deployment.contracts().get("BlockMarket");
        if (text == null) throw new ConfigException("--market: not given and the manifest has no contracts.BlockMarket");
        try {
            return Address.parse("--market", text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }

    /** A read-only view (no signer needed); close it when done. */
    ReadOnly readOnly() {
        DeploymentManifest deployment = manifest();
        Web3jNode node = Web3jNode.connect(rpcUrl != null ? rpcUrl : deployment.rpcUrl());
        return new ReadOnly(node, new MarketView(node, marketAddress(deployment)), deployment.deployedAtBlock());
    }

    /** A signing connection; close it when done. */
    Signed signed() {
        DeploymentManifest deployment = manifest();
        BatonOptions options = rpcUrl != null ? BatonOptions.defaults().withRpcUrl(rpcUrl) : BatonOptions.defaults();
        Signer signer = signer(ChainId.of(deployment.chainId()));
        Baton baton = Baton.connect(deployment, signer, options);
        return new Signed(baton, MarketClients.connect(baton, signer, marketAddress(deployment)),
                deployment.deployedAtBlock());
    }

    private Signer signer(ChainId chainId) {
        if (keystore != null) {
            if (passwordFile == null) throw new ConfigException("--keystore needs --password-file");
            return KeystoreSigner.open(keystore, PasswordSource.file(passwordFile), chainId);
        }
        if (privateKey == null || privateKey.isBlank()) {
            throw new ConfigException("no signer: pass --private-key (or set BATON_PRIVATE_KEY), or --keystore");
        }
        return DevKeySigner.of(privateKey.strip(), chainId);
    }

    record ReadOnly(Web3jNode node, MarketView view, long fromBlock) implements AutoCloseable {
        @Override
        public void close() {
            node.close();
        }
    }

    record Signed(Baton baton, MarketClients market, long fromBlock) implements AutoCloseable {
        @Override
        public void close() {
            baton.close();
        }
    }
}

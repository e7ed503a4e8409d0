package dev.baton.cli.auction;

import dev.baton.cli.ConfigException;
import dev.baton.client.Baton;
import dev.baton.client.BatonOptions;
import dev.baton.client.auction.AuctionOperatorClient;
import dev.baton.client.auction.AuctionView;
import dev.baton.client.auction.SequencerClient;
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

/** Where the auction is and who signs: the options every {@code baton auction} command shares. */
public final class AuctionConnection {
    @Option(names = "--manifest", defaultValue = "${env:BATON_MANIFEST:-deployment.json}",
            description = "Deployment manifest (default: $BATON_MANIFEST or ./deployment.json).")
    Path manifest;

    @Option(names = "--auction", description = "The rollup's SlotAuction address (default: manifest contracts.SlotAuction).")
    String auction;

    @Option(names = "--rpc-url", description = "JSON-RPC endpoint (default: the manifest's rpcUrl).")
    String rpcUrl;

    @Option(names = "--private-key", defaultValue = "${env:BATON_PRIVATE_KEY}", description = "Signing key (default: $BATON_PRIVATE_KEY).")
    String privateKey;

    @Option(names = "--keystore", description = "Signing keystore (JSON wallet file) instead of a raw key.")
    Path keystore;

    @Option(names = "--password-file", description = "File holding the keystore password.")
    Path passwordFile;

    DeploymentManifest manifest() {
        if (!Files.isRegularFile(manifest)) throw new ConfigException("--manifest: no file at " + manifest);
        return DeploymentManifest.read(manifest);
    }

    Address auctionAddress(DeploymentManifest deployment) {
        String text = auction != null ? auction : deployment.contracts().get("SlotAuction");
        if (text == null) throw new ConfigException("--auction: not given and the manifest has no contracts.SlotAuction");
        return Address.parse("--auction", text);
    }

    /** A read-only view (no signer needed); close the returned node when done. */
    ReadOnly readOnly() {
        DeploymentManifest deployment = manifest();
        Web3jNode node = Web3jNode.connect(rpcUrl != null ? rpcUrl : deployment.rpcUrl());
        return new ReadOnly(node, new AuctionView(node, auctionAddress(deployment)));
    }

    /** A signing connection; close it when done. */
    Signed signed() {
        DeploymentManifest deployment = manifest();
        BatonOptions options = rpcUrl != null ? BatonOptions.defaults().withRpcUrl(rpcUrl) : BatonOptions.defaults();
        Baton baton = Baton.connect(deployment, signer(ChainId.of(deployment.chainId())), options);
        return new Signed(baton, auctionAddress(deployment));
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

    record ReadOnly(Web3jNode node, AuctionView view) implements AutoCloseable {
        @Override
        public void close() {
            node.close();
        }
    }

    record Signed(Baton baton, Address auction) implements AutoCloseable {
        SequencerClient sequencer() {
            return SequencerClient.at(baton, auction);
        }

        AuctionOperatorClient operator() {
            return AuctionOperatorClient.at(baton, auction);
        }

        @Override
        public void close() {
            baton.close();
        }
    }
}

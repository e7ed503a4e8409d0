package dev.baton.cli.devnet;

import dev.baton.cli.ConfigException;
import dev.baton.cli.config.SignerFactory;
import dev.baton.cli.config.SignerSpec;
import dev.baton.signer.Signer;
import dev.baton.types.ChainId;

/**
 * Who signs a deployment, decided by the chain id the node reports (never by a configured one): a
 * keystore on any chain; a development key (the configured index, account 0 when no signer is
 * configured) only on the devnet's chain id, because those keys are public.
 */
final class DeploySigner {
    private DeploySigner() {}

    static Signer choose(SignerSpec spec, long nodeChainId, String rpcUrl) {
        boolean devnet = nodeChainId == ChainId.DEVNET.value();
        ChainId chain = ChainId.of(nodeChainId);
        return switch (spec) {
            case SignerSpec.Keystore keystore -> SignerFactory.open(keystore, chain).orElseThrow();
            case SignerSpec.DevKey dev -> {
                if (!devnet) {
                    throw refused(
                            "development key "
                                    + dev.index()
                                    + " (--dev-key, BATON_DEV_KEY_INDEX or devKeyIndex)",
                            nodeChainId,
                            rpcUrl);
                }
                yield SignerFactory.open(dev, chain).orElseThrow();
            }
            case SignerSpec.None none -> {
                if (!devnet) {
                    throw new ConfigException(
                            "deploy needs a signer on chain "
                                    + nodeChainId
                                    + " (the node at '"
                                    + rpcUrl
                                    + "'): give --keystore FILE with --password-file FILE or --password-env VAR (or "
                                    + "BATON_KEYSTORE, or the config file); development keys sign only on the devnet, chain "
                                    + ChainId.DEVNET.value());
                }
                yield SignerFactory.open(new SignerSpec.DevKey(0), chain).orElseThrow();
            }
        };
    }

    private static ConfigException refused(String key, long nodeChainId, String rpcUrl) {
        return new ConfigException(
                key
                        + " refused: the node at '"
                        + rpcUrl
                        + "' is chain "
                        + nodeChainId
                        + ", and development keys sign only on the devnet (chain "
                        + ChainId.DEVNET.value()
                        + "); deploy with "
                        + "--keystore FILE and --password-file FILE or --password-env VAR");
    }
}

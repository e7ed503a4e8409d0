package dev.baton.cli.rollup;

import dev.baton.cli.ConfigException;
import dev.baton.signer.DevKeySigner;
import dev.baton.signer.KeystoreSigner;
import dev.baton.signer.PasswordSource;
import dev.baton.signer.Signer;
import dev.baton.types.ChainId;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Who signs: an encrypted keystore ({@code --keystore FILE} with {@code --password-file FILE} or the password in
 * {@code $BATON_KEYSTORE_PASSWORD}), or {@code --dev-key} (the devnet's well-known account 0, refused on any other
 * chain). Private keys are never taken on the command line.
 */
public final class SignerOptions {

    @Option(names = "--keystore", paramLabel = "FILE", description = "Encrypted JSON keystore of the signing account.")
    Path keystore;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File whose first line is the keystore password (default: $BATON_KEYSTORE_PASSWORD).")
    Path passwordFile;

    @Option(names = "--dev-key", description = "Sign with the devnet's account 0 (chain id 31337 only).")
    boolean devKey;

    Signer signer(ChainId chainId) {
        if (devKey && keystore != null) throw new ConfigException("give either --keystore or --dev-key, not both");
        if (devKey) {
            try {
                return DevKeySigner.of(DevKeySigner.HARDHAT_ACCOUNT_0, chainId);
            } catch (IllegalArgumentException e) {
                throw new ConfigException("--dev-key: " + e.getMessage(), e);
            }
        }
        if (keystore == null) throw new ConfigException("no signer: give --keystore FILE (or --dev-key on the devnet)");
        PasswordSource password = passwordFile != null
                ? PasswordSource.file(passwordFile)
                : PasswordSource.environment("BATON_KEYSTORE_PASSWORD");
        return KeystoreSigner.open(keystore, password, chainId);
    }
}

package dev.baton.signer;

import dev.baton.types.ChainId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.WalletUtils;
import org.web3j.crypto.exception.CipherException;

/** Signs with the key of an encrypted Web3 Secret Storage (V3) wallet file. */
public final class KeystoreSigner extends KeyPairSigner {
    private KeystoreSigner(Credentials credentials, ChainId chainId) {
        super(credentials, chainId);
    }

    /**
     * Decrypts {@code walletFile} with the password from {@code password}; errors name the file,
     * never the password.
     */
    public static KeystoreSigner open(Path walletFile, PasswordSource password, ChainId chainId) {
        try {
            return new KeystoreSigner(
                    WalletUtils.loadCredentials(password.read(), walletFile.toFile()), chainId);
        } catch (CipherException e) {
            throw new IllegalArgumentException(
                    "cannot decrypt keystore " + walletFile + ": wrong password or corrupt file");
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read keystore " + walletFile + ": " + e.getMessage(), e);
        }
    }
}

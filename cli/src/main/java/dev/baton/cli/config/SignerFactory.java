package dev.baton.cli.config;

import dev.baton.cli.ConfigException;
import dev.baton.signer.DevKeySigner;
import dev.baton.signer.KeystoreSigner;
import dev.baton.signer.Signer;
import dev.baton.types.ChainId;
import java.util.Optional;
import org.web3j.crypto.Bip32ECKeyPair;
import org.web3j.crypto.MnemonicUtils;
import org.web3j.utils.Numeric;

/** Opens the configured signer for a chain. */
public final class SignerFactory {
    /**
     * The mnemonic every Hardhat node funds its development accounts from; public knowledge, devnet
     * only.
     */
    static final String HARDHAT_MNEMONIC =
            "test test test test test test test test test test test junk";

    private SignerFactory() {}

    /** The signer, or empty when none is configured. */
    public static Optional<Signer> open(SignerSpec spec, ChainId chainId) {
        return switch (spec) {
            case SignerSpec.None none -> Optional.empty();
            case SignerSpec.Keystore keystore ->
                    Optional.of(KeystoreSigner.open(keystore.file(), keystore.password(), chainId));
            case SignerSpec.DevKey dev -> Optional.of(devSigner(dev.index(), chainId));
        };
    }

    private static Signer devSigner(int index, ChainId chainId) {
        try {
            return DevKeySigner.of(devPrivateKey(index), chainId);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(
                    "--dev-key (devKeyIndex) " + index + ": " + e.getMessage(), e);
        }
    }

    /**
     * The private key of development account {@code index}: BIP-44 path m/44'/60'/0'/0/index of the
     * Hardhat mnemonic.
     */
    public static String devPrivateKey(int index) {
        Bip32ECKeyPair master =
                Bip32ECKeyPair.generateKeyPair(MnemonicUtils.generateSeed(HARDHAT_MNEMONIC, ""));
        int hardened = Bip32ECKeyPair.HARDENED_BIT;
        int[] path = {44 | hardened, 60 | hardened, hardened, 0, index};
        return Numeric.toHexStringWithPrefixZeroPadded(
                Bip32ECKeyPair.deriveKeyPair(master, path).getPrivateKey(), 64);
    }
}

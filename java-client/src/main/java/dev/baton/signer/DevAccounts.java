package dev.baton.signer;

import dev.baton.types.Address;
import dev.baton.types.ChainId;
import java.util.ArrayList;
import java.util.List;
import org.web3j.crypto.Bip32ECKeyPair;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.MnemonicUtils;
import org.web3j.utils.Numeric;

/**
 * The accounts a Hardhat (or anvil) node funds at start, derived from its default test mnemonic
 * (BIP-44 path m/44'/60'/0'/0/i) exactly as the node derives them. The one source of development
 * keys for the devnet, the CLI and the tests.
 */
public final class DevAccounts {

    /** Hardhat's default, publicly known test mnemonic. */
    public static final String HARDHAT_MNEMONIC =
            "test test test test test test test test test test test junk";

    /** How many accounts Hardhat funds by default. */
    public static final int HARDHAT_ACCOUNT_COUNT = 20;

    private static final List<DevAccount> HARDHAT_DEFAULTS =
            derive(HARDHAT_MNEMONIC, HARDHAT_ACCOUNT_COUNT);

    private DevAccounts() {}

    /** The funded accounts of a Hardhat node started without account configuration. */
    public static List<DevAccount> hardhatDefaults() {
        return HARDHAT_DEFAULTS;
    }

    /**
     * A devnet signer for funded account {@code index} (dev keys sign only on {@link
     * ChainId#DEVNET}).
     */
    public static DevKeySigner signer(int index) {
        return HARDHAT_DEFAULTS.get(index).signer(ChainId.DEVNET.value());
    }

    /** The 0x-hex private key of funded account {@code index} (a public test key). */
    public static String privateKey(int index) {
        return HARDHAT_DEFAULTS.get(index).privateKey();
    }

    /**
     * Derives the first {@code count} Ethereum accounts of a BIP-39 mnemonic (empty passphrase).
     */
    public static List<DevAccount> derive(String mnemonic, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("account 'count' must be >= 1, was " + count);
        }
        if (!MnemonicUtils.validateMnemonic(mnemonic)) {
            throw new IllegalArgumentException("'mnemonic' is not a valid BIP-39 mnemonic");
        }
        Bip32ECKeyPair master =
                Bip32ECKeyPair.generateKeyPair(MnemonicUtils.generateSeed(mnemonic, ""));
        List<DevAccount> accounts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int[] path = {
                44 | Bip32ECKeyPair.HARDENED_BIT,
                60 | Bip32ECKeyPair.HARDENED_BIT,
                Bip32ECKeyPair.HARDENED_BIT,
                0,
                i
            };
            Bip32ECKeyPair key = Bip32ECKeyPair.deriveKeyPair(master, path);
            Address address = Address.of(Credentials.create(key).getAddress());
            accounts.add(
                    new DevAccount(
                            i,
                            address,
                            Numeric.toHexStringWithPrefixZeroPadded(key.getPrivateKey(), 64)));
        }
        return List.copyOf(accounts);
    }
}

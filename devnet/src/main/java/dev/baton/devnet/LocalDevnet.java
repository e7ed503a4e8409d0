package dev.baton.devnet;

import dev.baton.devnet.rpc.DevnetControl;
import dev.baton.signer.DevAccount;
import dev.baton.signer.DevAccounts;
import java.util.List;

/**
 * What every local devnet (Hardhat or anvil, process or container) has alike: one JSON-RPC URL on
 * the loopback, the control calls over it, and the Hardhat development accounts (anvil is started
 * with the same mnemonic and count).
 */
public abstract class LocalDevnet implements Devnet {
    private final String rpcUrl;
    private final DevnetControl control;

    protected LocalDevnet(String rpcUrl) {
        this.rpcUrl = rpcUrl;
        this.control = DevnetControl.connect(rpcUrl);
    }

    @Override
    public final String rpcUrl() {
        return rpcUrl;
    }

    @Override
    public final List<DevAccount> accounts() {
        return DevAccounts.hardhatDefaults();
    }

    @Override
    public final DevnetControl control() {
        return control;
    }
}

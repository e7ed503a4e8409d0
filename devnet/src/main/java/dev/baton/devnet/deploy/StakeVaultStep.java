package dev.baton.devnet.deploy;

import dev.baton.internal.contracts.StakeVault;
import java.math.BigInteger;

/** Deploys the {@link StakeVault} owned by the deployer and allows every stake token deployed before it. */
public record StakeVaultStep(long withdrawalDelayBlocks) implements DeploymentStep {

    public static final String NAME = "StakeVault";

    public StakeVaultStep {
        if (withdrawalDelayBlocks <= 0) {
            throw new IllegalArgumentException("StakeVault 'withdrawalDelayBlocks' must be positive, was " + withdrawalDelayBlocks);
        }
    }

    @Override
    public void deploy(DeploymentContext context) throws Exception {
        StakeVault vault = StakeVault.deploy(context.web3j(), context.transactions(), context.gas(),
                context.deployer(), BigInteger.valueOf(withdrawalDelayBlocks)).send();
        context.recordContract(NAME, vault.getContractAddress(), vault.getTransactionReceipt().orElseThrow());
        for (String token : context.tokens().values()) {
            vault.setTokenAllowed(token, true).send();
        }
    }
}

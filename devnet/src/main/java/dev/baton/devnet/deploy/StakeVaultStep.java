package dev.baton.devnet.deploy;

import dev.baton.internal.abi.InitCode;
import dev.baton.internal.abi.Wrappers;
import dev.baton.internal.contracts.StakeVault;
import dev.baton.types.Address;
import java.math.BigInteger;
import java.util.Map;

/**
 * Deploys the {@link StakeVault} owned by the deployer and allows every stake token deployed before
 * it.
 */
public record StakeVaultStep(long withdrawalDelayBlocks) implements DeploymentStep {

    public static final String NAME = "StakeVault";
    private static final StakeVault VAULT = Wrappers.codec(StakeVault::load);

    public StakeVaultStep {
        if (withdrawalDelayBlocks <= 0) {
            throw new IllegalArgumentException(
                    "StakeVault 'withdrawalDelayBlocks' must be positive, was "
                            + withdrawalDelayBlocks);
        }
    }

    @Override
    public void deploy(DeploymentContext context) {
        String owner = context.deployer().lowerHex();
        BigInteger delay = BigInteger.valueOf(withdrawalDelayBlocks);
        DeploymentContext.Deployed vault =
                context.deployContract(
                        NAME,
                        InitCode.of(
                                (web3j, manager, gas) ->
                                        StakeVault.deploy(web3j, manager, gas, owner, delay)));
        for (Map.Entry<String, Address> token : context.tokens().entrySet()) {
            String what = NAME + ".setTokenAllowed(" + token.getKey() + ")";
            String address = token.getValue().lowerHex();
            if (vault.resumed()
                    && Reads.bool(context, what, vault.address(), VAULT.isTokenAllowed(address))) {
                context.alreadyDone(what);
            } else {
                context.send(
                        what,
                        vault.address(),
                        VAULT.setTokenAllowed(address, true).encodeFunctionCall());
            }
        }
    }
}

package dev.baton.devnet.deploy;

import dev.baton.internal.contracts.BatonTimelock;
import dev.baton.internal.contracts.RollupRegistry;
import dev.baton.internal.contracts.StakeVault;
import java.math.BigInteger;
import org.web3j.utils.Numeric;
import java.util.List;

/**
 * Deploys the governance timelock and the {@link RollupRegistry} it owns, with both mechanism implementations, makes
 * the registry the vault's authoriser (so registering a rollup authorises its module; its tokens must already be
 * allowed) and hands the vault to the timelock (transfer started, acceptance scheduled).
 *
 * <p>On a devnet the deployer is the timelock's proposer and executor, so tests and the demo can drive governance
 * (pause, evict) by scheduling, advancing time past the delay and executing.
 */
public record RegistryStep(long governanceDelaySeconds) implements DeploymentStep {

    public static final String TIMELOCK = "BatonTimelock";
    public static final String REGISTRY = "RollupRegistry";

    public RegistryStep {
        if (governanceDelaySeconds < 3600) {
            throw new IllegalArgumentException(
                    "RollupRegistry 'governanceDelaySeconds' must be at least 3600 (the registry's floor), was "
                            + governanceDelaySeconds);
        }
    }

    @Override
    public void deploy(DeploymentContext context) throws Exception {
        String deployer = context.deployer();
        BatonTimelock timelock = BatonTimelock.deploy(context.web3j(), context.transactions(), context.gas(),
                BigInteger.valueOf(governanceDelaySeconds), List.of(deployer), List.of(deployer), deployer).send();
        context.recordContract(TIMELOCK, timelock.getContractAddress(), timelock.getTransactionReceipt().orElseThrow());

        String vaultAddress = context.contract(StakeVaultStep.NAME);
        List<String> implementations = List.of(
                context.contract(MechanismsStep.SLOT_AUCTION), context.contract(MechanismsStep.BLOCK_MARKET));
        RollupRegistry registry = RollupRegistry.deploy(context.web3j(), context.transactions(), context.gas(),
                vaultAddress, timelock.getContractAddress(), implementations).send();
        context.recordContract(REGISTRY, registry.getContractAddress(), registry.getTransactionReceipt().orElseThrow());

        StakeVault vault = StakeVault.load(vaultAddress, context.web3j(), context.transactions(), context.gas());
        vault.setAuthoriser(registry.getContractAddress()).send();
        handVaultToGovernance(vault, timelock);
    }

    /**
     * Hands the vault to the timelock: the transfer starts now (the vault is still in set-up) and the timelock's
     * acceptance is scheduled, executable once the delay has passed. From the first deposit on, the deployer has no
     * vault power left but this hand-over: tokens, authoriser and delay then change only through the timelock.
     */
    private void handVaultToGovernance(StakeVault vault, BatonTimelock timelock) throws Exception {
        vault.transferOwnership(timelock.getContractAddress()).send();
        byte[] accept = Numeric.hexStringToByteArray(vault.acceptOwnership().encodeFunctionCall());
        timelock.schedule(vault.getContractAddress(), BigInteger.ZERO, accept, new byte[32], new byte[32],
                BigInteger.valueOf(governanceDelaySeconds)).send();
    }
}

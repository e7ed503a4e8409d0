package dev.baton.devnet.deploy;

import dev.baton.internal.abi.InitCode;
import dev.baton.internal.abi.Wrappers;
import dev.baton.internal.contracts.BatonTimelock;
import dev.baton.internal.contracts.RollupRegistry;
import dev.baton.internal.contracts.StakeVault;
import dev.baton.types.Address;
import java.math.BigInteger;
import java.util.List;

/**
 * Deploys the governance timelock and the {@link RollupRegistry} it owns, with both mechanism
 * implementations, and makes the registry the vault's authoriser (so registering a rollup
 * authorises its module; its tokens must already be allowed). The timelock administers itself (no
 * admin account, as in the Ignition module): its roles change only through its own delayed
 * operations. {@link GovernanceStep} then hands the vault to it.
 *
 * @param governanceDelaySeconds the timelock's delay, at least the registry's floor (an hour)
 * @param proposer the timelock's proposer and executor; null for the deployer (on a devnet, tests
 *     and the demo drive governance by scheduling, advancing time past the delay and executing)
 */
public record RegistryStep(long governanceDelaySeconds, Address proposer)
        implements DeploymentStep {

    public static final String TIMELOCK = "BatonTimelock";
    public static final String REGISTRY = "RollupRegistry";
    private static final StakeVault VAULT = Wrappers.codec(StakeVault::load);

    public RegistryStep {
        if (governanceDelaySeconds < 3600) {
            throw new IllegalArgumentException(
                    "RollupRegistry 'governanceDelaySeconds' must be at least 3600 (the registry's floor), was "
                            + governanceDelaySeconds);
        }
    }

    /** The deployer as proposer and executor. */
    public RegistryStep(long governanceDelaySeconds) {
        this(governanceDelaySeconds, null);
    }

    @Override
    public void deploy(DeploymentContext context) {
        String governor = (proposer != null ? proposer : context.deployer()).lowerHex();
        BigInteger delay = BigInteger.valueOf(governanceDelaySeconds);
        String timelock =
                context.deployContract(
                                TIMELOCK,
                                InitCode.of(
                                        (web3j, manager, gas) ->
                                                BatonTimelock.deploy(
                                                        web3j,
                                                        manager,
                                                        gas,
                                                        delay,
                                                        List.of(governor),
                                                        List.of(governor),
                                                        Address.ZERO.lowerHex())))
                        .address()
                        .lowerHex();

        Address vault = context.contract(StakeVaultStep.NAME);
        List<String> implementations =
                List.of(
                        context.contract(MechanismsStep.SLOT_AUCTION).lowerHex(),
                        context.contract(MechanismsStep.BLOCK_MARKET).lowerHex());
        Address registry =
                context.deployContract(
                                REGISTRY,
                                InitCode.of(
                                        (web3j, manager, gas) ->
                                                RollupRegistry.deploy(
                                                        web3j,
                                                        manager,
                                                        gas,
                                                        vault.lowerHex(),
                                                        timelock,
                                                        implementations)))
                        .address();

        String what = StakeVaultStep.NAME + ".setAuthoriser";
        if (Reads.address(context, StakeVaultStep.NAME + ".authoriser", vault, VAULT.authoriser())
                .equals(registry)) {
            context.alreadyDone(what);
        } else {
            context.send(
                    what, vault, VAULT.setAuthoriser(registry.lowerHex()).encodeFunctionCall());
        }
    }
}

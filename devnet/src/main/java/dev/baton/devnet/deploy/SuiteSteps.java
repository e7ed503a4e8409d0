package dev.baton.devnet.deploy;

import dev.baton.types.Address;
import java.util.List;

/** The steps that deploy the Baton suite, in dependency order. */
public final class SuiteSteps {

    /** Each funded dev account gets this many whole tokens of every stake token. */
    public static final long DEV_BALANCE_TOKENS = 1_000_000;

    /**
     * The vault's minimum (its MIN_WITHDRAWAL_DELAY): a test reaches a withdrawal by mining 64
     * blocks.
     */
    public static final long DEVNET_WITHDRAWAL_DELAY_BLOCKS = 64;

    /**
     * The registry's floor: governance actions wait at least an hour (tests advance time past it).
     */
    public static final long DEVNET_GOVERNANCE_DELAY_SECONDS = 3600;

    /** On a real chain, as the Ignition module's default: about a day of 12 s blocks. */
    public static final long LIVE_WITHDRAWAL_DELAY_BLOCKS = 7_200;

    /** On a real chain, as the Ignition module's default: one day. */
    public static final long LIVE_GOVERNANCE_DELAY_SECONDS = 86_400;

    private SuiteSteps() {}

    /** The devnet's suite: see {@link #of}. */
    public static List<DeploymentStep> standard() {
        return of(DEVNET_WITHDRAWAL_DELAY_BLOCKS, DEVNET_GOVERNANCE_DELAY_SECONDS, null);
    }

    /**
     * Stake tokens first (BTN, and ALT for multi-token rollups), then the vault, the mechanisms,
     * the timelock and the registry, and at last the vault handed to the timelock.
     *
     * @param proposer the timelock's proposer and executor, null for the deployer
     */
    public static List<DeploymentStep> of(
            long withdrawalDelayBlocks, long governanceDelaySeconds, Address proposer) {
        return List.of(
                TokenStep.of("Baton", "BTN", DEV_BALANCE_TOKENS),
                TokenStep.of("Alt", "ALT", DEV_BALANCE_TOKENS),
                new StakeVaultStep(withdrawalDelayBlocks),
                new MechanismsStep(),
                new RegistryStep(governanceDelaySeconds, proposer),
                new GovernanceStep(governanceDelaySeconds));
    }
}

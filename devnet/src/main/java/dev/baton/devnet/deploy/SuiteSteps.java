package dev.baton.devnet.deploy;

import java.util.List;

/** The steps that deploy the Baton suite, in dependency order. */
public final class SuiteSteps {

    /** Each funded dev account gets this many whole tokens of every stake token. */
    public static final long DEV_BALANCE_TOKENS = 1_000_000;

    /** The vault's minimum (its MIN_WITHDRAWAL_DELAY): a test reaches a withdrawal by mining 64 blocks. */
    public static final long DEVNET_WITHDRAWAL_DELAY_BLOCKS = 64;

    /** The registry's floor: governance actions wait at least an hour (tests advance time past it). */
    public static final long DEVNET_GOVERNANCE_DELAY_SECONDS = 3600;

    private SuiteSteps() {}

    /** Stake tokens first (BTN, and ALT for multi-token rollups), then the vault, the mechanisms and the registry. */
    public static List<DeploymentStep> standard() {
        return List.of(
                TokenStep.of("Baton", "BTN", DEV_BALANCE_TOKENS),
                TokenStep.of("Alt", "ALT", DEV_BALANCE_TOKENS),
                new StakeVaultStep(DEVNET_WITHDRAWAL_DELAY_BLOCKS),
                new MechanismsStep(),
                new RegistryStep(DEVNET_GOVERNANCE_DELAY_SECONDS));
    }
}

package dev.baton.devnet.deploy;

import java.util.List;

/** The steps that deploy the Baton suite, in dependency order. */
public final class SuiteSteps {

    /** Each funded dev account gets this many whole tokens of every stake token. */
    public static final long DEV_BALANCE_TOKENS = 1_000_000;

    /** The vault's minimum (its MIN_WITHDRAWAL_DELAY): a test reaches a withdrawal by mining 64 blocks. */
    public static final long DEVNET_WITHDRAWAL_DELAY_BLOCKS = 64;

    private SuiteSteps() {}

    /** Stake tokens first (BTN, and ALT for multi-token rollups), then the contracts that use them. */
    public static List<DeploymentStep> standard() {
        return List.of(
                TokenStep.of("Baton", "BTN", DEV_BALANCE_TOKENS),
                TokenStep.of("Alt", "ALT", DEV_BALANCE_TOKENS),
                new StakeVaultStep(DEVNET_WITHDRAWAL_DELAY_BLOCKS));
    }
}

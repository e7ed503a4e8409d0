package dev.baton.devnet.deploy;

import java.util.List;

/** The steps that deploy the Baton suite, in dependency order. */
public final class SuiteSteps {

    /** Each funded dev account gets this many whole tokens of every stake token. */
    public static final long DEV_BALANCE_TOKENS = 1_000_000;

    private SuiteSteps() {}

    /** Stake tokens first (BTN, and ALT for multi-token rollups), then the contracts that use them. */
    public static List<DeploymentStep> standard() {
        return List.of(
                TokenStep.of("Baton Token", "BTN", DEV_BALANCE_TOKENS),
                TokenStep.of("Alt Token", "ALT", DEV_BALANCE_TOKENS));
    }
}

package dev.baton.devnet.deploy;

import dev.baton.model.DeploymentManifest;
import dev.baton.signer.DevAccount;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One deployment's inputs besides the sender.
 *
 * @param rpcUrl written into the manifest as its default node
 * @param fundedAccounts accounts the token steps mint a balance to (the devnet's; empty on a real
 *     chain)
 * @param resumeFrom the manifest of an interrupted (or finished) earlier run on the same chain, or
 *     null: its entries whose code is on chain are kept, not redeployed
 * @param manifestFile where the manifest is written after every recorded contract, or null to keep
 *     it in memory
 * @param listener progress reports
 */
public record DeploymentRun(
        String rpcUrl,
        List<DevAccount> fundedAccounts,
        DeploymentManifest resumeFrom,
        Path manifestFile,
        DeploymentListener listener) {
    public DeploymentRun {
        Objects.requireNonNull(rpcUrl, "rpcUrl");
        fundedAccounts = List.copyOf(fundedAccounts);
        listener = listener == null ? DeploymentListener.NONE : listener;
    }

    /** A fresh deployment funding {@code fundedAccounts}, kept in memory. */
    public static DeploymentRun fresh(String rpcUrl, List<DevAccount> fundedAccounts) {
        return new DeploymentRun(rpcUrl, fundedAccounts, null, null, DeploymentListener.NONE);
    }
}

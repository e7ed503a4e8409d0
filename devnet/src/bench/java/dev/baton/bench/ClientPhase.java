package dev.baton.bench;

import dev.baton.client.Baton;
import dev.baton.client.BatonOptions;
import dev.baton.model.DeploymentManifest;
import dev.baton.signer.DevAccount;
import dev.baton.tx.Outcome;
import dev.baton.tx.TxReceipt;
import dev.baton.tx.TxRequest;
import dev.baton.types.Address;
import java.util.List;

/**
 * The Java client's path for independent transactions: {@code Transactor.sendAll} with all its
 * guarantees (a dry run of every transaction, a gas estimate, a fee snapshot, nonces from the
 * authority, signing, every receipt fetched and checked). The clock starts before the first request
 * is built and stops when sendAll has returned a mined, successful receipt for each. A fresh
 * connection per phase, so the key's nonce is read from the node inside the clock.
 */
final class ClientPhase {
    private final DeploymentManifest manifest;
    private final DevAccount sender;
    private final Address token;

    ClientPhase(DeploymentManifest manifest, DevAccount sender, Address token) {
        this.manifest = manifest;
        this.sender = sender;
        this.token = token;
    }

    PhaseResult run(List<Address> recipients) {
        try (Baton baton =
                Baton.connect(
                        manifest, sender.signer(manifest.chainId()), BatonOptions.defaults())) {
            long start = System.nanoTime();
            List<TxRequest> requests =
                    recipients.stream()
                            .map(to -> TxRequest.call(token, Transfers.calldata(to)))
                            .toList();
            List<Outcome<TxReceipt>> outcomes = baton.transactor().sendAll(requests);
            long nanos = System.nanoTime() - start;
            for (Outcome<TxReceipt> outcome : outcomes) {
                if (!outcome.isOk()) {
                    throw new IllegalStateException(
                            "client send failed: " + outcome.error().getMessage(), outcome.error());
                }
                if (!outcome.get().success()) {
                    throw new IllegalStateException(
                            "client transaction reverted: " + outcome.get().hash());
                }
            }
            return new PhaseResult("client", recipients.size(), nanos);
        }
    }
}

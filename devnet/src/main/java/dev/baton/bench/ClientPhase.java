package dev.baton.bench;

import dev.baton.client.Baton;
import dev.baton.client.BatonOptions;
import dev.baton.devnet.DevAccount;
import dev.baton.model.DeploymentManifest;
import dev.baton.tx.Outcome;
import dev.baton.tx.TxReceipt;
import dev.baton.tx.TxRequest;
import dev.baton.types.Address;
import java.util.List;

/**
 * The Java client's best path for independent transactions: {@code Transactor.sendAll} (batched dry runs, estimates
 * and sends; every receipt awaited). The clock stops when sendAll has returned a mined receipt for each.
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

    PhaseResult run(List<Address> warmUp, List<Address> measured) {
        try (Baton baton = Baton.connect(manifest, sender.signer(manifest.chainId()), BatonOptions.defaults())) {
            sendAll(baton, warmUp);
            long start = System.nanoTime();
            sendAll(baton, measured);
            return new PhaseResult("client", measured.size(), System.nanoTime() - start);
        }
    }

    private void sendAll(Baton baton, List<Address> recipients) {
        List<TxRequest> requests = recipients.stream().map(to -> TxRequest.call(token, Transfers.calldata(to))).toList();
        List<Outcome<TxReceipt>> outcomes = baton.transactor().sendAll(requests);
        for (Outcome<TxReceipt> outcome : outcomes) {
            if (!outcome.isOk()) throw new IllegalStateException("client send failed: " + outcome.error().getMessage(), outcome.error());
            if (!outcome.get().success()) throw new IllegalStateException("client transaction reverted: " + outcome.get().hash());
        }
    }
}

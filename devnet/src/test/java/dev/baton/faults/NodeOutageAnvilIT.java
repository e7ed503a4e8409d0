package dev.baton.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.baton.client.Baton;
import dev.baton.client.TokenClient;
import dev.baton.devnet.ProjectRoot;
import dev.baton.devnet.anvil.AnvilProcess;
import dev.baton.devnet.deploy.Deployer;
import dev.baton.devnet.proxy.Fault;
import dev.baton.devnet.proxy.FaultProxy;
import dev.baton.errors.TransportException;
import dev.baton.model.DeploymentManifest;
import dev.baton.signer.DevAccount;
import dev.baton.tx.TxReceipt;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The main outage case: the node is STOPPED in the middle of a client's lifecycle and restarted
 * WITH its chain (anvil keeps it in its state file), once between operations and once while a sent
 * transaction's receipt is awaited. The same client resumes by itself, and on the one chain every
 * transfer is there exactly once: the sender's nonce moved by the number of transfers that reported
 * success, nothing is left pending, and each recipient holds one unit.
 */
class NodeOutageAnvilIT {

    @Test
    void theClientResumesAfterTheNodeRestartsWithItsChainAndNothingIsSentTwiceOrLost()
            throws Exception {
        try (AnvilProcess devnet = AnvilProcess.start(ProjectRoot.locate())) {
            DeploymentManifest manifest = Deployer.standard().deploy(devnet);
            DevAccount sender = devnet.account(1);
            List<Address> to = ExactlyOnceBehaviour.recipients(0x0a, 5);
            try (FaultProxy proxy = FaultProxy.start(devnet.rpcUrl());
                    Baton baton =
                            ExactlyOnceBehaviour.throughProxy(
                                    manifest, sender, devnet.chainId(), proxy)) {
                TokenClient tokens = baton.tokens();
                Address btn = baton.token("BTN");
                long before = baton.transactor().node().transactionCount(sender.address(), false);
                tokens.transfer(btn, to.get(0), Amount.of(1));
                tokens.transfer(btn, to.get(1), Amount.of(1));

                devnet.stopNode();
                Throwable whileDown =
                        catchThrowable(() -> tokens.transfer(btn, to.get(2), Amount.of(1)));
                assertThat(whileDown).isInstanceOf(TransportException.class);
                assertThat(((TransportException) whileDown).isTransient())
                        .as("error while down is transient: %s", whileDown)
                        .isTrue();
                devnet.startNode(Duration.ofSeconds(60));

                // The chain survived: what was sent before the stop is still there.
                assertThat(tokens.balanceOf(btn, to.get(0))).isEqualTo(Amount.of(1));
                tokens.transfer(
                        btn,
                        to.get(2),
                        Amount.of(1)); // the operation refused during the outage, retried

                // Stopped while the receipt of a sent transfer is awaited: the receipt answer is
                // held back, the node goes down and comes back; the waiter keeps asking and reports
                // that one transaction. The proxy counts a request when it arrives, before the node
                // has it: wait for the first receipt request, which the waiter makes only once the
                // node has answered the send (so the stop cannot race the send itself, which would
                // be another case: a node stopped while it takes a transaction).
                int receiptsBefore = proxy.calls("eth_getTransactionReceipt");
                proxy.inject(Fault.delay("eth_getTransactionReceipt", Duration.ofMillis(500)));
                CompletableFuture<TxReceipt> inFlight =
                        CompletableFuture.supplyAsync(
                                () -> tokens.transfer(btn, to.get(3), Amount.of(1)));
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (proxy.calls("eth_getTransactionReceipt") == receiptsBefore
                        && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                devnet.stopNode();
                Thread.sleep(1_500);
                devnet.startNode(Duration.ofSeconds(60));
                TxReceipt receipt = inFlight.get();
                assertThat(receipt.success()).isTrue();

                tokens.transfer(btn, to.get(4), Amount.of(1));

                long after = baton.transactor().node().transactionCount(sender.address(), false);
                assertThat(after - before)
                        .as("nonce delta: five transfers reported, five executed")
                        .isEqualTo(5);
                assertThat(baton.transactor().node().transactionCount(sender.address(), true))
                        .isEqualTo(after);
                for (Address a : to) {
                    assertThat(tokens.balanceOf(btn, a))
                            .as("recipient %s", a)
                            .isEqualTo(Amount.of(1));
                }
            }
        }
    }
}

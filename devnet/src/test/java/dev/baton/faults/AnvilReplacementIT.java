package dev.baton.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.client.Baton;
import dev.baton.devnet.Devnet;
import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.junit.BatonDevnet;
import dev.baton.model.DeploymentManifest;
import dev.baton.signer.DevAccount;
import dev.baton.signer.SignedTransaction;
import dev.baton.tx.Transactor;
import dev.baton.tx.TxReceipt;
import dev.baton.tx.TxRequest;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Replace-by-fee and cancel on a real pool (anvil with automine off, so a sent transaction waits
 * like one stuck behind a low fee): the node takes the bumped replacement, exactly one version
 * executes, and a cancelled nonce lets the transaction queued behind it through.
 */
@BatonDevnet(kind = DevnetKind.ANVIL)
class AnvilReplacementIT {
    private Devnet devnet;

    @AfterEach
    void automineBack() {
        if (devnet != null) {
            devnet.setAutomine(true);
        }
    }

    @Test
    void aStuckTransactionIsReplacedByFeeAndOnlyTheReplacementExecutes(
            Devnet devnet, DeploymentManifest manifest) {
        this.devnet = devnet;
        DevAccount sender = devnet.account(6);
        Address to = ExactlyOnceBehaviour.recipients(0xf1, 1).get(0);
        try (Baton baton = Baton.connect(manifest, sender.signer(devnet.chainId()))) {
            Transactor tx = baton.transactor();
            Address btn = baton.token("BTN");
            long before = tx.node().transactionCount(sender.address(), false);
            TxRequest transfer = TxRequest.call(btn, ExactlyOnceBehaviour.transferCalldata(to));
            devnet.setAutomine(false);

            SignedTransaction stuck = tx.submit(transfer);
            SignedTransaction replacement = tx.replace(stuck);
            devnet.mine(1);
            TxReceipt receipt = tx.await(transfer, replacement);

            assertThat(receipt.hash()).isEqualTo(replacement.hash());
            assertThat(tx.node().receipt(stuck.hash())).isEmpty();
            assertThat(tx.node().transactionCount(sender.address(), true)).isEqualTo(before + 1);
            assertThat(baton.tokens().balanceOf(btn, to)).isEqualTo(Amount.of(1));
        }
    }

    @Test
    void aCancelledNonceLetsTheTransactionQueuedBehindItThrough(
            Devnet devnet, DeploymentManifest manifest) {
        this.devnet = devnet;
        DevAccount sender = devnet.account(7);
        List<Address> to = ExactlyOnceBehaviour.recipients(0xf2, 2);
        try (Baton baton = Baton.connect(manifest, sender.signer(devnet.chainId()))) {
            Transactor tx = baton.transactor();
            Address btn = baton.token("BTN");
            long before = tx.node().transactionCount(sender.address(), false);
            devnet.setAutomine(false);

            SignedTransaction cancelled =
                    tx.submit(
                            TxRequest.call(btn, ExactlyOnceBehaviour.transferCalldata(to.get(0))));
            TxRequest second =
                    TxRequest.call(btn, ExactlyOnceBehaviour.transferCalldata(to.get(1)));
            SignedTransaction behind = tx.submit(second);
            SignedTransaction cancel = tx.cancel(cancelled.nonce());
            devnet.mine(1);

            assertThat(tx.awaitReceipt(cancel).success()).isTrue();
            assertThat(tx.await(second, behind).success()).isTrue();
            assertThat(tx.node().receipt(cancelled.hash())).isEmpty();
            assertThat(tx.node().transactionCount(sender.address(), false)).isEqualTo(before + 2);
            assertThat(baton.tokens().balanceOf(btn, to.get(0))).isEqualTo(Amount.ZERO);
            assertThat(baton.tokens().balanceOf(btn, to.get(1))).isEqualTo(Amount.of(1));
        }
    }
}

package dev.baton.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.errors.StakeVaultZeroAmountException;
import dev.baton.errors.TransportException;
import dev.baton.errors.TxReplacedException;
import dev.baton.errors.TxTimeoutException;
import dev.baton.fixtures.FakeClock;
import dev.baton.fixtures.FakeNode;
import dev.baton.signer.DevKeySigner;
import dev.baton.signer.SignedTransaction;
import dev.baton.types.Address;
import dev.baton.types.ChainId;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TransactorTest {
    private static final Address TARGET = Address.of("0x5fbdb2315678afecb367f032d93f642f64180aa3");
    private final FakeNode node = new FakeNode(ChainId.DEVNET);
    private final FakeClock clock = new FakeClock();
    private final DevKeySigner signer =
            DevKeySigner.of(DevKeySigner.HARDHAT_ACCOUNT_0, ChainId.DEVNET);
    private final TxOptions options = TxOptions.DEVNET.withReceiptTimeout(Duration.ofSeconds(2));
    private final Transactor tx =
            new Transactor(node, signer, options, clock, new NonceAuthorities());

    @Test
    void sendsAndReturnsTheReceipt() {
        TxReceipt receipt = tx.send(TxRequest.call(TARGET, "0x"));
        assertThat(receipt.success()).isTrue();
        assertThat(node.minedNonce()).isEqualTo(1);
    }

    @Test
    void aRevertingDryRunThrowsTheTypedErrorAndTakesNoNonce() {
        node.revertWith(StakeVaultZeroAmountException.SELECTOR);
        assertThatThrownBy(() -> tx.send(TxRequest.call(TARGET, "0x")))
                .isInstanceOf(StakeVaultZeroAmountException.class);
        assertThat(node.sendAttempts).hasValue(0);

        node.revertWith(null);
        tx.send(TxRequest.call(TARGET, "0x"));
        assertThat(node.minedNonce()).isEqualTo(1); // nonce 0 was still free
    }

    @Test
    void gasIsTheEstimatePlusTheMargin() {
        SignedTransaction signed = tx.submit(TxRequest.call(TARGET, "0x"));
        var decoded = org.web3j.crypto.TransactionDecoder.decode(signed.raw());
        assertThat(decoded.getGasLimit()).isEqualTo(BigInteger.valueOf(60_000));
    }

    @Test
    void aWriteIsExecutedOnceBeforeSendingByItsEstimateOrByEthCallWhenItsGasIsGiven() {
        tx.send(TxRequest.call(TARGET, "0x"));
        assertThat(node.calls).as("no eth_call beside the estimate").hasValue(0);

        tx.send(
                new TxRequest(
                        TARGET, "0x", dev.baton.types.Amount.ZERO, BigInteger.valueOf(70_000)));
        assertThat(node.calls).as("a fixed gas limit is dry-run by eth_call").hasValue(1);

        node.revertWith(StakeVaultZeroAmountException.SELECTOR);
        assertThatThrownBy(
                        () ->
                                tx.send(
                                        new TxRequest(
                                                TARGET,
                                                "0x",
                                                dev.baton.types.Amount.ZERO,
                                                BigInteger.valueOf(70_000))))
                .isInstanceOf(StakeVaultZeroAmountException.class);
        assertThat(node.sendAttempts).hasValue(2);
    }

    @Test
    void nonceUsedElsewhereIsResyncedAndTheSendSucceeds() {
        tx.send(TxRequest.call(TARGET, "0x"));
        node.useNoncesElsewhere(3);
        TxReceipt receipt = tx.send(TxRequest.call(TARGET, "0x"));
        assertThat(receipt.success()).isTrue();
        assertThat(node.minedNonce()).isEqualTo(5);
    }

    @Test
    void transientSendFailuresAreRetried() {
        node.transientSendFailures.set(2);
        assertThat(tx.send(TxRequest.call(TARGET, "0x")).success()).isTrue();
        assertThat(node.sendAttempts).hasValue(3);
    }

    @Test
    void aSendThatNeverReachedTheNodeGivesItsNonceBack() {
        node.transientSendFailures.set(100);
        assertThatThrownBy(() -> tx.send(TxRequest.call(TARGET, "0x")))
                .isInstanceOf(TransportException.class);
        node.transientSendFailures.set(0);
        tx.send(TxRequest.call(TARGET, "0x"));
        assertThat(node.minedNonce()).isEqualTo(1);
    }

    @Test
    void aDroppedTransactionIsRebroadcastWithTheSameBytesAndItsGapCloses() {
        node.dropNextTransaction();
        SignedTransaction first = tx.submit(TxRequest.call(TARGET, "0x"));
        SignedTransaction second = tx.submit(TxRequest.call(TARGET, "0x"));
        assertThat(node.minedNonce()).isZero(); // nonce 0 is missing: nonce 1 is stuck behind it

        TxReceipt receipt = tx.await(TxRequest.call(TARGET, "0x"), first);

        assertThat(receipt.hash()).isEqualTo(first.hash());
        assertThat(node.acceptedRaw()).filteredOn(first.raw()::equals).hasSize(2);
        assertThat(node.receipt(second.hash())).isPresent();
    }

    @Test
    void aTransactionWhoseNonceWasTakenElsewhereIsReportedReplaced() {
        node.dropNextTransaction();
        SignedTransaction lost = tx.submit(TxRequest.call(TARGET, "0x"));
        node.useNoncesElsewhere(1);
        assertThatThrownBy(() -> tx.await(TxRequest.call(TARGET, "0x"), lost))
                .isInstanceOf(TxReplacedException.class);
    }

    @Test
    void timesOutWhenNothingIsMinedWithoutResendingAKnownTransaction() {
        node.setMining(false);
        SignedTransaction pending = tx.submit(TxRequest.call(TARGET, "0x"));
        assertThatThrownBy(() -> tx.await(TxRequest.call(TARGET, "0x"), pending))
                .isInstanceOf(TxTimeoutException.class)
                .hasMessageContaining(pending.hash().hex());
        assertThat(node.acceptedRaw()).hasSize(1);
        assertThat(clock.sleptMillis()).isGreaterThanOrEqualTo(2_000);
    }

    @Test
    void waitsForTheConfirmationDepth() {
        Transactor deep =
                new Transactor(
                        node, signer, options.withConfirmations(3), clock, new NonceAuthorities());
        clock.onSleep(node::mineEmptyBlock);
        TxReceipt receipt = deep.send(TxRequest.call(TARGET, "0x"));
        assertThat(node.blockNumber()).isGreaterThanOrEqualTo(receipt.blockNumber() + 2);
    }

    @Test
    void aTransactionThatFailsOnChainIsReplayedIntoItsTypedError() {
        node.failNextOnChain(StakeVaultZeroAmountException.SELECTOR);
        assertThatThrownBy(() -> tx.send(TxRequest.call(TARGET, "0x")))
                .isInstanceOf(StakeVaultZeroAmountException.class);
        assertThat(node.minedNonce()).isEqualTo(1); // it was mined: the nonce is spent
    }

    @Test
    void concurrentSendersShareTheKeyWithoutNonceErrors() throws Exception {
        // real time here: a fake clock shared by spinning threads would race through the timeout
        Transactor shared =
                new Transactor(
                        node, signer, TxOptions.DEVNET, Clock.system(), new NonceAuthorities());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<TxReceipt>> futures = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            futures.add(pool.submit(() -> shared.send(TxRequest.call(TARGET, "0x"))));
        }
        for (Future<TxReceipt> f : futures) {
            assertThat(f.get().success()).isTrue();
        }
        pool.shutdown();
        assertThat(node.minedNonce()).isEqualTo(200);
    }

    @Test
    void batchSendsKeepPerTransactionOutcomes() {
        List<Outcome<TxReceipt>> results =
                tx.sendAll(List.of(TxRequest.call(TARGET, "0x"), TxRequest.call(TARGET, "0x")));
        assertThat(results).allMatch(Outcome::isOk);
        assertThat(node.minedNonce()).isEqualTo(2);
    }
}

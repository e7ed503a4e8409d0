package dev.baton.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.errors.NonceTooLowException;
import dev.baton.errors.StakeVaultZeroAmountException;
import dev.baton.errors.TxFailedOnChainException;
import dev.baton.fixtures.FakeClock;
import dev.baton.fixtures.FakeNode;
import dev.baton.signer.DevKeySigner;
import dev.baton.signer.SignedTransaction;
import dev.baton.types.Address;
import dev.baton.types.ChainId;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The send path under lost answers: each write is signed once and executes once, and the caller
 * sees its outcome.
 */
class TransactorExactlyOnceTest {
    private static final Address TARGET = Address.of("0x5fbdb2315678afecb367f032d93f642f64180aa3");
    private final FakeNode node = new FakeNode(ChainId.DEVNET);
    private final FakeClock clock = new FakeClock();
    private final DevKeySigner signer =
            DevKeySigner.of(DevKeySigner.HARDHAT_ACCOUNT_0, ChainId.DEVNET);
    private final Transactor tx =
            new Transactor(
                    node,
                    signer,
                    TxOptions.DEVNET.withReceiptTimeout(Duration.ofSeconds(2)),
                    clock,
                    new NonceAuthorities());

    @Test
    void theFakeNodeAnswersAResentMinedTransactionWithNonceTooLowAsRealNodesDo() {
        SignedTransaction sent = tx.submit(TxRequest.call(TARGET, "0x"));
        assertThatThrownBy(() -> node.sendRawTransaction(sent.raw()))
                .isInstanceOf(NonceTooLowException.class);
    }

    @Test
    void aLostSendAnswerExecutesTheWriteOnceAndReportsThatTransaction() {
        node.lostSendAnswers.set(1);
        TxReceipt receipt = tx.send(TxRequest.call(TARGET, "0x"));
        assertThat(receipt.success()).isTrue();
        assertThat(node.minedNonce()).isEqualTo(1);
        assertThat(new HashSet<>(node.acceptedRaw())).hasSize(1); // one signature, one transaction
        assertThat(tx.send(TxRequest.call(TARGET, "0x")).success())
                .isTrue(); // and the next write takes nonce 1
        assertThat(node.minedNonce()).isEqualTo(2);
    }

    @Test
    void severalLostSendAnswersInARowStillExecuteOnce() {
        node.lostSendAnswers.set(3);
        tx.send(TxRequest.call(TARGET, "0x"));
        assertThat(node.minedNonce()).isEqualTo(1);
        assertThat(new HashSet<>(node.acceptedRaw())).hasSize(1);
    }

    @Test
    void lostReceiptAnswersAreAskedAgainWithoutResending() {
        node.lostReceiptAnswers.set(3);
        TxReceipt receipt = tx.send(TxRequest.call(TARGET, "0x"));
        assertThat(receipt.success()).isTrue();
        assertThat(node.sendAttempts).hasValue(1);
        assertThat(node.minedNonce()).isEqualTo(1);
    }

    @Test
    void aLostBatchAnswerExecutesEveryWriteOfTheBatchOnce() {
        node.lostSendAnswers.set(1); // the first transaction of the batch is taken, its answer lost
        List<Outcome<TxReceipt>> results =
                tx.sendAll(
                        List.of(
                                TxRequest.call(TARGET, "0x"),
                                TxRequest.call(TARGET, "0x"),
                                TxRequest.call(TARGET, "0x")));
        assertThat(results).allMatch(Outcome::isOk);
        assertThat(node.minedNonce()).isEqualTo(3);
        assertThat(new HashSet<>(node.acceptedRaw())).hasSize(3);
    }

    @Test
    void aTransactionThatFailsOnChainWithoutAReasonIsATypedFailureNotATransportError() {
        node.failNextOnChainSilently(); // the replay returns normally: no reason to decode
        assertThatThrownBy(() -> tx.send(TxRequest.call(TARGET, "0x")))
                .isInstanceOf(TxFailedOnChainException.class)
                .hasMessageContaining("failed on chain in block");
        assertThat(node.minedNonce()).isEqualTo(1);
    }

    @Test
    void aRevertOnChainStillReplaysIntoItsTypedError() {
        node.failNextOnChain(StakeVaultZeroAmountException.SELECTOR);
        assertThatThrownBy(() -> tx.send(TxRequest.call(TARGET, "0x")))
                .isInstanceOf(StakeVaultZeroAmountException.class);
    }

    @Test
    void aTransactionStuckBehindALowFeeIsReplacedByFeeAndTheReplacementsReceiptIsReported() {
        Transactor patient =
                new Transactor(
                        node,
                        signer,
                        TxOptions.DEVNET
                                .withReceiptTimeout(Duration.ofSeconds(30))
                                .withStuck(StuckPolicy.replaceAfter(Duration.ofSeconds(1), 3)),
                        clock,
                        new NonceAuthorities());
        node.mineOnlyAbove(
                java.math.BigInteger.valueOf(4_200_000_000L)); // the first version offers 4 gwei
        SignedTransaction first = patient.submit(TxRequest.call(TARGET, "0x"));
        assertThat(node.receipt(first.hash())).isEmpty();

        TxReceipt receipt = patient.await(TxRequest.call(TARGET, "0x"), first);

        assertThat(receipt.hash()).isNotEqualTo(first.hash());
        assertThat(node.receipt(first.hash())).isEmpty();
        assertThat(node.minedNonce()).isEqualTo(1); // one nonce, one execution
    }

    @Test
    void aCancelledNonceFreesTheQueueBehindIt() {
        node.mineOnlyAbove(java.math.BigInteger.valueOf(4_200_000_000L));
        SignedTransaction stuck = tx.submit(TxRequest.call(TARGET, "0x"));
        SignedTransaction behind = tx.submit(TxRequest.call(TARGET, "0x"));
        assertThat(node.minedNonce()).isZero();

        SignedTransaction cancel = tx.cancel(stuck.nonce());
        assertThat(tx.awaitReceipt(cancel).success()).isTrue();

        assertThat(node.receipt(stuck.hash())).isEmpty();
        assertThat(node.minedNonce()).isEqualTo(1);
        node.mineOnlyAbove(
                java.math.BigInteger
                        .ZERO); // the one behind had today's fee: fine once its turn came
        assertThat(tx.await(TxRequest.call(TARGET, "0x"), behind).success()).isTrue();
        assertThat(node.minedNonce()).isEqualTo(2);
    }

    @Test
    void aReplacementBumpsBothFeeFieldsByAtLeastTenPercentAndStopsAtTheCap() {
        FeePolicy.Fees old =
                new FeePolicy.Fees(
                        java.math.BigInteger.valueOf(100), java.math.BigInteger.valueOf(1_000));
        FeePolicy.Fees bumped = FeeBump.over(old, old, null);
        assertThat(bumped.maxPriorityFeePerGas()).isEqualTo(110);
        assertThat(bumped.maxFeePerGas()).isEqualTo(1_100);
        assertThatThrownBy(() -> FeeBump.over(old, old, java.math.BigInteger.valueOf(1_050)))
                .isInstanceOf(dev.baton.errors.FeeBumpCappedException.class)
                .hasMessageContaining("1100")
                .hasMessageContaining("1050");
    }
}

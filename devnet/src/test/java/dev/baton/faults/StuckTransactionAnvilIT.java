package dev.baton.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.client.Baton;
import dev.baton.devnet.Devnet;
import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.junit.BatonDevnet;
import dev.baton.model.DeploymentManifest;
import dev.baton.signer.DevAccount;
import dev.baton.signer.SignedTransaction;
import dev.baton.tx.Clock;
import dev.baton.tx.NonceAuthorities;
import dev.baton.tx.StuckPolicy;
import dev.baton.tx.Transactor;
import dev.baton.tx.TxOptions;
import dev.baton.tx.TxReceipt;
import dev.baton.tx.TxRequest;
import dev.baton.tx.Web3jNode;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The stuck-transaction policy on a real pool: anvil keeps mining blocks (automine off, a miner
 * thread) whose base fee is set just above the max fee a transaction was signed with, so blocks
 * come and the transaction is left out, as one stuck behind a low fee is. Under {@link
 * StuckPolicy#replaceAfter} the client replaces it by fee bump on its own and reports the version
 * that was mined; exactly one executes. A cancelled stuck nonce lets the one queued behind it
 * through.
 */
@BatonDevnet(kind = DevnetKind.ANVIL)
class StuckTransactionAnvilIT {
    private static final TxOptions REPLACING =
            TxOptions.DEVNET.withStuck(StuckPolicy.replaceAfter(Duration.ofSeconds(1), 3));

    private Devnet devnet;
    private Miner miner;

    @AfterEach
    void stopMining() throws InterruptedException {
        if (miner != null) {
            miner.stop();
        }
        if (devnet != null) {
            devnet.setAutomine(true);
        }
    }

    @Test
    void aTransactionStuckBehindALowFeeIsReplacedByFeeUnderThePolicyAndExecutesOnce(
            Devnet devnet, DeploymentManifest manifest) throws Exception {
        this.devnet = devnet;
        DevAccount sender = devnet.account(8);
        Address to = ExactlyOnceBehaviour.recipients(0xd1, 1).get(0);
        try (Session session = Session.open(devnet, manifest, sender)) {
            Baton baton = session.baton();
            Web3jNode node = session.node();
            Transactor tx = session.tx();
            Address btn = baton.token("BTN");
            long before = node.transactionCount(sender.address(), false);
            TxRequest transfer = TxRequest.call(btn, ExactlyOnceBehaviour.transferCalldata(to));
            devnet.setAutomine(false);

            SignedTransaction stuck = tx.submit(transfer);
            long firstBlock = devnet.control().blockNumber();
            BigInteger stuckFee = maxFee(stuck);
            miner = Miner.start(devnet, stuckFee.add(BigInteger.ONE));
            TxReceipt receipt = tx.await(transfer, stuck);
            miner.stop();

            assertThat(receipt.hash())
                    .as("the replacement was mined, not the stuck version")
                    .isNotEqualTo(stuck.hash());
            assertThat(receipt.blockNumber())
                    .as("blocks were mined without the stuck version")
                    .isGreaterThan(firstBlock + 1);
            assertThat(node.receipt(stuck.hash())).isEmpty();
            assertThat(maxFee(receipt.hash().hex())).isGreaterThanOrEqualTo(bumped(stuckFee));
            assertThat(node.transactionCount(sender.address(), true))
                    .as("nonce delta")
                    .isEqualTo(before + 1);
            assertThat(baton.tokens().balanceOf(btn, to))
                    .as("executed once")
                    .isEqualTo(Amount.of(1));
        }
    }

    @Test
    void aCancelledStuckNonceFreesTheQueueBehindIt(Devnet devnet, DeploymentManifest manifest)
            throws Exception {
        this.devnet = devnet;
        DevAccount sender = devnet.account(9);
        List<Address> to = ExactlyOnceBehaviour.recipients(0xd2, 2);
        try (Session session = Session.open(devnet, manifest, sender)) {
            Baton baton = session.baton();
            Web3jNode node = session.node();
            Transactor tx = session.tx();
            Address btn = baton.token("BTN");
            long before = node.transactionCount(sender.address(), false);
            devnet.setAutomine(false);

            SignedTransaction stuck =
                    tx.submit(
                            TxRequest.call(btn, ExactlyOnceBehaviour.transferCalldata(to.get(0))));
            TxRequest second =
                    TxRequest.call(btn, ExactlyOnceBehaviour.transferCalldata(to.get(1)));
            SignedTransaction behind = tx.submit(second);
            miner = Miner.start(devnet, maxFee(stuck).max(maxFee(behind)).add(BigInteger.ONE));
            Thread.sleep(500);
            assertThat(node.transactionCount(sender.address(), false))
                    .as("the queue is stuck")
                    .isEqualTo(before);

            SignedTransaction cancel = tx.cancel(stuck.nonce());
            assertThat(tx.awaitReceipt(cancel).success()).isTrue();
            assertThat(tx.await(second, behind).success())
                    .as("the one behind goes through")
                    .isTrue();
            miner.stop();

            assertThat(node.receipt(stuck.hash())).isEmpty();
            assertThat(node.transactionCount(sender.address(), false)).isEqualTo(before + 2);
            assertThat(baton.tokens().balanceOf(btn, to.get(0))).isEqualTo(Amount.ZERO);
            assertThat(baton.tokens().balanceOf(btn, to.get(1))).isEqualTo(Amount.of(1));
        }
    }

    /**
     * A Baton for the reads and a Transactor with the stuck policy on, both on the devnet's URL.
     */
    private record Session(Baton baton, Web3jNode node, Transactor tx) implements AutoCloseable {
        static Session open(Devnet devnet, DeploymentManifest manifest, DevAccount sender) {
            Web3jNode node = Web3jNode.connect(devnet.rpcUrl());
            Transactor tx =
                    new Transactor(
                            node,
                            sender.signer(devnet.chainId()),
                            REPLACING,
                            Clock.system(),
                            NonceAuthorities.shared());
            return new Session(Baton.connect(manifest, sender.signer(devnet.chainId())), node, tx);
        }

        @Override
        public void close() {
            baton.close();
            node.close();
        }
    }

    private BigInteger maxFee(SignedTransaction signed) {
        return maxFee(signed.hash().hex());
    }

    private BigInteger maxFee(String hash) {
        Object tx = devnet.control().call("eth_getTransactionByHash", hash);
        String hex = String.valueOf(((java.util.Map<?, ?>) tx).get("maxFeePerGas"));
        return new BigInteger(hex.substring(2), 16);
    }

    private static BigInteger bumped(BigInteger fee) {
        return fee.multiply(BigInteger.valueOf(110)).divide(BigInteger.valueOf(100));
    }

    /** Mines a block every 200 ms, each with its base fee set to {@code baseFee} first. */
    private static final class Miner {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        private Miner(Devnet devnet, BigInteger baseFee) {
            thread =
                    new Thread(
                            () -> {
                                while (running.get()) {
                                    devnet.control().setNextBlockBaseFee(baseFee);
                                    devnet.mine(1);
                                    try {
                                        Thread.sleep(200);
                                    } catch (InterruptedException e) {
                                        return;
                                    }
                                }
                            },
                            "stuck-it-miner");
            thread.setDaemon(true);
        }

        static Miner start(Devnet devnet, BigInteger baseFee) {
            Miner miner = new Miner(devnet, baseFee);
            miner.thread.start();
            return miner;
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join(5_000);
        }
    }
}

package dev.baton.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.client.Baton;
import dev.baton.client.BatonOptions;
import dev.baton.devnet.Devnet;
import dev.baton.devnet.proxy.Fault;
import dev.baton.devnet.proxy.FaultProxy;
import dev.baton.internal.contracts.BatonToken;
import dev.baton.model.DeploymentManifest;
import dev.baton.signer.DevAccount;
import dev.baton.tx.Outcome;
import dev.baton.tx.TxReceipt;
import dev.baton.tx.TxRequest;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * Every write executes exactly once when the node's answers are lost, the connection is reset or
 * the provider errors: token transfers through a {@link FaultProxy} in front of a real node.
 * "Exactly once" is measured on chain: the sender's nonce moves as in a clean run (latest and
 * pending), each recipient holds exactly one unit, and the client reports the outcome of that one
 * transaction. Run on both node kinds by the subclasses.
 */
abstract class ExactlyOnceBehaviour {
    private static final String SEND = "eth_sendRawTransaction";
    private static final String RECEIPT = "eth_getTransactionReceipt";

    @Test
    void aLostSendAnswerExecutesTheWriteOnce(Devnet devnet, DeploymentManifest manifest) {
        singleTransferExecutesOnceUnder(
                devnet, manifest, Fault.dropAnswer(SEND), Fault.Kind.DROP_ANSWER, 1);
    }

    @Test
    void lostReceiptAnswersExecuteTheWriteOnce(Devnet devnet, DeploymentManifest manifest) {
        singleTransferExecutesOnceUnder(
                devnet, manifest, Fault.dropAnswer(RECEIPT).times(2), Fault.Kind.DROP_ANSWER, 2);
    }

    @Test
    void aResetConnectionExecutesTheWriteOnce(Devnet devnet, DeploymentManifest manifest) {
        singleTransferExecutesOnceUnder(
                devnet, manifest, Fault.reset(SEND).times(2), Fault.Kind.RESET, 2);
    }

    @Test
    void aProviderErrorExecutesTheWriteOnce(Devnet devnet, DeploymentManifest manifest) {
        singleTransferExecutesOnceUnder(
                devnet, manifest, Fault.providerError(SEND).times(2), Fault.Kind.PROVIDER_ERROR, 2);
    }

    @Test
    void aLostBatchSendAnswerExecutesEveryWriteOfTheBatchOnce(
            Devnet devnet, DeploymentManifest manifest) {
        batchExecutesOnceUnder(devnet, manifest, Fault.dropAnswer(SEND), Fault.Kind.DROP_ANSWER);
    }

    @Test
    void aLostBatchReceiptAnswerExecutesEveryWriteOfTheBatchOnce(
            Devnet devnet, DeploymentManifest manifest) {
        batchExecutesOnceUnder(
                devnet, manifest, Fault.dropAnswer(RECEIPT).times(2), Fault.Kind.DROP_ANSWER);
    }

    @Test
    void aResetConnectionOnABatchExecutesEveryWriteOnce(
            Devnet devnet, DeploymentManifest manifest) {
        batchExecutesOnceUnder(devnet, manifest, Fault.reset(SEND), Fault.Kind.RESET);
    }

    @Test
    void aProviderErrorOnABatchExecutesEveryWriteOnce(Devnet devnet, DeploymentManifest manifest) {
        batchExecutesOnceUnder(
                devnet, manifest, Fault.providerError(SEND), Fault.Kind.PROVIDER_ERROR);
    }

    /**
     * 20 concurrent callers on one key through two differently spelled URLs of the one node ({@code
     * 127.0.0.1} and {@code localhost}): one nonce authority serves both connections, so no two
     * transactions collide on a nonce.
     */
    @Test
    void twentyConcurrentCallersOnOneKeyThroughTwoUrlsNeverCollideOnANonce(
            Devnet devnet, DeploymentManifest manifest) throws Exception {
        DevAccount sender = devnet.account(5);
        List<Address> to = recipients(0xc3, 20);
        String other = devnet.rpcUrl().replace("127.0.0.1", "localhost");
        assertThat(other).isNotEqualTo(devnet.rpcUrl());
        try (Baton a =
                        Baton.connect(
                                manifest,
                                sender.signer(devnet.chainId()),
                                BatonOptions.defaults().withRpcUrl(devnet.rpcUrl()));
                Baton b =
                        Baton.connect(
                                manifest,
                                sender.signer(devnet.chainId()),
                                BatonOptions.defaults().withRpcUrl(other))) {
            Address btn = a.token("BTN");
            long before = nonce(a, sender, false);
            java.util.concurrent.ExecutorService pool =
                    java.util.concurrent.Executors.newFixedThreadPool(20);
            List<java.util.concurrent.Future<TxReceipt>> sends = new ArrayList<>();
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < 20; i++) {
                Baton via = i % 2 == 0 ? a : b;
                Address recipient = to.get(i);
                sends.add(
                        pool.submit(
                                () -> {
                                    go.await();
                                    return via.tokens().transfer(btn, recipient, Amount.of(1));
                                }));
            }
            go.countDown();
            for (var f : sends) {
                assertThat(f.get().success()).isTrue();
            }
            pool.shutdown();
            assertThat(nonce(a, sender, false)).as("nonce delta").isEqualTo(before + 20);
            assertThat(nonce(b, sender, true)).isEqualTo(before + 20);
            for (Address r : to) {
                assertThat(a.tokens().balanceOf(btn, r)).isEqualTo(Amount.of(1));
            }
        }
    }

    private void singleTransferExecutesOnceUnder(
            Devnet devnet,
            DeploymentManifest manifest,
            Fault fault,
            Fault.Kind kind,
            int expectedApplied) {
        DevAccount sender = devnet.account(2);
        Address to = recipients(0xe1, 1).get(0);
        try (FaultProxy proxy = FaultProxy.start(devnet.rpcUrl());
                Baton baton = throughProxy(manifest, sender, devnet.chainId(), proxy)) {
            Address btn = baton.token("BTN");
            long before = nonce(baton, sender, false);
            proxy.inject(fault);

            TxReceipt receipt = baton.tokens().transfer(btn, to, Amount.of(1));

            assertThat(proxy.applied(kind)).as("the fault was applied").isEqualTo(expectedApplied);
            assertThat(receipt.success()).isTrue();
            assertThat(nonce(baton, sender, false)).as("nonce delta").isEqualTo(before + 1);
            assertThat(nonce(baton, sender, true)).as("nothing left pending").isEqualTo(before + 1);
            assertThat(baton.tokens().balanceOf(btn, to)).isEqualTo(Amount.of(1));
            assertThat(baton.transactor().node().receipt(receipt.hash()))
                    .as("the reported transaction is the mined one")
                    .isPresent();
        }
    }

    private void batchExecutesOnceUnder(
            Devnet devnet, DeploymentManifest manifest, Fault fault, Fault.Kind kind) {
        DevAccount sender = devnet.account(3);
        List<Address> to = recipients(0xb2, 4);
        try (FaultProxy proxy = FaultProxy.start(devnet.rpcUrl());
                Baton baton = throughProxy(manifest, sender, devnet.chainId(), proxy)) {
            Address btn = baton.token("BTN");
            long before = nonce(baton, sender, false);
            List<TxRequest> transfers = new ArrayList<>();
            for (Address a : to) {
                transfers.add(TxRequest.call(btn, transferCalldata(a)));
            }
            proxy.inject(fault);

            List<Outcome<TxReceipt>> results = baton.transactor().sendAll(transfers);

            assertThat(proxy.applied(kind)).as("the fault was applied").isGreaterThanOrEqualTo(1);
            assertThat(results)
                    .allSatisfy(r -> assertThat(r.isOk()).as("outcome %s", r.error()).isTrue());
            assertThat(nonce(baton, sender, false)).as("nonce delta").isEqualTo(before + to.size());
            assertThat(nonce(baton, sender, true))
                    .as("nothing left pending")
                    .isEqualTo(before + to.size());
            for (Address a : to) {
                assertThat(baton.tokens().balanceOf(btn, a))
                        .as("recipient %s", a)
                        .isEqualTo(Amount.of(1));
            }
        }
    }

    private static long nonce(Baton baton, DevAccount account, boolean pending) {
        return baton.transactor().node().transactionCount(account.address(), pending);
    }

    /** {@code sender}'s client of {@code manifest} sending through {@code proxy}. */
    static Baton throughProxy(
            DeploymentManifest manifest, DevAccount sender, long chainId, FaultProxy proxy) {
        return Baton.connect(
                manifest, sender.signer(chainId), BatonOptions.defaults().withRpcUrl(proxy.url()));
    }

    static List<Address> recipients(int salt, int count) {
        List<Address> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(Address.of(String.format("0x%08x%032x", 0xe0000000L + salt, i + 1)));
        }
        return out;
    }

    /**
     * ERC-20 transfer(to, 1) calldata through the generated wrapper's function name and web3j's
     * encoder.
     */
    static String transferCalldata(Address to) {
        return FunctionEncoder.encode(
                new Function(
                        BatonToken.FUNC_TRANSFER,
                        List.of(
                                new org.web3j.abi.datatypes.Address(to.lowerHex()),
                                new Uint256(BigInteger.ONE)),
                        List.of()));
    }
}

package dev.baton.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.errors.ERC20InsufficientBalanceException;
import dev.baton.fixtures.HardhatNode;
import dev.baton.fixtures.TokenDeployer;
import dev.baton.signer.DevAccounts;
import dev.baton.signer.SignedTransaction;
import dev.baton.signer.Signer;
import dev.baton.types.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Uint256;

/** The transaction layer against a real Hardhat node, moving BatonToken between dev accounts. */
class TransactorIT {
    private static HardhatNode hardhat;
    private static Address token;

    @BeforeAll
    static void startNode() {
        hardhat = HardhatNode.start();
        token = TokenDeployer.deploy(hardhat.url(), "BTN");
        Transactor owner = transactor(DevAccounts.signer(0));
        for (int i = 0; i <= 5; i++) {
            owner.send(
                    TxRequest.call(
                            token, encode("mint", DevAccounts.signer(i).address(), 1_000_000)));
        }
    }

    @AfterAll
    static void stopNode() {
        if (hardhat != null) {
            hardhat.close();
        }
    }

    @Test
    void aRevertSurfacesAsItsTypedErrorBeforeSendingAndConsumesNoNonce() {
        Signer signer = DevAccounts.signer(1);
        Transactor tx = transactor(signer);
        long before = hardhat.node().transactionCount(signer.address(), true);

        assertThatThrownBy(
                        () ->
                                tx.send(
                                        TxRequest.call(
                                                token,
                                                encode("transfer", signer.address(), 5_000_000))))
                .isInstanceOfSatisfying(
                        ERC20InsufficientBalanceException.class,
                        e -> {
                            assertThat(e.sender()).isEqualTo(signer.address());
                            assertThat(e.balance()).isEqualTo(1_000_000);
                            assertThat(e.needed()).isEqualTo(5_000_000);
                        });

        assertThat(hardhat.node().transactionCount(signer.address(), true)).isEqualTo(before);
        TxReceipt ok =
                tx.send(
                        TxRequest.call(
                                token, encode("transfer", DevAccounts.signer(2).address(), 1)));
        assertThat(ok.success()).isTrue();
        assertThat(hardhat.node().transactionCount(signer.address(), false)).isEqualTo(before + 1);
    }

    @Test
    void aThousandTransactionsFromTwentyConcurrentCallersHitNoNonceError() throws Exception {
        Signer signer = DevAccounts.signer(3);
        Transactor tx = transactor(signer);
        long start = hardhat.node().transactionCount(signer.address(), true);
        Address sink = Address.of("0x000000000000000000000000000000000000beef");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<TxReceipt>> results = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            results.add(
                    pool.submit(() -> tx.send(TxRequest.call(token, encode("transfer", sink, 1)))));
        }
        for (Future<TxReceipt> r : results) {
            assertThat(r.get().success()).isTrue();
        }
        pool.shutdown();

        assertThat(hardhat.node().transactionCount(signer.address(), false))
                .isEqualTo(start + 1_000);
        assertThat(balanceOf(sink)).isEqualTo(1_000);
    }

    @Test
    void aTransactionDroppedFromThePoolIsRebroadcastAndTheNonceGapCloses() {
        Signer signer = DevAccounts.signer(4);
        Transactor tx = transactor(signer);
        Address to = DevAccounts.signer(5).address();
        hardhat.rpc("evm_setAutomine", false);
        SignedTransaction first;
        SignedTransaction second;
        try {
            first = tx.submit(TxRequest.call(token, encode("transfer", to, 10)));
            second = tx.submit(TxRequest.call(token, encode("transfer", to, 20)));
            hardhat.rpc("hardhat_dropTransaction", first.hash().hex());
        } finally {
            hardhat.rpc("evm_setAutomine", true);
        }
        hardhat.rpc("evm_mine");
        assertThat(hardhat.node().receipt(second.hash()))
                .isEmpty(); // stuck behind the missing nonce

        TxReceipt firstReceipt = tx.await(TxRequest.call(token, "0x"), first);
        if (hardhat.node().receipt(second.hash()).isEmpty()) {
            hardhat.rpc("evm_mine");
        }
        TxReceipt secondReceipt = tx.await(TxRequest.call(token, "0x"), second);

        assertThat(firstReceipt.success()).isTrue();
        assertThat(secondReceipt.success()).isTrue();
        assertThat(hardhat.node().transactionCount(signer.address(), false))
                .isEqualTo(second.nonce() + 1);
    }

    @Test
    void aBatchOfIndependentTransactionsGoesThroughOneJsonRpcBatch() {
        Signer signer = DevAccounts.signer(2);
        Transactor tx = transactor(signer);
        Address sink = Address.of("0x000000000000000000000000000000000000cafe");
        List<TxRequest> requests = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            requests.add(TxRequest.call(token, encode("transfer", sink, 1)));
        }
        requests.add(
                TxRequest.call(
                        token, encode("transfer", sink, 50_000_000))); // reverts in the dry run

        List<Outcome<TxReceipt>> results = tx.sendAll(requests);

        assertThat(results.subList(0, 100)).allMatch(Outcome::isOk);
        assertThat(results.get(100).error()).isInstanceOf(ERC20InsufficientBalanceException.class);
        assertThat(balanceOf(sink)).isEqualTo(100);
        assertThat(results.get(0).value().blockNumber())
                .isEqualTo(results.get(99).value().blockNumber());
    }

    private static Transactor transactor(Signer signer) {
        return new Transactor(
                hardhat.node(), signer, TxOptions.DEVNET, Clock.system(), new NonceAuthorities());
    }

    private static long balanceOf(Address holder) {
        String result =
                hardhat.node()
                        .call(
                                new CallRequest(
                                        null,
                                        token,
                                        FunctionEncoder.encode(
                                                new Function(
                                                        "balanceOf",
                                                        List.of(
                                                                new org.web3j.abi.datatypes.Address(
                                                                        holder.lowerHex())),
                                                        List.of())),
                                        null));
        return new BigInteger(result.substring(2), 16).longValueExact();
    }

    static String encode(String function, Address to, long amount) {
        return FunctionEncoder.encode(
                new Function(
                        function,
                        List.of(
                                new org.web3j.abi.datatypes.Address(to.lowerHex()),
                                new Uint256(amount)),
                        List.of()));
    }
}

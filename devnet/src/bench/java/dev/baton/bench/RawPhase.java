package dev.baton.bench;

import dev.baton.signer.DevAccount;
import dev.baton.types.Address;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.BatchRequest;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.response.VoidResponse;
import org.web3j.protocol.http.HttpService;

/**
 * The baselines: transactions signed before the clock starts, then sent with nothing else (no dry
 * run, no estimate, fixed gas and fees, no receipts fetched). The clock stops once the sender's
 * mined nonce shows every transaction included. {@link Mode#ONE_BY_ONE}: one {@code
 * eth_sendRawTransaction} request each, in order, each automined in its own block. {@link
 * Mode#BATCHED}: the like-for-like baseline of the client, sent and mined exactly as the client's
 * batch path does on the same node (one JSON-RPC batch of every send; on Hardhat with automine
 * paused and one {@code evm_mine} after it), so the client/raw ratio is the client's own overhead,
 * not the batching.
 */
final class RawPhase {
    private static final BigInteger GAS = BigInteger.valueOf(80_000);
    private static final BigInteger MAX_FEE = BigInteger.valueOf(50_000_000_000L);
    private static final BigInteger TIP = BigInteger.valueOf(1_000_000_000L);

    /** How the pre-signed transactions go to the node. */
    enum Mode {
        ONE_BY_ONE("raw"),
        BATCHED("raw-batch");

        final String label;

        Mode(String label) {
            this.label = label;
        }
    }

    private final String rpcUrl;
    private final long chainId;
    private final Credentials key;
    private final Address token;
    private final Mode mode;

    RawPhase(String rpcUrl, long chainId, DevAccount sender, Address token, Mode mode) {
        this.rpcUrl = rpcUrl;
        this.chainId = chainId;
        this.key = Credentials.create(sender.privateKey());
        this.token = token;
        this.mode = mode;
    }

    PhaseResult run(List<Address> recipients) throws IOException {
        HttpService service = new HttpService(rpcUrl);
        Web3j web3j = Web3j.build(service);
        try {
            boolean hardhat =
                    web3j.web3ClientVersion()
                            .send()
                            .getWeb3ClientVersion()
                            .startsWith("HardhatNetwork");
            List<String> raws = sign(web3j, recipients);
            long start = System.nanoTime();
            long target = minedNonce(web3j) + raws.size();
            if (mode == Mode.BATCHED) {
                sendBatched(web3j, service, raws, hardhat);
            } else {
                sendOneByOne(web3j, raws);
            }
            while (minedNonce(web3j) < target) {
                Thread.onSpinWait();
            }
            return new PhaseResult(mode.label, recipients.size(), System.nanoTime() - start);
        } finally {
            web3j.shutdown();
        }
    }

    private List<String> sign(Web3j web3j, List<Address> recipients) throws IOException {
        long nonce = minedNonce(web3j);
        List<String> raws = new ArrayList<>(recipients.size());
        for (Address to : recipients) {
            RawTransaction tx =
                    RawTransaction.createTransaction(
                            chainId,
                            BigInteger.valueOf(nonce++),
                            GAS,
                            token.toString(),
                            BigInteger.ZERO,
                            Transfers.calldata(to),
                            TIP,
                            MAX_FEE);
            raws.add(
                    org.web3j.utils.Numeric.toHexString(
                            TransactionEncoder.signMessage(tx, chainId, key)));
        }
        return raws;
    }

    private static void sendOneByOne(Web3j web3j, List<String> raws) throws IOException {
        for (String raw : raws) {
            check(web3j.ethSendRawTransaction(raw).send());
        }
    }

    /**
     * The client's batch path on the wire: Hardhat refuses batched sends while automining, so
     * pause, send, mine.
     */
    private static void sendBatched(
            Web3j web3j, HttpService service, List<String> raws, boolean hardhat)
            throws IOException {
        if (hardhat) {
            check(node(service, "evm_setAutomine", List.of(false)).send());
        }
        try {
            BatchRequest batch = web3j.newBatch();
            for (String raw : raws) {
                batch.add(web3j.ethSendRawTransaction(raw));
            }
            List<? extends Response<?>> answers = batch.send().getResponses();
            if (answers.size() != raws.size()) {
                throw new IllegalStateException(
                        raws.size() + " raw sends but " + answers.size() + " answers");
            }
            for (Response<?> answer : answers) {
                check(answer);
            }
        } finally {
            if (hardhat) {
                check(node(service, "evm_mine", List.of()).send());
                check(node(service, "evm_setAutomine", List.of(true)).send());
            }
        }
    }

    private static Request<?, VoidResponse> node(
            HttpService service, String method, List<?> params) {
        return new Request<>(method, params, service, VoidResponse.class);
    }

    private static void check(Response<?> response) {
        if (response.hasError()) {
            throw new IllegalStateException(
                    "raw send refused: " + response.getError().getMessage());
        }
    }

    private long minedNonce(Web3j web3j) throws IOException {
        return web3j.ethGetTransactionCount(key.getAddress(), DefaultBlockParameterName.LATEST)
                .send()
                .getTransactionCount()
                .longValueExact();
    }
}

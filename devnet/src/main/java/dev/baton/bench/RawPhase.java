package dev.baton.bench;

import dev.baton.devnet.DevAccount;
import dev.baton.types.Address;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.http.HttpService;

/**
 * The baseline: transactions signed before the clock starts, then one {@code eth_sendRawTransaction} each, in
 * order, with nothing else (no dry run, no estimate, fixed gas and fees, no receipts fetched). The clock stops once
 * the sender's mined nonce shows every transaction included.
 */
final class RawPhase {
    private static final BigInteger GAS = BigInteger.valueOf(80_000);
    private static final BigInteger MAX_FEE = BigInteger.valueOf(50_000_000_000L);
    private static final BigInteger TIP = BigInteger.valueOf(1_000_000_000L);

    private final String rpcUrl;
    private final long chainId;
    private final Credentials key;
    private final Address token;

    RawPhase(String rpcUrl, long chainId, DevAccount sender, Address token) {
        this.rpcUrl = rpcUrl;
        this.chainId = chainId;
        this.key = Credentials.create(sender.privateKey());
        this.token = token;
    }

    PhaseResult run(List<Address> recipients) throws IOException {
        Web3j web3j = Web3j.build(new HttpService(rpcUrl));
        try {
            List<String> raws = sign(web3j, recipients);
            long start = System.nanoTime();
            sendAndConfirm(web3j, raws);
            return new PhaseResult("raw", recipients.size(), System.nanoTime() - start);
        } finally {
            web3j.shutdown();
        }
    }

    private List<String> sign(Web3j web3j, List<Address> recipients) throws IOException {
        long nonce = minedNonce(web3j);
        List<String> raws = new ArrayList<>(recipients.size());
        for (Address to : recipients) {
            RawTransaction tx = RawTransaction.createTransaction(chainId, BigInteger.valueOf(nonce++), GAS, token.toString(),
                    BigInteger.ZERO, Transfers.calldata(to), TIP, MAX_FEE);
            raws.add(org.web3j.utils.Numeric.toHexString(TransactionEncoder.signMessage(tx, chainId, key)));
        }
        return raws;
    }

    private void sendAndConfirm(Web3j web3j, List<String> raws) throws IOException {
        long target = minedNonce(web3j) + raws.size();
        for (String raw : raws) {
            var response = web3j.ethSendRawTransaction(raw).send();
            if (response.hasError()) throw new IllegalStateException("raw send refused: " + response.getError().getMessage());
        }
        while (minedNonce(web3j) < target) Thread.onSpinWait();
    }

    private long minedNonce(Web3j web3j) throws IOException {
        return web3j.ethGetTransactionCount(key.getAddress(), DefaultBlockParameterName.LATEST).send().getTransactionCount().longValueExact();
    }
}

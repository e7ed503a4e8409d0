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
import org.web3j.utils.Numeric;

/**
 * The baseline: transactions signed before the clock starts, then one {@code eth_sendRawTransaction} each, in
 * order, with nothing else (no dry run, no estimate, fixed gas and fees). The clock stops once the sender's mined
 * nonce shows every transaction included.
 */
final class RawPhase {
    private static final BigInteger GAS = BigInteger.valueOf(80_000);
    private static final BigInteger MAX_FEE = BigInteger.valueOf(50_000_000_000L);
    private static final BigInteger TIP = BigInteger.valueOf(1_000_000_000L);

    private final Web3j web3j;
    private final long chainId;
    private final Credentials key;
    private final Address token;

    RawPhase(String rpcUrl, long chainId, DevAccount sender, Address token) {
        this.web3j = Web3j.build(new HttpService(rpcUrl));
        this.chainId = chainId;
        this.key = Credentials.create(sender.privateKey());
        this.token = token;
    }

    PhaseResult run(List<Address> warmUp, List<Address> measured) throws IOException {
        try {
            sendAndConfirm(sign(warmUp));
            List<String> raws = sign(measured);
            long start = System.nanoTime();
            sendAndConfirm(raws);
            return new PhaseResult("raw", measured.size(), System.nanoTime() - start);
        } finally {
            web3j.shutdown();
        }
    }

    private List<String> sign(List<Address> recipients) throws IOException {
        long nonce = minedNonce();
        List<String> raws = new ArrayList<>(recipients.size());
        for (Address to : recipients) {
            RawTransaction tx = RawTransaction.createTransaction(chainId, BigInteger.valueOf(nonce++), GAS, token.toString(),
                    BigInteger.ZERO, Transfers.calldata(to), TIP, MAX_FEE);
            raws.add(Numeric.toHexString(TransactionEncoder.signMessage(tx, chainId, key)));
        }
        return raws;
    }

    private void sendAndConfirm(List<String> raws) throws IOException {
        long target = minedNonce() + raws.size();
        for (String raw : raws) {
            var response = web3j.ethSendRawTransaction(raw).send();
            if (response.hasError()) throw new IllegalStateException("raw send refused: " + response.getError().getMessage());
        }
        while (minedNonce() < target) Thread.onSpinWait();
    }

    private long minedNonce() throws IOException {
        return web3j.ethGetTransactionCount(key.getAddress(), DefaultBlockParameterName.LATEST).send().getTransactionCount().longValueExact();
    }
}

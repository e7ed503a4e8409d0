package dev.baton.devnet;

import dev.baton.signer.DevAccount;
import java.math.BigInteger;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.gas.StaticEIP1559GasProvider;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;

/**
 * A devnet account sending through the generated wrappers directly, for the tests that act outside
 * the client (deploying a stray token, calling the vault as its owner or a module): a transaction
 * manager that polls receipts every 20 ms, and a fixed fee of 10 gwei (tip 1 gwei). Closing it
 * shuts the connection down.
 */
public final class WrapperSender implements AutoCloseable {
    private final Web3j web3j;
    private final RawTransactionManager transactions;
    private final long chainId;

    public WrapperSender(Devnet devnet, DevAccount account) {
        this.web3j = Web3j.build(new HttpService(devnet.rpcUrl()));
        this.chainId = devnet.chainId();
        this.transactions =
                new RawTransactionManager(
                        web3j,
                        Credentials.create(account.privateKey()),
                        chainId,
                        new PollingTransactionReceiptProcessor(web3j, 20, 1500));
    }

    public Web3j web3j() {
        return web3j;
    }

    public RawTransactionManager transactions() {
        return transactions;
    }

    /** The fixed fee with {@code gasLimit}. */
    public StaticEIP1559GasProvider gas(long gasLimit) {
        return new StaticEIP1559GasProvider(
                chainId,
                BigInteger.valueOf(10_000_000_000L),
                BigInteger.valueOf(1_000_000_000L),
                BigInteger.valueOf(gasLimit));
    }

    @Override
    public void close() {
        web3j.shutdown();
    }
}

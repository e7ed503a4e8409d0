package dev.baton.internal.abi;

import java.math.BigInteger;
import java.util.Objects;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.RemoteCall;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.tx.ReadonlyTransactionManager;
import org.web3j.tx.TransactionManager;
import org.web3j.tx.gas.ContractGasProvider;
import org.web3j.tx.gas.StaticGasProvider;

/**
 * The init code of a contract creation (the creation bytecode followed by the ABI-encoded
 * constructor arguments), taken from a generated wrapper's {@code deploy(...)} without sending
 * anything: the wrapper hands its creation transaction to a transaction manager that keeps the data
 * and stops. The constructor's argument types are the wrapper's, so a constructor that changes
 * breaks the build instead of encoding wrong; the transaction layer sends the bytes.
 */
public final class InitCode {

    private static final String NO_ADDRESS = "0x0000000000000000000000000000000000000000";

    /**
     * A generated {@code deploy(web3j, transactionManager, gasProvider, args...)} with its
     * arguments bound.
     */
    @FunctionalInterface
    public interface Deploy {
        RemoteCall<?> deploy(
                Web3j web3j,
                TransactionManager transactionManager,
                ContractGasProvider gasProvider);
    }

    private InitCode() {}

    /** The 0x-hex init code that {@code deploy} would send. */
    public static String of(Deploy deploy) {
        Capture capture = new Capture();
        try {
            deploy.deploy(null, capture, new StaticGasProvider(BigInteger.ONE, BigInteger.ONE))
                    .send();
        } catch (Exception e) {
            String data = capturedData(e);
            if (data != null) {
                return data.startsWith("0x") ? data : "0x" + data;
            }
            throw new IllegalStateException(
                    "the wrapper's deploy did not reach its transaction: " + e.getMessage(), e);
        }
        throw new IllegalStateException(
                "the wrapper's deploy returned without sending its creation transaction");
    }

    private static String capturedData(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Captured captured) {
                return captured.data;
            }
        }
        return null;
    }

    /**
     * Thrown by {@link Capture} to stop the wrapper once the data is known; never leaves {@link
     * #of}.
     */
    private static final class Captured extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String data;

        Captured(String data) {
            super("init code captured", null, false, false);
            this.data = Objects.requireNonNull(data, "data");
        }
    }

    /** Keeps the creation data of the first transaction it is asked to send, and sends nothing. */
    private static final class Capture extends ReadonlyTransactionManager {
        Capture() {
            super(null, NO_ADDRESS);
        }

        @Override
        public EthSendTransaction sendTransaction(
                BigInteger gasPrice,
                BigInteger gasLimit,
                String to,
                String data,
                BigInteger value,
                boolean constructor) {
            throw new Captured(data);
        }

        @Override
        public EthSendTransaction sendEIP1559Transaction(
                long chainId,
                BigInteger maxPriorityFeePerGas,
                BigInteger maxFeePerGas,
                BigInteger gasLimit,
                String to,
                String data,
                BigInteger value,
                boolean constructor) {
            throw new Captured(data);
        }
    }
}

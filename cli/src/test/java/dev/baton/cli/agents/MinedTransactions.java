package dev.baton.cli.agents;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.Transaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * A transaction mined in a block range with its receipt, read straight from the node (not through
 * the client under test), for the agent ITs' checks of what the agents sent.
 */
public record MinedTransactions(long block, Transaction transaction, TransactionReceipt receipt) {

    /**
     * The transactions of blocks {@code from} to {@code to} that {@code wanted} keeps, in order.
     */
    public static List<MinedTransactions> between(
            Web3j web3j, long from, long to, Predicate<Transaction> wanted) throws IOException {
        List<MinedTransactions> mined = new ArrayList<>();
        for (long b = from; b <= to; b++) {
            EthBlock.Block block =
                    web3j.ethGetBlockByNumber(
                                    DefaultBlockParameter.valueOf(BigInteger.valueOf(b)), true)
                            .send()
                            .getBlock();
            for (EthBlock.TransactionResult<?> result : block.getTransactions()) {
                Transaction t = (Transaction) result.get();
                if (!wanted.test(t)) {
                    continue;
                }
                TransactionReceipt receipt =
                        web3j.ethGetTransactionReceipt(t.getHash())
                                .send()
                                .getTransactionReceipt()
                                .orElseThrow();
                mined.add(new MinedTransactions(b, t, receipt));
            }
        }
        return mined;
    }
}

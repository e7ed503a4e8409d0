package dev.baton.cli.demo;

import dev.baton.events.LogSource;
import dev.baton.events.RawLog;
import dev.baton.tx.CallRequest;
import dev.baton.tx.EthNode;
import dev.baton.tx.FeeHistory;
import dev.baton.tx.Outcome;
import dev.baton.tx.TxReceipt;
import dev.baton.types.Address;
import dev.baton.types.ChainId;
import dev.baton.types.TxHash;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * A node connection whose every call is timed by a {@link NodeTimer}: the demo's "node share" comes
 * from here.
 */
public final class TimedNode implements EthNode, LogSource, AutoCloseable {
    private final EthNode node;
    private final LogSource logs;
    private final AutoCloseable closer;
    private final NodeTimer timer;

    public <N extends EthNode & LogSource & AutoCloseable> TimedNode(N node, NodeTimer timer) {
        this.node = node;
        this.logs = node;
        this.closer = node;
        this.timer = timer;
    }

    @Override
    public String endpoint() {
        return node.endpoint();
    }

    @Override
    public ChainId chainId() {
        return timer.time(node::chainId);
    }

    @Override
    public long blockNumber() {
        return timer.time(node::blockNumber);
    }

    @Override
    public long transactionCount(Address a, boolean pending) {
        return timer.time(() -> node.transactionCount(a, pending));
    }

    @Override
    public FeeHistory feeHistory(int blocks, double p) {
        return timer.time(() -> node.feeHistory(blocks, p));
    }

    @Override
    public String call(CallRequest call) {
        return timer.time(() -> node.call(call));
    }

    @Override
    public String callAt(CallRequest call, long block) {
        return timer.time(() -> node.callAt(call, block));
    }

    @Override
    public BigInteger estimateGas(CallRequest call) {
        return timer.time(() -> node.estimateGas(call));
    }

    @Override
    public TxHash sendRawTransaction(String raw) {
        return timer.time(() -> node.sendRawTransaction(raw));
    }

    @Override
    public Optional<TxReceipt> receipt(TxHash hash) {
        return timer.time(() -> node.receipt(hash));
    }

    @Override
    public boolean isKnown(TxHash hash) {
        return timer.time(() -> node.isKnown(hash));
    }

    @Override
    public List<Outcome<String>> callAll(List<CallRequest> calls) {
        return timer.time(() -> node.callAll(calls));
    }

    @Override
    public List<Outcome<BigInteger>> estimateGasAll(List<CallRequest> calls) {
        return timer.time(() -> node.estimateGasAll(calls));
    }

    @Override
    public List<Outcome<TxHash>> sendRawTransactions(List<String> raws) {
        return timer.time(() -> node.sendRawTransactions(raws));
    }

    @Override
    public long headBlock() {
        return timer.time(logs::headBlock);
    }

    @Override
    public Optional<String> blockHash(long number) {
        return timer.time(() -> logs.blockHash(number));
    }

    @Override
    public List<RawLog> logs(long from, long to, List<Address> addresses, List<String> topic0s) {
        return timer.time(() -> logs.logs(from, to, addresses, topic0s));
    }

    @Override
    public void close() throws Exception {
        closer.close();
    }
}

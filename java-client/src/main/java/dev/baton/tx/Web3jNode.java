package dev.baton.tx;

import dev.baton.events.LogSource;
import dev.baton.events.RawLog;
import dev.baton.types.Address;
import dev.baton.types.ChainId;
import dev.baton.types.TxHash;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.exceptions.ClientConnectionException;
import org.web3j.protocol.http.HttpService;

/**
 * {@link EthNode} and {@link LogSource} over HTTP JSON-RPC, using web3j for transport and encoding
 * only. Every web3j type stays inside this class; callers see Baton types and typed exceptions.
 */
public final class Web3jNode implements EthNode, LogSource, AutoCloseable {
    private final Web3j web3j;
    private final HttpService service;
    private final BatchRpc batch;
    // Asked on first need, not on connect: a connection may be opened before the node answers
    // (readiness polling).
    private volatile Boolean hardhat;

    private Web3jNode(HttpService service) {
        this.service = service;
        this.web3j = Web3j.build(service);
        this.batch = new BatchRpc(web3j, service);
    }

    /**
     * Opens a connection to {@code url} without a request; the first call fails with a transient
     * {@link dev.baton.errors.TransportException} when the node is unreachable.
     */
    public static Web3jNode connect(String url) {
        return connect(url, java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(30));
    }

    /** The same with the given connect and read timeouts (short ones for readiness probes). */
    public static Web3jNode connect(
            String url, java.time.Duration connectTimeout, java.time.Duration readTimeout) {
        OkHttpClient http =
                new OkHttpClient.Builder()
                        .connectTimeout(connectTimeout)
                        .readTimeout(readTimeout)
                        .build();
        return new Web3jNode(new HttpService(url, http));
    }

    /** Whether the node is a Hardhat network (batched sends then pause automine). */
    public boolean isHardhat() {
        Boolean known = hardhat;
        if (known == null) {
            known = clientVersion().startsWith("HardhatNetwork");
            hardhat = known;
        }
        return known;
    }

    /**
     * The node's {@code web3_clientVersion} (e.g. {@code anvil/v1.7.1}, {@code
     * HardhatNetwork/3.0.0}).
     */
    public String clientVersion() {
        return send("web3_clientVersion", web3j.web3ClientVersion()).getWeb3ClientVersion();
    }

    @Override
    public String endpoint() {
        return service.getUrl();
    }

    @Override
    public Optional<String> genesisHash() {
        try {
            return blockHash(0);
        } catch (RuntimeException unavailable) {
            return Optional.empty();
        }
    }

    @Override
    public ChainId chainId() {
        return ChainId.of(send("eth_chainId", web3j.ethChainId()).getChainId().longValueExact());
    }

    @Override
    public long blockNumber() {
        return send("eth_blockNumber", web3j.ethBlockNumber()).getBlockNumber().longValueExact();
    }

    @Override
    public long headBlock() {
        return blockNumber();
    }

    @Override
    public long transactionCount(Address account, boolean pending) {
        var tag = pending ? DefaultBlockParameterName.PENDING : DefaultBlockParameterName.LATEST;
        return send(
                        "eth_getTransactionCount",
                        web3j.ethGetTransactionCount(account.lowerHex(), tag))
                .getTransactionCount()
                .longValueExact();
    }

    @Override
    public FeeHistory feeHistory(int blocks, double rewardPercentile) {
        var history =
                send(
                                "eth_feeHistory",
                                web3j.ethFeeHistory(
                                        blocks,
                                        DefaultBlockParameterName.LATEST,
                                        List.of(rewardPercentile)))
                        .getFeeHistory();
        List<BigInteger> rewards = new ArrayList<>();
        if (history.getRewardRaw() != null) {
            for (List<BigInteger> perBlock : history.getReward()) {
                if (!perBlock.isEmpty()) {
                    rewards.add(perBlock.get(0));
                }
            }
        }
        return new FeeHistory(history.getBaseFeePerGas(), rewards);
    }

    @Override
    public String call(CallRequest call) {
        return send("eth_call", web3j.ethCall(toWeb3j(call), DefaultBlockParameterName.PENDING))
                .getValue();
    }

    @Override
    public String callLatest(CallRequest call) {
        return send("eth_call", web3j.ethCall(toWeb3j(call), DefaultBlockParameterName.LATEST))
                .getValue();
    }

    @Override
    public String callAt(CallRequest call, long blockNumber) {
        var block = DefaultBlockParameter.valueOf(BigInteger.valueOf(Math.max(0, blockNumber)));
        return send("eth_call", web3j.ethCall(toWeb3j(call), block)).getValue();
    }

    @Override
    public BigInteger estimateGas(CallRequest call) {
        return send("eth_estimateGas", web3j.ethEstimateGas(toWeb3j(call))).getAmountUsed();
    }

    @Override
    public String code(Address account) {
        return send(
                        "eth_getCode",
                        web3j.ethGetCode(account.lowerHex(), DefaultBlockParameterName.LATEST))
                .getCode();
    }

    @Override
    public TxHash sendRawTransaction(String raw) {
        var response =
                sendAllowingError("eth_sendRawTransaction", web3j.ethSendRawTransaction(raw));
        if (response.hasError()) {
            if (RpcErrors.isAlreadyKnown(response.getError().getMessage())) {
                return TxHash.of(org.web3j.crypto.Hash.sha3(raw));
            }
            throw RpcErrors.fromError("eth_sendRawTransaction", response.getError());
        }
        return TxHash.of(response.getTransactionHash());
    }

    @Override
    public Optional<TxReceipt> receipt(TxHash hash) {
        return send("eth_getTransactionReceipt", web3j.ethGetTransactionReceipt(hash.hex()))
                .getTransactionReceipt()
                .map(Web3jNode::toReceipt);
    }

    @Override
    public boolean isKnown(TxHash hash) {
        return send("eth_getTransactionByHash", web3j.ethGetTransactionByHash(hash.hex()))
                .getTransaction()
                .isPresent();
    }

    @Override
    public List<Optional<TxReceipt>> receiptsAll(List<TxHash> hashes) {
        var answers =
                batch.run(
                        "eth_getTransactionReceipt",
                        hashes.stream().map(h -> web3j.ethGetTransactionReceipt(h.hex())).toList(),
                        r -> r.getTransactionReceipt().map(Web3jNode::toReceipt));
        return answers.stream()
                .map(a -> a.isOk() ? a.value() : Optional.<TxReceipt>empty())
                .toList();
    }

    @Override
    public List<Outcome<String>> callAll(List<CallRequest> calls) {
        return batch.run(
                "eth_call",
                calls.stream()
                        .map(c -> web3j.ethCall(toWeb3j(c), DefaultBlockParameterName.PENDING))
                        .toList(),
                r -> r.getValue());
    }

    @Override
    public List<Outcome<BigInteger>> estimateGasAll(List<CallRequest> calls) {
        return batch.run(
                "eth_estimateGas",
                calls.stream().map(c -> web3j.ethEstimateGas(toWeb3j(c))).toList(),
                r -> r.getAmountUsed());
    }

    @Override
    public List<Outcome<TxHash>> sendRawTransactions(List<String> raws) {
        return isHardhat() ? batch.sendOnHardhat(raws) : batch.sendRaw(raws);
    }

    @Override
    public Optional<String> blockHash(long number) {
        EthBlock.Block block =
                send(
                                "eth_getBlockByNumber",
                                web3j.ethGetBlockByNumber(
                                        DefaultBlockParameter.valueOf(BigInteger.valueOf(number)),
                                        false))
                        .getBlock();
        return Optional.ofNullable(block).map(EthBlock.Block::getHash);
    }

    @Override
    public List<Optional<String>> blockHashes(List<Long> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        var answers =
                batch.run(
                        "eth_getBlockByNumber",
                        numbers.stream()
                                .map(
                                        n ->
                                                web3j.ethGetBlockByNumber(
                                                        DefaultBlockParameter.valueOf(
                                                                BigInteger.valueOf(n)),
                                                        false))
                                .toList(),
                        r -> Optional.ofNullable(r.getBlock()).map(EthBlock.Block::getHash));
        List<Optional<String>> out = new ArrayList<>(answers.size());
        for (var a : answers) {
            // a failed lookup fails the check: the poll is retried, never guessed
            out.add(a.get());
        }
        return out;
    }

    @Override
    public List<RawLog> logs(long from, long to, List<Address> addresses, List<String> topic0s) {
        EthFilter filter =
                new EthFilter(
                        DefaultBlockParameter.valueOf(BigInteger.valueOf(from)),
                        DefaultBlockParameter.valueOf(BigInteger.valueOf(to)),
                        addresses.stream().map(Address::lowerHex).toList());
        if (!topic0s.isEmpty()) {
            filter.addOptionalTopics(topic0s.toArray(String[]::new));
        }
        List<RawLog> out = new ArrayList<>();
        for (EthLog.LogResult<?> result : send("eth_getLogs", web3j.ethGetLogs(filter)).getLogs()) {
            out.add(toRawLog((Log) result.get()));
        }
        return out;
    }

    /**
     * Calls a node-specific method (e.g. {@code evm_snapshot}); the result as web3j decoded it from
     * JSON (a String, Boolean, Number, Map or List, or null).
     */
    public Object rawRequest(String method, List<?> params) {
        return send(method, new Request<>(method, params, service, AnyResponse.class)).getResult();
    }

    @Override
    public void close() {
        web3j.shutdown();
    }

    static <R extends Response<?>> R sendAllowingError(String method, Request<?, R> request) {
        try {
            return request.send();
        } catch (IOException e) {
            throw RpcErrors.fromIo(method, e);
        } catch (ClientConnectionException e) {
            throw dev.baton.errors.TransportException.transientFailure(
                    method + ": HTTP failure " + e.getMessage(), e);
        }
    }

    static <R extends Response<?>> R send(String method, Request<?, R> request) {
        R response = sendAllowingError(method, request);
        if (response.hasError()) {
            throw RpcErrors.fromError(method, response.getError());
        }
        return response;
    }

    private static Transaction toWeb3j(CallRequest call) {
        return new Transaction(
                call.from() == null ? null : call.from().lowerHex(),
                null,
                null,
                null,
                call.to() == null ? null : call.to().lowerHex(),
                call.value().value(),
                call.data());
    }

    static TxReceipt toReceipt(org.web3j.protocol.core.methods.response.TransactionReceipt r) {
        boolean success = r.getStatus() == null || "0x1".equals(r.getStatus());
        return new TxReceipt(
                TxHash.of(r.getTransactionHash()),
                r.getBlockNumber().longValueExact(),
                r.getBlockHash(),
                success,
                r.getGasUsed(),
                r.getLogs().stream().map(Web3jNode::toRawLog).toList());
    }

    static RawLog toRawLog(Log log) {
        return new RawLog(
                Address.of(log.getAddress()),
                log.getTopics(),
                log.getData(),
                log.getBlockNumber().longValueExact(),
                log.getBlockHash(),
                TxHash.of(log.getTransactionHash()),
                log.getLogIndex().longValueExact());
    }

    /** A response whose result is any JSON value. */
    static final class AnyResponse extends Response<Object> {}
}

package dev.baton.devnet.rpc;

import dev.baton.errors.TransportException;
import dev.baton.tx.Web3jNode;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The control calls tests need (mining, snapshots, automine, time travel) over the client's own
 * connection type ({@link Web3jNode}), so they work against any Hardhat-compatible node URL, not
 * only devnets started here. Failures are the client's {@link TransportException}, with the node's
 * JSON-RPC code and this node's URL in the message.
 */
public final class DevnetControl implements AutoCloseable {

    /** JSON-RPC "method not found" (the standard code). */
    public static final int METHOD_NOT_FOUND = -32601;

    /** Hardhat 3's code for a method it does not support. */
    public static final int METHOD_NOT_SUPPORTED = -32004;

    private final Web3jNode node;

    public DevnetControl(Web3jNode node) {
        this.node = node;
    }

    public static DevnetControl connect(String rpcUrl) {
        return new DevnetControl(Web3jNode.connect(checkedUrl(rpcUrl)));
    }

    /** A control that gives up quickly, for readiness polling. */
    static DevnetControl probe(String rpcUrl) {
        Duration quick = Duration.ofMillis(500);
        return new DevnetControl(Web3jNode.connect(checkedUrl(rpcUrl), quick, quick));
    }

    /** The connection these calls go over (the one a {@code Transactor} can share). */
    public Web3jNode node() {
        return node;
    }

    public String rpcUrl() {
        return node.endpoint();
    }

    public long chainId() {
        return quantity("eth_chainId", call("eth_chainId")).longValueExact();
    }

    public long blockNumber() {
        return quantity("eth_blockNumber", call("eth_blockNumber")).longValueExact();
    }

    /** The addresses the node signs for (lower case as the node returns them). */
    public List<String> accounts() {
        List<String> addresses = new ArrayList<>();
        if (call("eth_accounts") instanceof List<?> list) {
            list.forEach(entry -> addresses.add(String.valueOf(entry)));
        }
        return addresses;
    }

    /**
     * Mines {@code blocks} empty blocks at once; falls back to one {@code evm_mine} per block on
     * nodes without {@code hardhat_mine}.
     */
    public void mine(long blocks) {
        if (blocks < 1) {
            throw new IllegalArgumentException("'blocks' to mine must be >= 1, was " + blocks);
        }
        try {
            call("hardhat_mine", "0x" + Long.toHexString(blocks));
        } catch (TransportException e) {
            if (!isUnsupportedMethod(e)) {
                throw e;
            }
            for (long i = 0; i < blocks; i++) {
                call("evm_mine");
            }
        }
    }

    /**
     * True when the node answered that it does not implement the method (so a caller may fall back
     * to another one).
     */
    public static boolean isUnsupportedMethod(TransportException e) {
        Integer code = e.rpcCode();
        return code != null && (code == METHOD_NOT_FOUND || code == METHOD_NOT_SUPPORTED);
    }

    /** Takes a snapshot of the chain state; the id is single-use (reverting consumes it). */
    public String snapshot() {
        return String.valueOf(call("evm_snapshot"));
    }

    /**
     * Reverts to a snapshot taken by {@link #snapshot()}; fails if the node does not know the id.
     */
    public void revert(String snapshotId) {
        if (!Boolean.TRUE.equals(call("evm_revert", snapshotId))) {
            throw new IllegalStateException(
                    "evm_revert to snapshot '"
                            + snapshotId
                            + "' was refused by "
                            + rpcUrl()
                            + " (unknown id, or already reverted: snapshot ids are single-use)");
        }
    }

    /** With automine off, transactions wait in the mempool until {@link #mine(long)}. */
    public void setAutomine(boolean enabled) {
        call("evm_setAutomine", enabled);
    }

    /** Moves the timestamp of the next block forward by {@code seconds}. */
    public void increaseTime(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException(
                    "'seconds' to increase time by must be >= 0, was " + seconds);
        }
        call("evm_increaseTime", seconds);
    }

    /**
     * A real reorganisation on anvil ({@code anvil_reorg}): the newest {@code depth} blocks are
     * replaced by as many new ones (with other hashes), so logs in them are abandoned. Fails on
     * nodes without it (Hardhat).
     */
    public void reorg(int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("reorg 'depth' must be >= 1, was " + depth);
        }
        call("anvil_reorg", depth, List.of());
    }

    /**
     * Drops the newest {@code depth} blocks on anvil ({@code anvil_rollback}): the chain becomes
     * shorter.
     */
    public void rollback(int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("rollback 'depth' must be >= 1, was " + depth);
        }
        call("anvil_rollback", depth);
    }

    /**
     * Interval mining: a block every {@code seconds} (0: off; with automine off, transactions wait
     * in the pool).
     */
    public void setIntervalMining(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException(
                    "interval mining 'seconds' must be >= 0, was " + seconds);
        }
        // Hardhat takes milliseconds, anvil seconds.
        call("evm_setIntervalMining", isAnvil() ? seconds : seconds * 1000);
    }

    /**
     * A chain that moves by itself, like a real one: automine off (a transaction waits in the pool
     * for the next block) and a block every {@code period}, a whole number of seconds from 1 to
     * 3,600. Automine goes off first: on anvil switching it off afterwards would also stop the
     * interval.
     */
    public void mineEvery(Duration period) {
        long seconds = blockTimeSeconds(period);
        setAutomine(false);
        setIntervalMining(seconds);
    }

    /** The whole seconds of an interval-mining period, checked to be in [1, 3600]. */
    public static long blockTimeSeconds(Duration period) {
        if (period.isNegative()
                || period.isZero()
                || period.toMillis() % 1000 != 0
                || period.toSeconds() > 3600) {
            throw new IllegalArgumentException(
                    "block time must be a whole number of seconds from 1 to 3600, was " + period);
        }
        return period.toSeconds();
    }

    /**
     * The base fee of the next block, in wei ({@code anvil_setNextBlockBaseFeePerGas}, on Hardhat
     * its {@code hardhat_} twin): set above a pending transaction's max fee, the block is mined
     * without it.
     */
    public void setNextBlockBaseFee(BigInteger wei) {
        if (wei.signum() < 0) {
            throw new IllegalArgumentException("next block base fee must be >= 0, was " + wei);
        }
        call(
                isAnvil() ? "anvil_setNextBlockBaseFeePerGas" : "hardhat_setNextBlockBaseFeePerGas",
                "0x" + wei.toString(16));
    }

    /** True when the node is anvil ({@code web3_clientVersion} starts with "anvil"). */
    public boolean isAnvil() {
        return String.valueOf(call("web3_clientVersion"))
                .toLowerCase(Locale.ROOT)
                .startsWith("anvil");
    }

    /** The hash of block {@code number}, or null when the node has no such block. */
    public String blockHash(long number) {
        Object block = call("eth_getBlockByNumber", "0x" + Long.toHexString(number), false);
        return block instanceof Map<?, ?> fields && fields.get("hash") != null
                ? String.valueOf(fields.get("hash"))
                : null;
    }

    /** The timestamp of the latest block, in seconds. */
    public long latestBlockTimestamp() {
        Object block = call("eth_getBlockByNumber", "latest", false);
        Object timestamp = block instanceof Map<?, ?> fields ? fields.get("timestamp") : null;
        return quantity("eth_getBlockByNumber.timestamp", timestamp).longValueExact();
    }

    /** True when the node answers {@code eth_chainId}; never throws. */
    public boolean isAnswering() {
        try {
            chainId();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Calls {@code method} with positional {@code params}; the result as decoded from JSON (String,
     * Boolean, Number, Map, List or null). A failure names the method and this node.
     */
    public Object call(String method, Object... params) {
        try {
            return node.rawRequest(method, java.util.Arrays.asList(params));
        } catch (TransportException e) {
            throw new TransportException(
                    method + " at " + rpcUrl() + ": " + e.getMessage(),
                    e.isTransient(),
                    e.rpcCode(),
                    e);
        }
    }

    @Override
    public void close() {
        node.close();
    }

    private BigInteger quantity(String what, Object value) {
        String text = value == null ? "" : String.valueOf(value);
        if (!text.startsWith("0x") || text.length() < 3) {
            throw new IllegalStateException(
                    what + " from " + rpcUrl() + " is not a hex quantity: " + value);
        }
        return new BigInteger(text.substring(2), 16);
    }

    private static String checkedUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "JSON-RPC url is not valid: " + url + " (" + e.getMessage() + ")", e);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("JSON-RPC url must be http(s), was " + url);
        }
        return url;
    }
}

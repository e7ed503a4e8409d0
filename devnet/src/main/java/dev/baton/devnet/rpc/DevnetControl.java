package dev.baton.devnet.rpc;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The control calls tests need (mining, snapshots, automine, time travel) over plain JSON-RPC, so they work
 * against any Hardhat-compatible node URL, not only devnets started here.
 */
public final class DevnetControl {

    private final JsonRpcClient rpc;

    public DevnetControl(JsonRpcClient rpc) {
        this.rpc = rpc;
    }

    public static DevnetControl connect(String rpcUrl) {
        return new DevnetControl(new JsonRpcClient(rpcUrl));
    }

    /** A control that gives up quickly, for readiness polling. */
    static DevnetControl probe(String rpcUrl) {
        return new DevnetControl(new JsonRpcClient(rpcUrl, Duration.ofMillis(500)));
    }

    public String rpcUrl() {
        return rpc.url();
    }

    public long chainId() {
        return quantity("eth_chainId", rpc.call("eth_chainId")).longValueExact();
    }

    public long blockNumber() {
        return quantity("eth_blockNumber", rpc.call("eth_blockNumber")).longValueExact();
    }

    /** The addresses the node signs for (lower case as the node returns them). */
    public List<String> accounts() {
        List<String> addresses = new ArrayList<>();
        rpc.call("eth_accounts").forEach(node -> addresses.add(node.asString()));
        return addresses;
    }

    /** Mines {@code blocks} empty blocks at once; falls back to one {@code evm_mine} per block on nodes without {@code hardhat_mine}. */
    public void mine(long blocks) {
        if (blocks < 1) throw new IllegalArgumentException("'blocks' to mine must be >= 1, was " + blocks);
        try {
            rpc.call("hardhat_mine", "0x" + Long.toHexString(blocks));
        } catch (JsonRpcException e) {
            if (!e.isUnsupportedMethod()) throw e;
            for (long i = 0; i < blocks; i++) rpc.call("evm_mine");
        }
    }

    /** Takes a snapshot of the chain state; the id is single-use (reverting consumes it). */
    public String snapshot() {
        return rpc.call("evm_snapshot").asString();
    }

    /** Reverts to a snapshot taken by {@link #snapshot()}; fails if the node does not know the id. */
    public void revert(String snapshotId) {
        JsonNode reverted = rpc.call("evm_revert", snapshotId);
        if (!reverted.asBoolean(false)) {
            throw new IllegalStateException("evm_revert to snapshot '" + snapshotId + "' was refused by " + rpc.url()
                    + " (unknown id, or already reverted: snapshot ids are single-use)");
        }
    }

    /** With automine off, transactions wait in the mempool until {@link #mine(long)}. */
    public void setAutomine(boolean enabled) {
        rpc.call("evm_setAutomine", enabled);
    }

    /** Moves the timestamp of the next block forward by {@code seconds}. */
    public void increaseTime(long seconds) {
        if (seconds < 0) throw new IllegalArgumentException("'seconds' to increase time by must be >= 0, was " + seconds);
        rpc.call("evm_increaseTime", seconds);
    }

    /**
     * A real reorganisation on anvil ({@code anvil_reorg}): the newest {@code depth} blocks are replaced by as many new
     * ones (with other hashes), so logs in them are abandoned. Fails on nodes without it (Hardhat).
     */
    public void reorg(int depth) {
        if (depth < 1) throw new IllegalArgumentException("reorg 'depth' must be >= 1, was " + depth);
        rpc.call("anvil_reorg", depth, List.of());
    }

    /** Drops the newest {@code depth} blocks on anvil ({@code anvil_rollback}): the chain becomes shorter. */
    public void rollback(int depth) {
        if (depth < 1) throw new IllegalArgumentException("rollback 'depth' must be >= 1, was " + depth);
        rpc.call("anvil_rollback", depth);
    }

    /** Interval mining: a block every {@code seconds} (0: off; with automine off, transactions wait in the pool). */
    public void setIntervalMining(long seconds) {
        if (seconds < 0) throw new IllegalArgumentException("interval mining 'seconds' must be >= 0, was " + seconds);
        // Hardhat takes milliseconds, anvil seconds.
        rpc.call("evm_setIntervalMining", isAnvil() ? seconds : seconds * 1000);
    }

    /**
     * A chain that moves by itself, like a real one: automine off (a transaction waits in the pool for the next block)
     * and a block every {@code period}, a whole number of seconds from 1 to 3,600. Automine goes off first: on anvil
     * switching it off afterwards would also stop the interval.
     */
    public void mineEvery(Duration period) {
        long seconds = blockTimeSeconds(period);
        setAutomine(false);
        setIntervalMining(seconds);
    }

    /** The whole seconds of an interval-mining period, checked to be in [1, 3600]. */
    public static long blockTimeSeconds(Duration period) {
        if (period.isNegative() || period.isZero() || period.toMillis() % 1000 != 0 || period.toSeconds() > 3600) {
            throw new IllegalArgumentException("block time must be a whole number of seconds from 1 to 3600, was " + period);
        }
        return period.toSeconds();
    }

    /**
     * The base fee of the next block, in wei ({@code anvil_setNextBlockBaseFeePerGas}, on Hardhat its
     * {@code hardhat_} twin): set above a pending transaction's max fee, the block is mined without it.
     */
    public void setNextBlockBaseFee(java.math.BigInteger wei) {
        if (wei.signum() < 0) throw new IllegalArgumentException("next block base fee must be >= 0, was " + wei);
        rpc.call(isAnvil() ? "anvil_setNextBlockBaseFeePerGas" : "hardhat_setNextBlockBaseFeePerGas", "0x" + wei.toString(16));
    }

    /** True when the node is anvil ({@code web3_clientVersion} starts with "anvil"). */
    public boolean isAnvil() {
        return rpc.call("web3_clientVersion").asString("").toLowerCase(java.util.Locale.ROOT).startsWith("anvil");
    }

    /** The hash of block {@code number}, or null when the node has no such block. */
    public String blockHash(long number) {
        JsonNode block = rpc.call("eth_getBlockByNumber", "0x" + Long.toHexString(number), false);
        return block == null || block.isNull() ? null : block.path("hash").asString(null);
    }

    /** The timestamp of the latest block, in seconds. */
    public long latestBlockTimestamp() {
        JsonNode block = rpc.call("eth_getBlockByNumber", "latest", false);
        return quantity("eth_getBlockByNumber.timestamp", block.path("timestamp")).longValueExact();
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

    private BigInteger quantity(String what, JsonNode node) {
        String text = node.asString("");
        if (!text.startsWith("0x") || text.length() < 3) {
            throw new IllegalStateException(what + " from " + rpc.url() + " is not a hex quantity: " + node);
        }
        return new BigInteger(text.substring(2), 16);
    }
}

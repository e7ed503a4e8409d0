package dev.baton.cli.demo;

import dev.baton.devnet.rpc.DevnetControl;
import dev.baton.tx.EthNode;
import dev.baton.types.Address;

/**
 * The devnet's clock as the demo drives it: the node mines a block per transaction (automine), the
 * demo mines empty blocks to reach a window, and switches to interval mining while sequencers
 * publish slot by slot.
 */
public final class DemoChain {
    private final EthNode node;
    private DevnetControl control;

    public DemoChain(EthNode node) {
        this.node = node;
    }

    /** The devnet's own RPC methods, connected on first use. */
    private synchronized DevnetControl control() {
        if (control == null) {
            control = DevnetControl.connect(node.endpoint());
        }
        return control;
    }

    public long head() {
        return node.blockNumber();
    }

    /**
     * Mines empty blocks until the head is {@code block}; no-op when it is already there or beyond.
     */
    public void mineUntil(long block) {
        long head = head();
        if (head < block) {
            control().mine(block - head);
        }
    }

    /**
     * Mines a block every {@code millis} instead of one per transaction, until {@link #automine()}.
     */
    public void intervalMining(long millis) {
        control().setAutomine(false);
        control().call("evm_setIntervalMining", millis);
    }

    /** Sets {@code account}'s ether balance ({@code hardhat_setBalance}, a hex quantity of wei). */
    public void setBalance(Address account, String hexWei) {
        control().call("hardhat_setBalance", account.lowerHex(), hexWei);
    }

    /** Moves the node's clock forward by {@code seconds} and mines a block at the new time. */
    public void advanceTime(long seconds) {
        control().increaseTime(seconds);
        control().mine(1);
    }

    public void automine() {
        control().call("evm_setIntervalMining", 0);
        control().setAutomine(true);
    }
}

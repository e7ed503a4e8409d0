package dev.baton.devnet;

import dev.baton.devnet.rpc.DevnetControl;
import dev.baton.signer.DevAccount;
import java.util.List;

/**
 * A running local chain for tests and demos: where it answers, which chain it is, the funded
 * accounts it starts with, and the control calls tests need. Closing it stops the node and leaves
 * nothing behind (no process, no container).
 */
public interface Devnet extends AutoCloseable {

    /** The JSON-RPC endpoint, e.g. {@code http://127.0.0.1:40123}. */
    String rpcUrl();

    /** The chain id the node reported when it became ready. */
    long chainId();

    /** The pre-funded accounts, in the node's order (index 0 deploys by default). */
    List<DevAccount> accounts();

    /** Control calls over plain JSON-RPC (mining, snapshots, time). */
    DevnetControl control();

    /** Which kind of devnet this is. */
    DevnetKind kind();

    default DevAccount account(int index) {
        List<DevAccount> all = accounts();
        if (index < 0 || index >= all.size()) {
            throw new IllegalArgumentException(
                    "dev account index " + index + " is out of range 0.." + (all.size() - 1));
        }
        return all.get(index);
    }

    default void mine(long blocks) {
        control().mine(blocks);
    }

    default String snapshot() {
        return control().snapshot();
    }

    default void revert(String snapshotId) {
        control().revert(snapshotId);
    }

    default void setAutomine(boolean enabled) {
        control().setAutomine(enabled);
    }

    default void increaseTime(long seconds) {
        control().increaseTime(seconds);
    }

    /** Stops the node; idempotent. */
    @Override
    void close();
}

package dev.baton.events;

import dev.baton.devnet.rpc.DevnetControl;
import dev.baton.types.Address;
import java.util.List;
import java.util.Optional;

/**
 * A {@link LogSource} that makes anvil reorganise ({@code anvil_reorg}) once, right before a chosen
 * call of a cursor poll: the reorg lands exactly between two of the cursor's calls.
 */
final class ReorgingSource implements LogSource {
    enum Point {
        BEFORE_LOGS,
        BETWEEN_LOGS_AND_HASHES
    }

    private final LogSource node;
    private final DevnetControl control;
    private Point armedAt;
    private int depth;
    private boolean logsSeen;

    ReorgingSource(LogSource node, DevnetControl control) {
        this.node = node;
        this.control = control;
    }

    void arm(Point point, int reorgDepth) {
        armedAt = point;
        depth = reorgDepth;
        logsSeen = false;
    }

    boolean fired() {
        return armedAt == null;
    }

    @Override
    public long headBlock() {
        return node.headBlock();
    }

    @Override
    public Optional<String> blockHash(long number) {
        return node.blockHash(number);
    }

    @Override
    public List<Optional<String>> blockHashes(List<Long> numbers) {
        if (armedAt == Point.BETWEEN_LOGS_AND_HASHES && logsSeen) {
            fire();
        }
        return node.blockHashes(numbers);
    }

    @Override
    public List<RawLog> logs(long from, long to, List<Address> addresses, List<String> topic0s) {
        if (armedAt == Point.BEFORE_LOGS) {
            fire();
        }
        List<RawLog> logs = node.logs(from, to, addresses, topic0s);
        logsSeen = true;
        return logs;
    }

    private void fire() {
        armedAt = null;
        control.reorg(depth);
    }
}

package dev.baton.events;

import dev.baton.types.Address;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Follows the logs of some contracts over {@code eth_getLogs}, in bounded chunks, up to a confirmation depth.
 * Each {@link #poll} first checks that the newest block it delivered is still on the chain (by hash); if not, it walks
 * back to the fork, reports every log it had delivered from the dropped blocks as {@link LogChange.Kind#REMOVED}
 * (newest first), and rescans from the fork, so each log is added and removed at most once. The position is saved
 * after the handler has seen a poll's changes: a crash re-delivers that poll, never skips it.
 *
 * <p>Not thread-safe: one thread polls a cursor.
 */
public final class LogCursor<T> {
    private final LogSource source;
    private final List<Address> addresses;
    private final EventDecoder<T> decoder;
    private final CursorOptions options;
    private final PositionStore store;
    private CursorPosition position;

    public LogCursor(LogSource source, List<Address> addresses, EventDecoder<T> decoder, CursorOptions options,
            PositionStore store, long startBlock) {
        this.source = source;
        this.addresses = List.copyOf(addresses);
        this.decoder = decoder;
        this.options = options;
        this.store = store;
        this.position = store.load().orElse(CursorPosition.startingAt(startBlock));
    }

    public CursorPosition position() {
        return position;
    }

    /** Delivers what changed since the last poll; returns how many changes were delivered. */
    public int poll(Consumer<LogChange<T>> handler) {
        List<LogChange<T>> changes = new ArrayList<>();
        List<CursorPosition.ScannedBlock> recent = new ArrayList<>(position.recent());
        long next = rewindPastReorg(recent, changes);
        long safeHead = source.headBlock() - (options.confirmations() - 1);
        while (next <= safeHead) {
            long to = Math.min(next + options.chunkBlocks() - 1, safeHead);
            scan(next, to, recent, changes);
            next = to + 1;
        }
        long keepFrom = next - options.reorgWindow();
        while (recent.size() > 1 && recent.get(0).number() < keepFrom) recent.remove(0);
        CursorPosition updated = new CursorPosition(next, recent);
        changes.forEach(handler);
        store.save(updated);
        position = updated;
        return changes.size();
    }

    private long rewindPastReorg(List<CursorPosition.ScannedBlock> recent, List<LogChange<T>> changes) {
        long next = position.nextBlock();
        if (recent.isEmpty() || stillCanonical(recent.get(recent.size() - 1))) return next;
        while (!recent.isEmpty() && !stillCanonical(recent.get(recent.size() - 1))) {
            CursorPosition.ScannedBlock dropped = recent.remove(recent.size() - 1);
            List<RawLog> logs = new ArrayList<>(dropped.logs());
            for (int i = logs.size() - 1; i >= 0; i--) {
                RawLog log = logs.get(i);
                decoder.decode(log).ifPresent(e -> changes.add(new LogChange<>(LogChange.Kind.REMOVED, e, log)));
            }
            next = dropped.number();
        }
        return next;
    }

    private boolean stillCanonical(CursorPosition.ScannedBlock block) {
        return source.blockHash(block.number()).map(block.hash()::equals).orElse(false);
    }

    private void scan(long from, long to, List<CursorPosition.ScannedBlock> recent, List<LogChange<T>> changes) {
        Map<Long, List<RawLog>> byBlock = new LinkedHashMap<>();
        for (RawLog log : source.logs(from, to, addresses, decoder.topic0s())) {
            byBlock.computeIfAbsent(log.blockNumber(), b -> new ArrayList<>()).add(log);
        }
        for (Map.Entry<Long, List<RawLog>> entry : byBlock.entrySet()) {
            List<RawLog> logs = entry.getValue();
            recent.add(new CursorPosition.ScannedBlock(entry.getKey(), logs.get(0).blockHash(), logs));
            for (RawLog log : logs) {
                decoder.decode(log).ifPresent(e -> changes.add(new LogChange<>(LogChange.Kind.ADDED, e, log)));
            }
        }
        // Remember the chunk's last block too, so a reorg of empty blocks above our logs is seen as well.
        if (byBlock.isEmpty() || !byBlock.containsKey(to)) {
            Optional<String> hash = source.blockHash(to);
            hash.ifPresent(h -> recent.add(new CursorPosition.ScannedBlock(to, h, List.of())));
        }
    }
}

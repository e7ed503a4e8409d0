package dev.baton.events;

import dev.baton.types.Address;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Follows the logs of some contracts over {@code eth_getLogs}, in bounded chunks, up to a
 * confirmation depth, and delivers every log of the canonical chain exactly once and every
 * delivered log a reorganisation abandons exactly once as {@link LogChange.Kind#REMOVED}, wherever
 * the reorganisation falls between its calls. Each poll:
 *
 * <ol>
 *   <li>reads the head first, then checks every block it remembers (the reorg window) against the
 *       node's canonical hashes in one batch, and walks back to the fork, removing what it had
 *       delivered from abandoned blocks (newest first);
 *   <li>scans from there to the confirmed head in chunks (a chunk is halved when the provider
 *       answers "too many results");
 *   <li>checks, again in one batch, that every log it is about to deliver sits in the canonical
 *       block of that number, and that the remembered blocks are still canonical; if the chain
 *       moved during the poll, the scan is discarded and the poll starts again from step 1, so
 *       nothing of a half-seen fork is ever delivered;
 *   <li>delivers the changes, saving the position after each one: a restart resumes after the last
 *       change the handler saw (a log already delivered is recognised by its block hash and index
 *       and not delivered again).
 * </ol>
 *
 * <p>Not thread-safe: one thread polls a cursor.
 */
public final class LogCursor<T> {
    private static final int MAX_RESTARTS = 10;

    private final LogSource source;
    private final List<Address> addresses;
    private final EventDecoder<T> decoder;
    private final CursorOptions options;
    private final PositionStore store;
    private CursorPosition position;

    public LogCursor(
            LogSource source,
            List<Address> addresses,
            EventDecoder<T> decoder,
            CursorOptions options,
            PositionStore store,
            long startBlock) {
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
        for (int attempt = 0; ; attempt++) {
            Optional<Integer> delivered = tryPoll(handler);
            if (delivered.isPresent()) {
                return delivered.get();
            }
            if (attempt >= MAX_RESTARTS) {
                throw new IllegalStateException(
                        "the chain kept reorganising during "
                                + MAX_RESTARTS
                                + " polls of the log cursor");
            }
        }
    }

    /** One consistent poll, or empty when the chain moved under it (nothing delivered then). */
    private Optional<Integer> tryPoll(Consumer<LogChange<T>> handler) {
        long head = source.headBlock(); // header first: everything below is read against this head
        long safeHead = head - (options.confirmations() - 1);
        int delivered = rewindPastReorg(handler);
        List<CursorPosition.ScannedBlock> recent = new ArrayList<>(position.recent());
        Set<String> known = keysOf(recent);
        long next = position.nextBlock();
        List<CursorPosition.ScannedBlock> scanned = new ArrayList<>();
        while (next <= safeHead) {
            long to = Math.min(next + options.chunkBlocks() - 1, safeHead);
            List<CursorPosition.ScannedBlock> chunk =
                    ChunkScan.scan(source, next, to, addresses, decoder.topic0s());
            if (chunk == null) {
                // one block number with two hashes: the chain moved
                return Optional.empty();
            }
            scanned.addAll(chunk);
            next = to + 1;
        }
        Optional<List<CursorPosition.ScannedBlock>> checked = canonical(recent, scanned);
        if (checked.isEmpty()) {
            return Optional.empty();
        }
        for (CursorPosition.ScannedBlock block : checked.get()) {
            recent.removeIf(
                    r -> r.number() == block.number()); // a block partly delivered before a restart
            List<RawLog> kept = new ArrayList<>();
            for (RawLog log : block.logs()) {
                kept.add(log);
                if (known.contains(log.key())) {
                    // delivered before a restart
                    continue;
                }
                Optional<T> event = decoder.decode(log);
                if (event.isEmpty()) {
                    continue;
                }
                List<CursorPosition.ScannedBlock> now = new ArrayList<>(recent);
                now.add(new CursorPosition.ScannedBlock(block.number(), block.hash(), kept));
                handler.accept(new LogChange<>(LogChange.Kind.ADDED, event.get(), log));
                save(new CursorPosition(block.number(), now));
                delivered++;
            }
            recent.add(new CursorPosition.ScannedBlock(block.number(), block.hash(), kept));
        }
        long keepFrom = next - options.reorgWindow();
        while (recent.size() > 1 && recent.get(0).number() < keepFrom) {
            recent.remove(0);
        }
        save(new CursorPosition(next, recent));
        return Optional.of(delivered);
    }

    /**
     * Removes, newest first, what was delivered from blocks no longer canonical; saves after each
     * removal.
     */
    private int rewindPastReorg(Consumer<LogChange<T>> handler) {
        List<CursorPosition.ScannedBlock> recent = new ArrayList<>(position.recent());
        if (recent.isEmpty()) {
            return 0;
        }
        List<Optional<String>> hashes =
                source.blockHashes(
                        recent.stream().map(CursorPosition.ScannedBlock::number).toList());
        int fork = -1;
        for (int i = 0; i < recent.size(); i++) {
            if (!hashes.get(i).map(recent.get(i).hash()::equalsIgnoreCase).orElse(false)) {
                fork = i;
                break;
            }
        }
        if (fork < 0) {
            return 0;
        }
        int removed = 0;
        while (recent.size() > fork) {
            CursorPosition.ScannedBlock dropped = recent.remove(recent.size() - 1);
            List<RawLog> left = new ArrayList<>(dropped.logs());
            while (!left.isEmpty()) {
                RawLog log = left.remove(left.size() - 1);
                Optional<T> event = decoder.decode(log);
                List<CursorPosition.ScannedBlock> now = new ArrayList<>(recent);
                now.add(new CursorPosition.ScannedBlock(dropped.number(), dropped.hash(), left));
                if (event.isPresent()) {
                    handler.accept(new LogChange<>(LogChange.Kind.REMOVED, event.get(), log));
                    removed++;
                }
                save(new CursorPosition(dropped.number(), now));
            }
            save(new CursorPosition(dropped.number(), recent));
        }
        return removed;
    }

    /**
     * One batch of canonical hashes: every remembered block must still carry the hash we saw, and
     * every scanned block the hash its logs carry. Returns the scanned blocks with the hashes of
     * the log-less chunk ends filled in, or empty when the chain moved.
     */
    private Optional<List<CursorPosition.ScannedBlock>> canonical(
            List<CursorPosition.ScannedBlock> recent, List<CursorPosition.ScannedBlock> scanned) {
        Map<Long, String> expected = new LinkedHashMap<>();
        for (CursorPosition.ScannedBlock b : recent) {
            expected.put(b.number(), b.hash());
        }
        for (CursorPosition.ScannedBlock b : scanned) {
            String before = expected.get(b.number());
            if (b.hash() == null) {
                expected.putIfAbsent(b.number(), null);
                continue;
            }
            if (before != null && !before.equalsIgnoreCase(b.hash())) {
                return Optional.empty();
            }
            expected.put(b.number(), b.hash());
        }
        if (expected.isEmpty()) {
            return Optional.of(scanned);
        }
        List<Long> numbers = new ArrayList<>(expected.keySet());
        List<Optional<String>> hashes = source.blockHashes(numbers);
        Map<Long, String> actual = new LinkedHashMap<>();
        for (int i = 0; i < numbers.size(); i++) {
            if (hashes.get(i).isEmpty()) {
                // the chain got shorter
                return Optional.empty();
            }
            String want = expected.get(numbers.get(i));
            if (want != null && !want.equalsIgnoreCase(hashes.get(i).get())) {
                return Optional.empty();
            }
            actual.put(numbers.get(i), hashes.get(i).get());
        }
        List<CursorPosition.ScannedBlock> out = new ArrayList<>(scanned.size());
        for (CursorPosition.ScannedBlock b : scanned) {
            out.add(
                    b.hash() != null
                            ? b
                            : new CursorPosition.ScannedBlock(
                                    b.number(), actual.get(b.number()), List.of()));
        }
        return Optional.of(out);
    }

    private void save(CursorPosition p) {
        store.save(p);
        position = p;
    }

    private static Set<String> keysOf(List<CursorPosition.ScannedBlock> blocks) {
        Set<String> keys = new HashSet<>();
        for (CursorPosition.ScannedBlock b : blocks) {
            for (RawLog log : b.logs()) {
                keys.add(log.key());
            }
        }
        return keys;
    }
}

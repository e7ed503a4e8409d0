package dev.baton.agent.market;

import dev.baton.agent.store.AgentStore;
import dev.baton.events.LogChange;
import dev.baton.events.LogCursor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The committed transcripts the market duties still need, by height, read incrementally from the
 * chain's {@code TranscriptCommitted} logs. The store keeps where a restart must read from: the
 * commit block of the oldest transcript still needed (or the first block not yet read), so a
 * restart re-reads only that stretch, never the whole history. Reorg-aware: the commits come
 * through a {@link LogCursor}, so a commit a reorganisation abandons leaves the index again (its
 * duties stop acting on it), and one mined again in another block is read there.
 */
public final class TranscriptIndex {
    private final String agent;
    private final String cursorName;
    private final MarketReads chain;
    private final AgentStore store;
    private final LogCursor<CommitLog> cursor;
    private final TreeMap<Long, List<CommittedTranscript>> byHeight = new TreeMap<>();

    /**
     * What each delivered log added, by the log's key: a removal names the log, not the transcript.
     */
    private final Map<String, CommittedTranscript> byLog = new HashMap<>();

    private long lastHead = -1;
    private boolean removed;

    /** {@code fromBlock}: where a first start reads from (the market's deployment block, say). */
    public TranscriptIndex(
            String agent, String cursorName, MarketReads chain, AgentStore store, long fromBlock) {
        this.agent = agent;
        this.cursorName = cursorName;
        this.chain = chain;
        this.store = store;
        this.cursor = chain.commitLogs(store.cursor(agent, cursorName).orElse(fromBlock));
    }

    /**
     * Reads what changed in the commits since the last call, up to the node's head (once per {@code
     * head}, however many duties ask): new commits join, abandoned ones leave.
     */
    public void advance(long head) {
        if (head <= lastHead) {
            return;
        }
        cursor.poll(this::apply);
        lastHead = head;
        if (removed) {
            removed = false;
            persist();
        }
    }

    private void apply(LogChange<CommitLog> change) {
        String key = change.log().key();
        if (change.added()) {
            chain.transcriptOf(change.event())
                    .ifPresent(
                            t -> {
                                byHeight.computeIfAbsent(t.height(), h -> new ArrayList<>()).add(t);
                                byLog.put(key, t);
                            });
            return;
        }
        CommittedTranscript gone = byLog.remove(key);
        if (gone != null) {
            drop(gone);
            removed = true;
        }
    }

    private boolean drop(CommittedTranscript transcript) {
        List<CommittedTranscript> list = byHeight.get(transcript.height());
        if (list == null || !list.remove(transcript)) {
            return false;
        }
        if (list.isEmpty()) {
            byHeight.remove(transcript.height());
        }
        return true;
    }

    /** The transcripts committed at {@code height} seen so far, in commit order. */
    public List<CommittedTranscript> at(long height) {
        return List.copyOf(byHeight.getOrDefault(height, List.of()));
    }

    /** Every transcript still held, by height then commit order. */
    public List<CommittedTranscript> all() {
        return byHeight.values().stream().flatMap(List::stream).toList();
    }

    /** Forgets heights below {@code height} and records where a restart must read from. */
    public void retainFrom(long height) {
        byHeight.headMap(height).clear();
        byLog.values().removeIf(t -> t.height() < height);
        persist();
    }

    /** Forgets one transcript whose work is done and records where a restart must read from. */
    public void forget(CommittedTranscript transcript) {
        if (drop(transcript)) {
            byLog.values().remove(transcript);
            persist();
        }
    }

    private void persist() {
        long next = cursor.position().nextBlock();
        long from =
                byHeight.values().stream()
                        .flatMap(List::stream)
                        .mapToLong(CommittedTranscript::committedBlock)
                        .min()
                        .orElse(next);
        store.setCursor(agent, cursorName, Math.min(from, next));
    }
}

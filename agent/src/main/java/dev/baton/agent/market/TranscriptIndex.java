package dev.baton.agent.market;

import dev.baton.agent.store.AgentStore;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The committed transcripts the market duties still need, by height, read incrementally from the
 * chain's {@code TranscriptCommitted} logs. The store keeps where a restart must read from: the
 * commit block of the oldest transcript still needed (or the first block not yet read), so a
 * restart re-reads only that stretch, never the whole history. Not reorg-aware: it reads up to the
 * head it is given.
 */
public final class TranscriptIndex {
    static final int CHUNK = 2_000;

    private final String agent;
    private final String cursorName;
    private final MarketReads chain;
    private final AgentStore store;
    private final TreeMap<Long, List<CommittedTranscript>> byHeight = new TreeMap<>();
    private long next = -1;
    private long lastHead = -1;

    /** {@code fromBlock}: where a first start reads from (the market's deployment block, say). */
    public TranscriptIndex(
            String agent, String cursorName, MarketReads chain, AgentStore store, long fromBlock) {
        this.agent = agent;
        this.cursorName = cursorName;
        this.chain = chain;
        this.store = store;
        this.next = store.cursor(agent, cursorName).orElse(fromBlock);
    }

    /**
     * Reads the commits in blocks up to {@code head} not yet read (once per head, however many
     * duties ask).
     */
    public void advance(long head) {
        if (head <= lastHead) {
            return;
        }
        while (next <= head) {
            long to = Math.min(head, next + CHUNK - 1);
            for (CommittedTranscript t : chain.committed(next, to)) {
                byHeight.computeIfAbsent(t.height(), h -> new ArrayList<>()).add(t);
            }
            next = to + 1;
        }
        lastHead = head;
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
        persist();
    }

    /** Forgets one transcript whose work is done and records where a restart must read from. */
    public void forget(CommittedTranscript transcript) {
        List<CommittedTranscript> list = byHeight.get(transcript.height());
        if (list == null || !list.remove(transcript)) {
            return;
        }
        if (list.isEmpty()) {
            byHeight.remove(transcript.height());
        }
        persist();
    }

    private void persist() {
        long from =
                byHeight.values().stream()
                        .flatMap(List::stream)
                        .mapToLong(CommittedTranscript::committedBlock)
                        .min()
                        .orElse(next);
        store.setCursor(agent, cursorName, Math.min(from, next));
    }
}

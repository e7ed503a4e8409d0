package dev.baton.events;

import dev.baton.types.Address;
import dev.baton.types.TxHash;
import java.util.List;

/**
 * One log entry as the node returns it (topics and data as 0x hex), with where it sits in the
 * chain.
 */
public record RawLog(
        Address address,
        List<String> topics,
        String data,
        long blockNumber,
        String blockHash,
        TxHash transactionHash,
        long logIndex) {

    public RawLog {
        topics = List.copyOf(topics);
    }

    /** Identifies a log within its block: what the cursor uses to deliver each log exactly once. */
    public String key() {
        return blockHash + ":" + logIndex;
    }
}

package dev.baton.tx;

import dev.baton.events.RawLog;
import dev.baton.types.TxHash;
import java.math.BigInteger;
import java.util.List;

/** What a mined transaction left behind. {@code success} is false when it reverted on chain. */
public record TxReceipt(
        TxHash hash,
        long blockNumber,
        String blockHash,
        boolean success,
        BigInteger gasUsed,
        List<RawLog> logs) {
    public TxReceipt {
        logs = List.copyOf(logs);
    }
}

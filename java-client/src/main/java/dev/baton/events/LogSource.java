package dev.baton.events;

import dev.baton.types.Address;
import java.util.List;
import java.util.Optional;

/** Where the cursor reads the chain from: the node in production, a scripted fake in tests. */
public interface LogSource {
    /** The newest block number. */
    long headBlock();

    /**
     * The hash of block {@code number} on the node's current chain, empty when it does not exist
     * (yet).
     */
    Optional<String> blockHash(long number);

    /**
     * The canonical hashes of many blocks (one JSON-RPC batch where the transport allows), in
     * order.
     */
    default List<Optional<String>> blockHashes(List<Long> numbers) {
        List<Optional<String>> out = new java.util.ArrayList<>(numbers.size());
        for (long n : numbers) {
            out.add(blockHash(n));
        }
        return out;
    }

    /**
     * Logs of {@code addresses} in blocks {@code from..to} inclusive whose first topic is one of
     * {@code topic0s}.
     */
    List<RawLog> logs(long from, long to, List<Address> addresses, List<String> topic0s);
}

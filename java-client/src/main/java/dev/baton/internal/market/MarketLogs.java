package dev.baton.internal.market;

import dev.baton.events.RawLog;
import dev.baton.internal.abi.AbiEventDecoder;
import dev.baton.internal.contracts.BlockMarket;
import dev.baton.market.Bytes32;
import dev.baton.types.Address;
import java.math.BigInteger;
import java.util.Optional;
import org.web3j.abi.EventEncoder;

/** The market's {@code TranscriptCommitted} log through the generated event definition. */
public final class MarketLogs {

    /** topic0 of {@code TranscriptCommitted}, from the generated event definition. */
    public static final String TRANSCRIPT_COMMITTED_TOPIC =
            EventEncoder.encode(BlockMarket.TRANSCRIPTCOMMITTED_EVENT);

    private MarketLogs() {}

    /**
     * The indexed height, block commitment and proposer of a {@code TranscriptCommitted} log; empty
     * for any other.
     */
    public static Optional<Committed> committed(RawLog log) {
        return AbiEventDecoder.indexed(BlockMarket.TRANSCRIPTCOMMITTED_EVENT, log)
                .map(
                        values ->
                                new Committed(
                                        ((BigInteger) values.get(0)).longValueExact(),
                                        Bytes32.of((byte[]) values.get(1)),
                                        Address.of((String) values.get(2))));
    }

    /** What a {@code TranscriptCommitted} log's topics say. */
    public record Committed(long height, Bytes32 blockCommitment, Address proposer) {}
}

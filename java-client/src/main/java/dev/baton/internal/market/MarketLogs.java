package dev.baton.internal.market;

import dev.baton.errors.AbiDecodingException;
import dev.baton.events.RawLog;
import dev.baton.internal.contracts.BlockMarket;
import dev.baton.market.Bytes32;
import dev.baton.types.Address;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Type;

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
        List<String> topics = log.topics();
        if (topics.size() != 4 || !topics.getFirst().equalsIgnoreCase(TRANSCRIPT_COMMITTED_TOPIC)) {
            return Optional.empty();
        }
        List<TypeReference<Type>> indexed =
                BlockMarket.TRANSCRIPTCOMMITTED_EVENT.getIndexedParameters();
        Object[] values = new Object[3];
        for (int i = 0; i < 3; i++) {
            try {
                values[i] =
                        FunctionReturnDecoder.decodeIndexedValue(topics.get(i + 1), indexed.get(i))
                                .getValue();
            } catch (RuntimeException malformed) {
                throw new AbiDecodingException(
                        "TranscriptCommitted topic " + (i + 1), topics.get(i + 1), malformed);
            }
        }
        return Optional.of(
                new Committed(
                        ((BigInteger) values[0]).longValueExact(),
                        Bytes32.of((byte[]) values[1]),
                        Address.of((String) values[2])));
    }

    /** What a {@code TranscriptCommitted} log's topics say. */
    public record Committed(long height, Bytes32 blockCommitment, Address proposer) {}
}

package dev.baton.internal.market;

import dev.baton.errors.AbiDecodingException;
import dev.baton.internal.contracts.BlockMarket;
import dev.baton.market.Assignment;
import dev.baton.market.Bytes32;
import dev.baton.market.CompactSignature;
import dev.baton.market.Transcript;
import dev.baton.market.TreePosition;
import dev.baton.types.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Type;

/**
 * Reads a transcript back from the input of the {@code commitTranscript} transaction that committed
 * it: the {@code TranscriptCommitted} log carries only the assignments' root, and the agents that
 * settle assignments (slash, dispute, claim) need the assignments themselves. Decoded with the
 * generated wrapper's {@code Commit} and {@code Assignment} structs.
 */
public final class MarketCalldata {
    /** The 4-byte selector of {@code commitTranscript}, from the generated wrapper's encoding. */
    static final String COMMIT_SELECTOR =
            MarketAbi.MARKET
                    .commitTranscript(
                            new BlockMarket.Commit(
                                    BigInteger.ZERO,
                                    new byte[32],
                                    new byte[32],
                                    BigInteger.ZERO,
                                    BigInteger.ZERO,
                                    BigInteger.ZERO),
                            List.of())
                    .encodeFunctionCall()
                    .substring(0, 10)
                    .toLowerCase(Locale.ROOT);

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final List<TypeReference<Type>> INPUTS =
            List.of(
                    (TypeReference) TypeReference.create(BlockMarket.Commit.class),
                    (TypeReference) new TypeReference<DynamicArray<BlockMarket.Assignment>>() {});

    private MarketCalldata() {}

    /**
     * The transcript {@code proposer} committed with transaction input {@code input}; empty when
     * the input is not a {@code commitTranscript} call (e.g. the commit went through another
     * contract).
     *
     * @throws AbiDecodingException when the input has the selector but does not decode
     */
    public static Optional<Transcript> committedTranscript(String input, Address proposer) {
        if (input == null
                || input.length() < 10
                || !input.substring(0, 10).toLowerCase(Locale.ROOT).equals(COMMIT_SELECTOR)) {
            return Optional.empty();
        }
        List<Type> values;
        try {
            values = FunctionReturnDecoder.decode("0x" + input.substring(10), INPUTS);
        } catch (RuntimeException malformed) {
            throw new AbiDecodingException("commitTranscript input", input, malformed);
        }
        if (values.size() != 2) {
            throw new AbiDecodingException(
                    "commitTranscript input",
                    input,
                    new IllegalArgumentException("expected 2 arguments, got " + values.size()));
        }
        BlockMarket.Commit commit = (BlockMarket.Commit) values.get(0);
        List<Assignment> assignments = new ArrayList<>();
        for (Object item : ((DynamicArray<?>) values.get(1)).getValue()) {
            BlockMarket.Assignment a = (BlockMarket.Assignment) item;
            assignments.add(
                    new Assignment(
                            Address.of(a.prover),
                            TreePosition.of(a.depth.intValueExact(), a.index.longValueExact()),
                            new CompactSignature(Bytes32.of(a.r), Bytes32.of(a.vs))));
        }
        return Optional.of(
                new Transcript(
                        commit.height.longValueExact(),
                        proposer,
                        Bytes32.of(commit.blockCommitment),
                        commit.proverRewardBps.intValueExact(),
                        commit.depth.intValueExact(),
                        assignments));
    }
}

package dev.baton.internal.market;

import static dev.baton.internal.abi.AbiValues.checked;

import dev.baton.client.market.MarketConfig;
import dev.baton.client.market.MarketParams;
import dev.baton.client.market.PositionState;
import dev.baton.client.market.Proposal;
import dev.baton.client.market.ProverBond;
import dev.baton.client.market.RoundState;
import dev.baton.client.market.TranscriptState;
import dev.baton.internal.abi.AbiCall;
import dev.baton.internal.abi.Wrappers;
import dev.baton.internal.contracts.BlockMarket;
import dev.baton.market.Assignment;
import dev.baton.market.BlockReveal;
import dev.baton.market.Bytes32;
import dev.baton.market.Transcript;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigInteger;
import java.util.List;
import org.web3j.protocol.core.RemoteFunctionCall;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * BlockMarket calls through the generated {@link BlockMarket} wrapper: calldata from its functions
 * and structs (integers range-checked by name first), results decoded with its output types and
 * mapped by {@link MarketMapper}. The {@code TranscriptCommitted} log is in {@link MarketLogs}.
 */
public final class MarketAbi {

    static final BlockMarket MARKET = Wrappers.codec(BlockMarket::load);

    private MarketAbi() {}

    public static String bondProver(long untilBlock) {
        return MARKET.bondProver(uint64("untilBlock", untilBlock)).encodeFunctionCall();
    }

    public static String fundRewards(Amount amount) {
        return MARKET.fundRewards(checked("amount", amount.value(), 256)).encodeFunctionCall();
    }

    /**
     * {@code commitTranscript(c, assignments)} of {@code transcript} with the terms of {@code
     * proposal}.
     *
     * @throws IllegalArgumentException when the proposal's prover share is not the one the votes
     *     signed
     */
    public static String commitTranscript(Transcript transcript, Proposal proposal) {
        return MARKET.commitTranscript(
                        MarketMapper.commit(transcript, proposal),
                        MarketMapper.assignments(transcript.assignments()))
                .encodeFunctionCall();
    }

    public static String reveal(long height, BlockReveal reveal) {
        return MARKET.reveal(
                        uint64("height", height),
                        reveal.txOrderRoot().bytes(),
                        reveal.secret().bytes())
                .encodeFunctionCall();
    }

    /**
     * {@code submitProof} with the verifier's proof bytes (see {@link
     * dev.baton.market.AttestationProof}).
     */
    public static String submitProof(Transcript t, byte[] proof) {
        return MARKET.submitProof(
                        uint64("height", t.height()),
                        t.proposer().lowerHex(),
                        t.blockCommitment().bytes(),
                        MarketMapper.assignments(t.assignments()),
                        proof)
                .encodeFunctionCall();
    }

    public static String finalise(long height) {
        return MARKET.finalise(uint64("height", height)).encodeFunctionCall();
    }

    public static String claimProverReward(Transcript t, int position, List<Bytes32> merkleProof) {
        return atPosition(MARKET::claimProverReward, t, position, merkleProof);
    }

    public static String slashWithheld(Transcript t, int position, List<Bytes32> merkleProof) {
        return atPosition(MARKET::slashWithheld, t, position, merkleProof);
    }

    public static String challengeVote(Transcript t, int position, List<Bytes32> merkleProof) {
        return atPosition(MARKET::challengeVote, t, position, merkleProof);
    }

    /** {@code disputeSlash} with one part in the verifier's single-part form. */
    public static String disputeSlash(
            Transcript t, int position, List<Bytes32> merkleProof, byte[] part) {
        return atPosition(
                (h, p, c, i, a, m) -> MARKET.disputeSlash(h, p, c, i, a, m, part),
                t,
                position,
                merkleProof);
    }

    public static String claim() {
        return MARKET.claim().encodeFunctionCall();
    }

    public static AbiCall<MarketParams> params() {
        return AbiCall.single(
                "BlockMarket.params",
                MARKET.params(),
                BlockMarket.Params.class,
                MarketMapper::params);
    }

    public static AbiCall<MarketConfig> config() {
        return AbiCall.of("BlockMarket.config", MARKET.config(), 4, MarketMapper::config);
    }

    /** {@code head()}: the last finalised height and its hash. */
    public static AbiCall<Head> head() {
        return AbiCall.of(
                "BlockMarket.head",
                MARKET.head(),
                2,
                values ->
                        new Head(
                                ((BigInteger) values.get(0).getValue()).longValueExact(),
                                Bytes32.of((byte[]) values.get(1).getValue())));
    }

    /** What {@code head()} returns. */
    public record Head(long height, Bytes32 hash) {}

    public static AbiCall<Amount> burnPrice() {
        return AbiCall.uint("BlockMarket.burnPrice", MARKET.burnPrice(), Amount::of);
    }

    public static AbiCall<Amount> requiredBurn(int numProvers) {
        return AbiCall.uint(
                "BlockMarket.requiredBurn",
                MARKET.requiredBurn(checked("numProvers", BigInteger.valueOf(numProvers), 256)),
                Amount::of);
    }

    public static AbiCall<TranscriptState> transcriptOf(
            long height, Address proposer, Bytes32 blockCommitment) {
        var call =
                MARKET.transcriptOf(
                        uint64("height", height), proposer.lowerHex(), blockCommitment.bytes());
        return AbiCall.single(
                "BlockMarket.transcriptOf",
                call,
                BlockMarket.Transcript.class,
                MarketMapper::transcript);
    }

    public static AbiCall<RoundState> roundOf(long height) {
        return AbiCall.of(
                "BlockMarket.roundOf",
                MARKET.roundOf(uint64("height", height)),
                3,
                MarketMapper::round);
    }

    public static AbiCall<ProverBond> proverOf(Address prover) {
        return AbiCall.single(
                "BlockMarket.proverOf",
                MARKET.proverOf(prover.lowerHex()),
                BlockMarket.Prover.class,
                MarketMapper::prover);
    }

    public static AbiCall<Amount> claimableOf(Address account) {
        return AbiCall.uint(
                "BlockMarket.claimableOf", MARKET.claimableOf(account.lowerHex()), Amount::of);
    }

    public static AbiCall<Amount> rewardsAvailable() {
        return AbiCall.uint("BlockMarket.rewardsAvailable", MARKET.rewardsAvailable(), Amount::of);
    }

    public static AbiCall<PositionState> positionState(
            long height, Address proposer, Bytes32 blockCommitment, int position) {
        var call =
                MARKET.positionState(
                        uint64("height", height),
                        proposer.lowerHex(),
                        blockCommitment.bytes(),
                        position("position", position));
        return AbiCall.of("BlockMarket.positionState", call, 2, MarketMapper::position);
    }

    /** A BlockMarket function on one position of a transcript, as the wrapper declares it. */
    @FunctionalInterface
    private interface PositionFunction {
        RemoteFunctionCall<TransactionReceipt> call(
                BigInteger height,
                String proposer,
                byte[] blockCommitment,
                BigInteger position,
                BlockMarket.Assignment assignment,
                List<byte[]> merkleProof);
    }

    private static String atPosition(
            PositionFunction function, Transcript t, int position, List<Bytes32> merkleProof) {
        return function.call(
                        uint64("height", t.height()),
                        t.proposer().lowerHex(),
                        t.blockCommitment().bytes(),
                        position("position", position),
                        at(t, position),
                        MarketMapper.words(merkleProof))
                .encodeFunctionCall();
    }

    private static BlockMarket.Assignment at(Transcript t, int position) {
        List<Assignment> assignments = t.assignments();
        if (position < 0 || position >= assignments.size()) {
            throw new IllegalArgumentException(
                    "position: "
                            + position
                            + " is not an assignment of a transcript with "
                            + assignments.size());
        }
        return MarketMapper.assignment(assignments.get(position));
    }

    private static BigInteger uint64(String field, long value) {
        return checked(field, BigInteger.valueOf(value), 64);
    }

    private static BigInteger position(String field, int value) {
        return checked(field, BigInteger.valueOf(value), 256);
    }
}

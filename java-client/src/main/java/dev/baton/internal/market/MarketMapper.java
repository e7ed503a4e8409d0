package dev.baton.internal.market;

import static dev.baton.internal.abi.AbiValues.uint16;
import static dev.baton.internal.abi.AbiValues.uint32;
import static dev.baton.internal.abi.AbiValues.uint64;
import static dev.baton.internal.abi.AbiValues.uint8;
import static dev.baton.internal.abi.AbiValues.uint96;

import dev.baton.client.market.MarketConfig;
import dev.baton.client.market.MarketParams;
import dev.baton.client.market.PositionState;
import dev.baton.client.market.Proposal;
import dev.baton.client.market.ProverBond;
import dev.baton.client.market.RoundState;
import dev.baton.client.market.TranscriptState;
import dev.baton.client.market.TranscriptStatus;
import dev.baton.internal.abi.AbiValues;
import dev.baton.internal.contracts.BlockMarket;
import dev.baton.market.Assignment;
import dev.baton.market.Bytes32;
import dev.baton.market.Transcript;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Type;

/**
 * Between Baton's records and the generated {@link BlockMarket} types: transcripts and proposals to
 * the wrapper's {@code Commit} and {@code Assignment} structs (narrow fields range-checked by
 * name), the wrapper's {@code Params}, {@code Transcript} and {@code Prover} structs and tuple
 * results to the market records.
 */
public final class MarketMapper {

    private MarketMapper() {}

    /** The {@code commitTranscript} head: what the votes signed plus the proposal's terms. */
    public static BlockMarket.Commit commit(Transcript t, Proposal p) {
        if (p.proverRewardBps() != t.proverRewardBps()) {
            throw new IllegalArgumentException(
                    "the proposal's prover share "
                            + p.proverRewardBps()
                            + " bps differs from the "
                            + t.proverRewardBps()
                            + " bps the votes signed");
        }
        return new BlockMarket.Commit(
                uint64("Commit.height", t.height()),
                new org.web3j.abi.datatypes.generated.Bytes32(t.blockCommitment().bytes()),
                new org.web3j.abi.datatypes.generated.Bytes32(p.parentHash().bytes()),
                uint96("Commit.burnBid", p.burnBid().value()),
                uint16("Commit.proverRewardBps", p.proverRewardBps()),
                uint8("Commit.depth", t.treeDepth()));
    }

    public static BlockMarket.Assignment assignment(Assignment a) {
        return new BlockMarket.Assignment(
                AbiValues.address("Assignment.prover", a.prover().lowerHex()),
                uint8("Assignment.depth", a.position().depth()),
                uint32("Assignment.index", a.position().index()),
                new org.web3j.abi.datatypes.generated.Bytes32(a.vote().r().bytes()),
                new org.web3j.abi.datatypes.generated.Bytes32(a.vote().vs().bytes()));
    }

    public static List<BlockMarket.Assignment> assignments(List<Assignment> list) {
        return list.stream().map(MarketMapper::assignment).toList();
    }

    public static List<byte[]> words(List<Bytes32> list) {
        return list.stream().map(Bytes32::bytes).toList();
    }

    public static MarketParams params(BlockMarket.Params p) {
        return new MarketParams(
                Address.of(p.verifier),
                p.proposalWindow.longValueExact(),
                p.proofWindow.longValueExact(),
                p.disputeWindow.longValueExact(),
                p.escrowLockBlocks.longValueExact(),
                p.bondHorizonBlocks.longValueExact(),
                p.pipelined,
                p.maxAssignments.intValueExact(),
                p.targetProvers.intValueExact(),
                p.maxUncles.intValueExact(),
                p.slashRateBps.intValueExact(),
                p.badVoteBountyBps.intValueExact(),
                Amount.of(p.minBurnBid),
                Amount.of(p.minBurnPerMissingProver),
                Amount.of(p.blockReward),
                Amount.of(p.uncleReward));
    }

    public static TranscriptState transcript(BlockMarket.Transcript t) {
        return new TranscriptState(
                Address.of(t.proposer),
                t.attempt.longValueExact(),
                t.numProvers.intValueExact(),
                t.numAssignments.intValueExact(),
                t.depth.intValueExact(),
                t.proverRewardBps.intValueExact(),
                TranscriptStatus.of(t.status.intValueExact()),
                t.ranked,
                Amount.of(t.burnBid),
                t.committedAt.longValueExact(),
                t.committedBlock.longValueExact(),
                t.contributingProvers.intValueExact(),
                t.contributedLeaves.intValueExact(),
                t.contributedPositions.intValueExact(),
                Bytes32.of(t.assignmentsRoot),
                Bytes32.of(t.txOrderRoot),
                Bytes32.of(t.parentHash),
                Amount.of(t.proverPot),
                t.finalisedAt.longValueExact());
    }

    public static ProverBond prover(BlockMarket.Prover p) {
        return new ProverBond(
                Amount.of(p.bond),
                p.bondUntil.longValueExact(),
                p.bondedAt.longValueExact(),
                p.underStakedAt.longValueExact(),
                p.bondedBlock.longValueExact());
    }

    /** {@code config()}: vault, token, governance, minimum prover stake. */
    static MarketConfig config(List<Type> v) {
        return new MarketConfig(
                Address.of((String) v.get(0).getValue()),
                Address.of((String) v.get(1).getValue()),
                Address.of((String) v.get(2).getValue()),
                Amount.of((BigInteger) v.get(3).getValue()));
    }

    /** {@code roundOf(height)}: start, attempt, ranked transcript ids. */
    @SuppressWarnings("unchecked")
    static RoundState round(List<Type> v) {
        List<org.web3j.abi.datatypes.generated.Bytes32> ids =
                ((DynamicArray<org.web3j.abi.datatypes.generated.Bytes32>) v.get(2)).getValue();
        return new RoundState(
                ((BigInteger) v.get(0).getValue()).longValueExact(),
                ((BigInteger) v.get(1).getValue()).longValueExact(),
                ids.stream().map(b -> Bytes32.of(b.getValue())).toList());
    }

    static PositionState position(List<Type> v) {
        return new PositionState(((Bool) v.get(0)).getValue(), ((Bool) v.get(1)).getValue());
    }
}

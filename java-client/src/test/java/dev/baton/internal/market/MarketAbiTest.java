package dev.baton.internal.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.client.market.MarketParams;
import dev.baton.client.market.PositionState;
import dev.baton.client.market.Proposal;
import dev.baton.client.market.ProverBond;
import dev.baton.client.market.RoundState;
import dev.baton.client.market.TranscriptState;
import dev.baton.client.market.TranscriptStatus;
import dev.baton.errors.AbiDecodingException;
import dev.baton.errors.AbiValueOutOfRangeException;
import dev.baton.events.RawLog;
import dev.baton.market.BlockReveal;
import dev.baton.market.Bytes32;
import dev.baton.market.Transcript;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;
import tools.jackson.databind.JsonNode;

/**
 * Calldata and results of the generated-wrapper path against {@code market/calldata-vectors.json}:
 * ethers' Interface over the BlockMarket ABI encoded the same inputs (the transcript of {@code
 * contract-vectors.json}, which the market accepted).
 */
class MarketAbiTest {
    private static final Amount TWO_ETHER =
            Amount.of(BigInteger.TWO.multiply(BigInteger.TEN.pow(18)));
    private static final List<Bytes32> PROOF2 =
            List.of(
                    Bytes32.of("0x" + "01".repeat(32)),
                    Bytes32.of("0x" + "02".repeat(32)),
                    Bytes32.of("0x" + "03".repeat(32)));

    private static JsonNode calls;
    private static JsonNode contract;
    private static Transcript transcript;

    @BeforeAll
    static void load() throws IOException {
        calls = read("/market/calldata-vectors.json");
        contract = read("/market/contract-vectors.json");
        transcript = MarketVectors.transcript(contract);
    }

    private static JsonNode read(String resource) throws IOException {
        return MarketVectors.read(resource);
    }

    private static String expected(String name) {
        return calls.get(name).asString();
    }

    @Test
    void writes() {
        assertThat(MarketAbi.commitTranscript(transcript, Proposal.of(TWO_ETHER, 2500)))
                .isEqualTo(expected("commitTranscript"));
        BlockReveal reveal =
                new BlockReveal(
                        Bytes32.of(contract.get("txOrderRoot").asString()),
                        Bytes32.of(contract.get("secret").asString()));
        assertThat(MarketAbi.reveal(1, reveal)).isEqualTo(expected("reveal"));
        assertThat(MarketAbi.bondProver(123456)).isEqualTo(expected("bondProver"));
        assertThat(MarketAbi.finalise(7)).isEqualTo(expected("finalise"));
        assertThat(
                        MarketAbi.fundRewards(
                                Amount.of(
                                        BigInteger.valueOf(100).multiply(BigInteger.TEN.pow(18)))))
                .isEqualTo(expected("fundRewards"));
        assertThat(MarketAbi.claim()).isEqualTo(expected("claim"));
        byte[] proof = HexFormat.of().parseHex(contract.get("proof").asString().substring(2));
        assertThat(MarketAbi.submitProof(transcript, proof)).isEqualTo(expected("submitProof"));
    }

    @Test
    void callsAtAPositionCarryTheAssignmentAndAMerkleProof() {
        assertThat(MarketAbi.claimProverReward(transcript, 2, PROOF2))
                .isEqualTo(expected("claimProverReward"));
        assertThat(MarketAbi.slashWithheld(transcript, 2, PROOF2))
                .isEqualTo(expected("slashWithheld"));
        assertThat(MarketAbi.challengeVote(transcript, 2, PROOF2))
                .isEqualTo(expected("challengeVote"));
        byte[] part = HexFormat.of().parseHex("aa".repeat(32) + "bb".repeat(32) + "cc".repeat(32));
        assertThat(MarketAbi.disputeSlash(transcript, 2, PROOF2, part))
                .isEqualTo(expected("disputeSlash"));
    }

    @Test
    void realMerkleProofsGoIntoPositionCalls() {
        String hex = MarketAbi.claimProverReward(transcript, 2, transcript.proof(2));
        for (Bytes32 sibling : transcript.proof(2)) {
            assertThat(hex).contains(sibling.hex().substring(2));
        }
    }

    @Test
    void viewsDecode() {
        var transcriptOf =
                MarketAbi.transcriptOf(1, transcript.proposer(), transcript.blockCommitment());
        assertThat(transcriptOf.data()).isEqualTo(expected("transcriptOfCall"));
        TranscriptState t = transcriptOf.decode(expected("transcriptOfResult"));
        assertThat(t.proposer()).isEqualTo(transcript.assignments().get(0).prover());
        assertThat(t.status()).isEqualTo(TranscriptStatus.WON);
        assertThat(t.proven()).isTrue();
        assertThat(t.ranked()).isTrue();
        assertThat(t.numProvers()).isEqualTo(5);
        assertThat(t.burnBid()).isEqualTo(TWO_ETHER);
        assertThat(t.contributedLeaves()).isEqualTo(7);
        assertThat(t.contributedPositions()).isEqualTo(6);
        assertThat(t.assignmentsRoot()).isEqualTo(transcript.assignmentsRoot());
        assertThat(t.proverPot())
                .isEqualTo(Amount.of(BigInteger.valueOf(25).multiply(BigInteger.TEN.pow(18))));
        assertThat(t.finalisedAt()).isEqualTo(1_000_200);

        RoundState round = MarketAbi.roundOf(1).decode(expected("roundOfResult"));
        assertThat(round.start()).isEqualTo(1_000_000);
        assertThat(round.attempt()).isEqualTo(2);
        assertThat(round.ranking()).isEqualTo(PROOF2);

        MarketParams p = MarketAbi.params().decode(expected("paramsResult"));
        assertThat(p.verifier()).isEqualTo(Address.of(contract.get("verifier").asString()));
        assertThat(p.pipelined()).isTrue();
        assertThat(p.maxAssignments()).isEqualTo(2048);
        assertThat(p.targetProvers()).isEqualTo(16);
        assertThat(p.uncleReward()).isEqualTo(Amount.of(BigInteger.TEN.pow(19)));

        ProverBond bond =
                MarketAbi.proverOf(transcript.proposer()).decode(expected("proverOfResult"));
        assertThat(bond.bondUntil()).isEqualTo(4000);
        assertThat(bond.isBonded(4000)).isTrue();
        assertThat(bond.isBonded(4001)).isFalse();
        assertThat(bond.bondedBlock()).isEqualTo(3000);

        var position =
                MarketAbi.positionState(1, transcript.proposer(), transcript.blockCommitment(), 5);
        assertThat(position.data()).isEqualTo(expected("positionStateCall"));
        assertThat(position.decode(expected("positionStateResult")))
                .isEqualTo(new PositionState(true, false));
    }

    @Test
    void aBurnBidWiderThanUint96FailsNamingTheFieldBeforeEncoding() {
        Amount tooWide = Amount.of(BigInteger.ONE.shiftLeft(96));
        assertThatThrownBy(() -> MarketAbi.commitTranscript(transcript, Proposal.of(tooWide, 2500)))
                .isInstanceOfSatisfying(
                        AbiValueOutOfRangeException.class,
                        e -> {
                            assertThat(e.field()).isEqualTo("Commit.burnBid");
                            assertThat(e.solidityType()).isEqualTo("uint96");
                        });
    }

    @Test
    void aProposalWhoseShareDiffersFromTheVotesIsRefused() {
        assertThatThrownBy(
                        () -> MarketAbi.commitTranscript(transcript, Proposal.of(TWO_ETHER, 2400)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2400 bps");
    }

    @Test
    void aPositionOutsideTheTranscriptIsRefusedNamingIt() {
        assertThatThrownBy(
                        () ->
                                MarketAbi.challengeVote(
                                        transcript, transcript.assignments().size(), PROOF2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("position: ");
    }

    @Test
    void aTruncatedStructResultIsATypedDecodingError() {
        String truncated = expected("transcriptOfResult").substring(0, 2 + 64 * 5);
        assertThatThrownBy(
                        () ->
                                MarketAbi.transcriptOf(
                                                1,
                                                transcript.proposer(),
                                                transcript.blockCommitment())
                                        .decode(truncated))
                .isInstanceOfSatisfying(
                        AbiDecodingException.class,
                        e -> assertThat(e.what()).isEqualTo("BlockMarket.transcriptOf result"));
    }

    @Test
    void transcriptCommittedLogsDecodeThroughTheGeneratedEvent() {
        String signature =
                "TranscriptCommitted(uint256,bytes32,address,uint32,uint96,uint16,bytes32,uint256)";
        assertThat(MarketLogs.TRANSCRIPT_COMMITTED_TOPIC)
                .isEqualTo(
                        Numeric.toHexString(
                                Hash.sha3(signature.getBytes(StandardCharsets.US_ASCII))));
        String height = String.format("0x%064x", 7);
        String proposer = "0x" + "0".repeat(24) + transcript.proposer().lowerHex().substring(2);
        RawLog log =
                new RawLog(
                        Address.ZERO,
                        List.of(
                                MarketLogs.TRANSCRIPT_COMMITTED_TOPIC,
                                height,
                                transcript.blockCommitment().hex(),
                                proposer),
                        "0x",
                        1,
                        "0x" + "00".repeat(32),
                        null,
                        0);
        assertThat(MarketLogs.committed(log))
                .contains(
                        new MarketLogs.Committed(
                                7, transcript.blockCommitment(), transcript.proposer()));
        RawLog other =
                new RawLog(
                        Address.ZERO,
                        List.of(height, height, height, proposer),
                        "0x",
                        1,
                        "0x",
                        null,
                        0);
        assertThat(MarketLogs.committed(other)).isEqualTo(Optional.empty());
    }
}

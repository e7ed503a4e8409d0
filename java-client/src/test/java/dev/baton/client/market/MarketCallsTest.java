package dev.baton.client.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.market.Assignment;
import dev.baton.market.BlockReveal;
import dev.baton.market.Bytes32;
import dev.baton.market.CompactSignature;
import dev.baton.market.Transcript;
import dev.baton.market.TreePosition;
import dev.baton.model.Json;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Calldata and results against {@code market/calldata-vectors.json}: ethers' Interface over the BlockMarket ABI
 * encoded the same inputs (the transcript of {@code contract-vectors.json}, which the market accepted).
 */
class MarketCallsTest {
    private static final Amount TWO_ETHER = Amount.of(BigInteger.TWO.multiply(BigInteger.TEN.pow(18)));
    private static final List<Bytes32> PROOF2 =
            List.of(Bytes32.of("0x" + "01".repeat(32)), Bytes32.of("0x" + "02".repeat(32)), Bytes32.of("0x" + "03".repeat(32)));

    private static JsonNode calls;
    private static JsonNode contract;
    private static Transcript transcript;

    @BeforeAll
    static void load() throws IOException {
        calls = read("/market/calldata-vectors.json");
        contract = read("/market/contract-vectors.json");
        List<Assignment> assignments = new ArrayList<>();
        for (JsonNode vote : contract.get("votes")) {
            assignments.add(new Assignment(Address.of(vote.get("prover").asString()),
                    TreePosition.of(vote.get("depth").asInt(), vote.get("index").asLong()),
                    CompactSignature.fromRsv(vote.get("rsv").asString())));
        }
        transcript = new Transcript(1, Address.of(contract.get("proposer").asString()),
                Bytes32.of(contract.get("commitment").asString()), contract.get("proverRewardBps").asInt(), 3, assignments);
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = MarketCallsTest.class.getResourceAsStream(resource)) {
            return Json.MAPPER.readTree(in);
        }
    }

    private static String expected(String name) {
        return calls.get(name).asString();
    }

    @Test
    void writes() {
        assertThat(MarketCalls.commitTranscript(transcript, Proposal.of(TWO_ETHER, 2500)).hex())
                .isEqualTo(expected("commitTranscript"));
        BlockReveal reveal = new BlockReveal(Bytes32.of(contract.get("txOrderRoot").asString()),
                Bytes32.of(contract.get("secret").asString()));
        assertThat(MarketCalls.reveal(1, reveal).hex()).isEqualTo(expected("reveal"));
        assertThat(MarketCalls.bondProver(123456).hex()).isEqualTo(expected("bondProver"));
        assertThat(MarketCalls.finalise(7).hex()).isEqualTo(expected("finalise"));
        assertThat(MarketCalls.fundRewards(Amount.of(BigInteger.valueOf(100).multiply(BigInteger.TEN.pow(18)))).hex())
                .isEqualTo(expected("fundRewards"));
        assertThat(MarketCalls.claim().hex()).isEqualTo(expected("claim"));
        byte[] proof = HexFormat.of().parseHex(contract.get("proof").asString().substring(2));
        assertThat(MarketCalls.submitProof(transcript, proof).hex()).isEqualTo(expected("submitProof"));
    }

    @Test
    void callsAtAPositionCarryTheAssignmentAndAMerkleProof() {
        assertThat(MarketCalls.claimProverReward(transcript, 2, PROOF2).hex()).isEqualTo(expected("claimProverReward"));
        assertThat(MarketCalls.slashWithheld(transcript, 2, PROOF2).hex()).isEqualTo(expected("slashWithheld"));
        assertThat(MarketCalls.challengeVote(transcript, 2, PROOF2).hex()).isEqualTo(expected("challengeVote"));
        byte[] part = HexFormat.of().parseHex("aa".repeat(32) + "bb".repeat(32) + "cc".repeat(32));
        assertThat(MarketCalls.disputeSlash(transcript, 2, PROOF2, part).hex()).isEqualTo(expected("disputeSlash"));
    }

    @Test
    void realMerkleProofsGoIntoPositionCalls() {
        String hex = MarketCalls.claimProverReward(transcript, 2).hex();
        for (Bytes32 sibling : transcript.proof(2)) assertThat(hex).contains(sibling.hex().substring(2));
    }

    @Test
    void viewsDecode() {
        assertThat(Calldata.function("transcriptOf(uint64,address,bytes32)").uint(1).address(transcript.proposer())
                .bytes32(transcript.blockCommitment()).hex())
                .isEqualTo(expected("transcriptOfCall"));
        TranscriptState t = TranscriptState.decode(expected("transcriptOfResult"));
        assertThat(t.proposer()).isEqualTo(transcript.assignments().get(0).prover());
        assertThat(t.status()).isEqualTo(TranscriptStatus.WON);
        assertThat(t.proven()).isTrue();
        assertThat(t.ranked()).isTrue();
        assertThat(t.numProvers()).isEqualTo(5);
        assertThat(t.burnBid()).isEqualTo(TWO_ETHER);
        assertThat(t.contributedLeaves()).isEqualTo(7);
        assertThat(t.contributedPositions()).isEqualTo(6);
        assertThat(t.assignmentsRoot()).isEqualTo(transcript.assignmentsRoot());
        assertThat(t.proverPot()).isEqualTo(Amount.of(BigInteger.valueOf(25).multiply(BigInteger.TEN.pow(18))));
        assertThat(t.finalisedAt()).isEqualTo(1_000_200);

        RoundState round = RoundState.decode(expected("roundOfResult"));
        assertThat(round.start()).isEqualTo(1_000_000);
        assertThat(round.attempt()).isEqualTo(2);
        assertThat(round.ranking()).isEqualTo(PROOF2);

        MarketParams p = MarketParams.decode(expected("paramsResult"));
        assertThat(p.verifier()).isEqualTo(Address.of(contract.get("verifier").asString()));
        assertThat(p.pipelined()).isTrue();
        assertThat(p.maxAssignments()).isEqualTo(2048);
        assertThat(p.targetProvers()).isEqualTo(16);
        assertThat(p.uncleReward()).isEqualTo(Amount.of(BigInteger.TEN.pow(19)));

        ProverBond bond = ProverBond.decode(expected("proverOfResult"));
        assertThat(bond.bondUntil()).isEqualTo(4000);
        assertThat(bond.isBonded(4000)).isTrue();
        assertThat(bond.isBonded(4001)).isFalse();
        assertThat(bond.bondedBlock()).isEqualTo(3000);

        assertThat(Calldata.function("positionState(uint64,address,bytes32,uint256)").uint(1)
                .address(transcript.proposer()).bytes32(transcript.blockCommitment()).uint(5).hex()).isEqualTo(expected("positionStateCall"));
        Words w = Words.of(expected("positionStateResult"));
        assertThat(new PositionState(w.bool(0), w.bool(1))).isEqualTo(new PositionState(true, false));
    }
}

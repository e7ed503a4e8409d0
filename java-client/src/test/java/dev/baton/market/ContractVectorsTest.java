package dev.baton.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.model.Json;
import dev.baton.types.Address;
import dev.baton.types.ChainId;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Bit-for-bit agreement with the contracts: {@code market/contract-vectors.json} holds what the
 * BlockMarket, its TranscriptLib and the AttestationVerifier computed on a Hardhat node (see its
 * {@code _source}); every value is recomputed here with this package alone.
 */
class ContractVectorsTest {
    private static JsonNode v;
    private static Eip712Domain marketDomain;
    private static Eip712Domain verifierDomain;
    private static long height;
    private static Bytes32 commitment;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in =
                ContractVectorsTest.class.getResourceAsStream("/market/contract-vectors.json")) {
            v = Json.MAPPER.readTree(in);
        }
        ChainId chain = ChainId.of(Long.parseLong(text("chainId")));
        marketDomain = Eip712Domain.blockMarket(chain, Address.of(text("market")));
        verifierDomain = marketDomain; // attestations are signed in the market's own domain
        height = Long.parseLong(text("height"));
        commitment = Bytes32.of(text("commitment"));
    }

    private static String text(String field) {
        return v.get(field).asString();
    }

    private static KeyTypedDataSigner prover(int i) {
        return KeyTypedDataSigner.numbered(v.get("proverKeyNumbers").get(i).asInt());
    }

    private static TreePosition position(JsonNode node) {
        return TreePosition.of(node.get("depth").asInt(), node.get("index").asLong());
    }

    @Test
    void domainSeparators() {
        assertThat(marketDomain.separator()).isEqualTo(Bytes32.of(text("marketSeparator")));
    }

    @Test
    void blockCommitmentAndTranscriptId() {
        BlockReveal reveal =
                new BlockReveal(Bytes32.of(text("txOrderRoot")), Bytes32.of(text("secret")));
        assertThat(reveal.commitment()).isEqualTo(commitment);
        assertThat(MarketIds.transcriptId(height, Address.of(text("proposer")), commitment))
                .isEqualTo(Bytes32.of(text("transcriptId")));
    }

    @Test
    void voteDigestsAndSignatures() {
        JsonNode votes = v.get("votes");
        for (int i = 0; i < votes.size(); i++) {
            JsonNode expected = votes.get(i);
            Vote vote =
                    new Vote(
                            marketDomain.verifyingContract(),
                            height,
                            Address.of(text("proposer")),
                            commitment,
                            Integer.parseInt(text("proverRewardBps")),
                            position(expected));
            assertThat(vote.digest(marketDomain))
                    .isEqualTo(Bytes32.of(expected.get("contractDigest").asString()));
            SignedVote signed = new ProverSigning(prover(i)).vote(marketDomain, vote);
            assertThat(signed.prover()).isEqualTo(Address.of(expected.get("prover").asString()));
            assertThat(signed.signature().toRsv()).isEqualTo(expected.get("rsv").asString());
        }
    }

    @Test
    void attestationDigestsAndSignatures() {
        JsonNode atts = v.get("attestations");
        for (int i = 0; i < atts.size(); i++) {
            JsonNode expected = atts.get(i);
            Attestation att = attestation(expected);
            assertThat(att.digest(verifierDomain))
                    .isEqualTo(Bytes32.of(expected.get("contractDigest").asString()));
            SignedAttestation signed = new ProverSigning(prover(i)).attest(verifierDomain, att);
            assertThat(signed.signature().toRsv()).isEqualTo(expected.get("rsv").asString());
        }
    }

    @Test
    void transcriptRootProversAndScoreAsCommitted() {
        List<Assignment> assignments = new ArrayList<>();
        JsonNode votes = v.get("votes");
        for (int i = 0; i < votes.size(); i++) {
            JsonNode vote = votes.get(i);
            assignments.add(
                    new Assignment(
                            Address.of(vote.get("prover").asString()),
                            position(vote),
                            CompactSignature.fromRsv(vote.get("rsv").asString())));
        }
        Transcript transcript =
                new Transcript(
                        height,
                        Address.of(text("proposer")),
                        commitment,
                        Integer.parseInt(text("proverRewardBps")),
                        3,
                        assignments);
        assertThat(transcript.assignmentsRoot()).isEqualTo(Bytes32.of(text("assignmentsRoot")));
        assertThat(transcript.distinctProvers()).isEqualTo(Integer.parseInt(text("numProvers")));
        BigInteger burn = BigInteger.TWO.multiply(BigInteger.TEN.pow(18));
        assertThat(Score.of(transcript.distinctProvers(), burn))
                .isEqualTo(new BigInteger(text("score")));
        assertThat(Score.of(5, burn)).isEqualTo(new BigInteger(text("scoreOf_5_2eth")));
        for (int i = 0; i < assignments.size(); i++) {
            assertThat(
                            MerkleTree.verify(
                                    transcript.assignmentsRoot(),
                                    assignments.size(),
                                    i,
                                    assignments.get(i).leafHash(),
                                    transcript.proof(i)))
                    .isTrue();
        }
    }

    @Test
    void attestationProofAsTheVerifierAcceptedIt() {
        List<SignedAttestation> parts = new ArrayList<>();
        JsonNode atts = v.get("attestations");
        for (int i = 0; i < atts.size(); i++) {
            parts.add(
                    new ProverSigning(prover(i)).attest(verifierDomain, attestation(atts.get(i))));
        }
        assertThat(AttestationProof.toHex(AttestationProof.encode(parts))).isEqualTo(text("proof"));
        JsonNode contributions = v.get("contributions");
        for (int i = 0; i < parts.size(); i++) {
            JsonNode c = contributions.get(i);
            assertThat(parts.get(i).prover()).isEqualTo(Address.of(c.get(0).asString()));
            assertThat(parts.get(i).position())
                    .isEqualTo(TreePosition.of(c.get(1).asInt(), c.get(2).asLong()));
        }
    }

    private static Attestation attestation(JsonNode node) {
        return new Attestation(
                height,
                Bytes32.of(text("txOrderRoot")),
                position(node),
                Bytes32.of(node.get("partHash").asString()));
    }
}

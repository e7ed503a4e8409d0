package dev.baton.internal.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.errors.AbiDecodingException;
import dev.baton.market.Assignment;
import dev.baton.market.Bytes32;
import dev.baton.market.CompactSignature;
import dev.baton.market.Transcript;
import dev.baton.market.TreePosition;
import dev.baton.model.Json;
import dev.baton.types.Address;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A transcript read back from its commit's calldata: the {@code commitTranscript} input ethers
 * encoded in {@code market/calldata-vectors.json} decodes to the transcript of {@code
 * contract-vectors.json}.
 */
class MarketCalldataTest {
    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = MarketCalldataTest.class.getResourceAsStream(resource)) {
            return Json.MAPPER.readTree(in);
        }
    }

    @Test
    void theCommitInputEthersEncodedDecodesToItsTranscript() throws IOException {
        JsonNode contract = read("/market/contract-vectors.json");
        String input = read("/market/calldata-vectors.json").get("commitTranscript").asString();
        List<Assignment> assignments = new ArrayList<>();
        for (JsonNode vote : contract.get("votes")) {
            assignments.add(
                    new Assignment(
                            Address.of(vote.get("prover").asString()),
                            TreePosition.of(vote.get("depth").asInt(), vote.get("index").asLong()),
                            CompactSignature.fromRsv(vote.get("rsv").asString())));
        }
        Address proposer = Address.of(contract.get("proposer").asString());
        Transcript expected =
                new Transcript(
                        1,
                        proposer,
                        Bytes32.of(contract.get("commitment").asString()),
                        contract.get("proverRewardBps").asInt(),
                        3,
                        assignments);

        Transcript decoded = MarketCalldata.committedTranscript(input, proposer).orElseThrow();

        assertThat(decoded).isEqualTo(expected);
        assertThat(decoded.assignmentsRoot()).isEqualTo(expected.assignmentsRoot());
    }

    @Test
    void anotherCallIsNoCommitAndATruncatedCommitIsATypedError() throws IOException {
        Address proposer = Address.of("0x" + "0a".repeat(20));
        assertThat(MarketCalldata.committedTranscript(MarketAbi.finalise(3), proposer)).isEmpty();
        assertThat(MarketCalldata.committedTranscript("0x", proposer)).isEmpty();
        String input = read("/market/calldata-vectors.json").get("commitTranscript").asString();
        assertThatThrownBy(
                        () -> MarketCalldata.committedTranscript(input.substring(0, 200), proposer))
                .isInstanceOf(AbiDecodingException.class);
    }
}

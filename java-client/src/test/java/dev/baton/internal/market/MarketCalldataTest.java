package dev.baton.internal.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.errors.AbiDecodingException;
import dev.baton.market.Transcript;
import dev.baton.types.Address;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A transcript read back from its commit's calldata: the {@code commitTranscript} input ethers
 * encoded in {@code market/calldata-vectors.json} decodes to the transcript of {@code
 * contract-vectors.json}.
 */
class MarketCalldataTest {
    private static JsonNode read(String resource) throws IOException {
        return MarketVectors.read(resource);
    }

    @Test
    void theCommitInputEthersEncodedDecodesToItsTranscript() throws IOException {
        JsonNode contract = read("/market/contract-vectors.json");
        String input = read("/market/calldata-vectors.json").get("commitTranscript").asString();
        Transcript expected = MarketVectors.transcript(contract);

        Transcript decoded =
                MarketCalldata.committedTranscript(input, expected.proposer()).orElseThrow();

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

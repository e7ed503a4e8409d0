package dev.baton.internal.market;

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
import tools.jackson.databind.JsonNode;

/**
 * The market's test vectors: {@code market/contract-vectors.json} (a transcript the market
 * accepted, at height 1 with a depth-3 tree) and {@code market/calldata-vectors.json} (ethers'
 * encodings of calls over it).
 */
final class MarketVectors {
    private MarketVectors() {}

    static JsonNode read(String resource) throws IOException {
        try (InputStream in = MarketVectors.class.getResourceAsStream(resource)) {
            return Json.MAPPER.readTree(in);
        }
    }

    /** The transcript of {@code contract-vectors.json}. */
    static Transcript transcript(JsonNode contract) {
        List<Assignment> assignments = new ArrayList<>();
        for (JsonNode vote : contract.get("votes")) {
            assignments.add(
                    new Assignment(
                            Address.of(vote.get("prover").asString()),
                            TreePosition.of(vote.get("depth").asInt(), vote.get("index").asLong()),
                            CompactSignature.fromRsv(vote.get("rsv").asString())));
        }
        return new Transcript(
                1,
                Address.of(contract.get("proposer").asString()),
                Bytes32.of(contract.get("commitment").asString()),
                contract.get("proverRewardBps").asInt(),
                3,
                assignments);
    }
}

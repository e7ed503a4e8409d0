package dev.baton.devnet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Rollup requests the devnet tests register, edited from the shipped examples. */
public final class ExampleRequests {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ExampleRequests() {}

    /**
     * Writes to {@code dir/name} the shipped block-market example with its selection edited by
     * {@code selection} and its one stake token {@code symbol}; returns the file.
     */
    public static Path blockMarket(
            Path dir, String name, Consumer<ObjectNode> selection, String symbol)
            throws IOException {
        ObjectNode request =
                (ObjectNode)
                        JSON.readTree(
                                Files.readString(
                                        ProjectRoot.locate()
                                                .dir()
                                                .resolve("examples/block-market-rollup.json")));
        ObjectNode layer = (ObjectNode) request.get("execution_layer_req");
        selection.accept((ObjectNode) layer.get("selection"));
        ((ObjectNode) ((ArrayNode) layer.get("allowed_tokens")).get(0)).put("sym", symbol);
        ((ObjectNode) ((ArrayNode) layer.get("min_stake_per_seq")).get(0)).put("sym", symbol);
        Path file = dir.resolve(name);
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(request));
        return file;
    }
}

package dev.baton.model.request;

import dev.baton.model.DeploymentManifest;
import dev.baton.model.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code selection}: {@code mechanism} first (it decides which parameter names are allowed),
 * then that mechanism's parameters. Without {@code selection}, the slot auction with every default.
 */
final class SelectionParser {

    static final String FIELD = "selection";
    static final String MECHANISM = "mechanism";

    private SelectionParser() {}

    static Optional<Selection> parse(
            JsonFields request, Optional<TokenLists> tokens, DeploymentManifest manifest) {
        String path = request.path(FIELD);
        Problems problems = request.problems();
        JsonNode node = request.optional(FIELD).orElse(null);
        if (node == null) {
            return JsonFields.of(Json.MAPPER.createObjectNode(), path, problems, List.of())
                    .flatMap(defaults -> SlotAuctionParamsParser.parse(defaults, tokens, manifest));
        }
        if (!node.isObject()) {
            problems.add(
                    path,
                    "expected an object like {\"mechanism\": \"slot-auction\"}, got "
                            + JsonValues.describe(node));
            return Optional.empty();
        }
        JsonNode mechanismNode = node.get(MECHANISM);
        if (mechanismNode == null) {
            problems.add(
                    JsonFields.child(path, MECHANISM),
                    "missing required field (allowed: " + JsonEnum.allowed(Mechanism.class) + ")");
            return Optional.empty();
        }
        Optional<Mechanism> mechanism =
                JsonValues.enumValue(
                        Mechanism.class,
                        mechanismNode,
                        JsonFields.child(path, MECHANISM),
                        problems);
        if (mechanism.isEmpty()) {
            return Optional.empty();
        }
        return switch (mechanism.get()) {
            case SLOT_AUCTION ->
                    JsonFields.of(
                                    node,
                                    path,
                                    problems,
                                    withMechanism(SlotAuctionParamsParser.FIELDS))
                            .flatMap(
                                    fields ->
                                            SlotAuctionParamsParser.parse(
                                                    fields, tokens, manifest));
            case BLOCK_MARKET ->
                    JsonFields.of(
                                    node,
                                    path,
                                    problems,
                                    withMechanism(BlockMarketParamsParser.FIELDS))
                            .flatMap(fields -> BlockMarketParamsParser.parse(fields, manifest));
        };
    }

    private static List<String> withMechanism(List<String> parameterNames) {
        List<String> names = new ArrayList<>();
        names.add(MECHANISM);
        names.addAll(parameterNames);
        return names;
    }
}

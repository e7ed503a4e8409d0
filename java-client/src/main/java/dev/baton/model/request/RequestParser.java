package dev.baton.model.request;

import dev.baton.model.DeploymentManifest;
import dev.baton.model.Json;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code {"execution_layer_req": {...}}} into a {@link RollupRequest}, checking every rule on
 * the way and reporting all problems at once. The descriptor and {@code nb_sequencers} are read
 * here; tokens and the selection have their own readers.
 */
final class RequestParser {

    static final String ROOT = "execution_layer_req";
    static final String ROOT_PATH = "$";
    static final List<String> FIELDS =
            List.of(
                    "settlement_layer",
                    "da_layer",
                    "vm",
                    "type",
                    "purpose",
                    "nb_sequencers",
                    "allowed_tokens",
                    "min_stake_per_seq",
                    "selection");

    private RequestParser() {}

    static RollupRequest parse(String json, DeploymentManifest manifest) {
        Problems problems = new Problems();
        JsonNode document = readTree(json);
        if (document == null || document.isMissingNode()) {
            problems.add(ROOT_PATH, "empty document: expected {\"" + ROOT + "\": {...}}");
            throw failure(problems);
        }
        JsonFields top = JsonFields.of(document, ROOT_PATH, problems, List.of(ROOT)).orElse(null);
        if (top == null) {
            throw failure(problems);
        }
        JsonNode body = top.required(ROOT).orElse(null);
        if (body == null) {
            throw failure(problems);
        }
        JsonFields request = JsonFields.of(body, top.path(ROOT), problems, FIELDS).orElse(null);
        if (request == null) {
            throw failure(problems);
        }

        Optional<SettlementLayer> settlement =
                request.requiredEnum("settlement_layer", SettlementLayer.class);
        Optional<DaLayer> da = request.requiredEnum("da_layer", DaLayer.class);
        Optional<Vm> vm = request.requiredEnum("vm", Vm.class);
        Optional<RollupType> type = request.requiredEnum("type", RollupType.class);
        Optional<Purpose> purpose = request.requiredEnum("purpose", Purpose.class);
        Optional<SequencerRange> sequencers =
                request.required("nb_sequencers")
                        .flatMap(
                                node ->
                                        sequencerRange(
                                                node, request.path("nb_sequencers"), problems));
        Optional<TokenLists> tokens = TokenListParser.parse(request, manifest);
        Optional<Selection> selection = SelectionParser.parse(request, tokens, manifest);
        if (sequencers.isPresent()
                && selection.orElse(null) instanceof SlotAuctionParams
                && !SequencerRange.slotAuctionAccepts(sequencers.get().max())) {
            problems.add(
                    request.path("nb_sequencers"),
                    SequencerRange.slotAuctionRefusal(sequencers.get().max()));
        }

        problems.throwIfAny();
        return new RollupRequest(
                settlement.orElseThrow(),
                da.orElseThrow(),
                vm.orElseThrow(),
                type.orElseThrow(),
                purpose.orElseThrow(),
                sequencers.orElseThrow(),
                tokens.orElseThrow().allowed(),
                tokens.orElseThrow().minStakes(),
                selection.orElseThrow());
    }

    /**
     * {@code "3"} (exactly three) or {@code {"min": "1", "max": "3"}}; {@code "max": "unlimited"}
     * is no cap ({@link SequencerRange#NO_SEQUENCER_CAP}).
     */
    private static Optional<SequencerRange> sequencerRange(
            JsonNode node, String path, Problems problems) {
        var bounds = Uint.of(SequencerRange.MAX_VALUE);
        if (node.isString() || node.isNumber()) {
            return JsonValues.integer(node, path, problems, Uint.ONE, bounds)
                    .map(count -> SequencerRange.exactly(count.longValueExact()));
        }
        if (!node.isObject()) {
            problems.add(
                    path,
                    "expected a count like \"3\" or an object {\"min\": \"1\", \"max\": \"3\"}, got "
                            + JsonValues.describe(node));
            return Optional.empty();
        }
        Optional<JsonFields> fields = JsonFields.of(node, path, problems, List.of("min", "max"));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        var min = fields.get().requiredInteger("min", Uint.ONE, bounds);
        var max =
                fields.get()
                        .required("max")
                        .flatMap(
                                node1 ->
                                        isUnlimited(node1)
                                                ? Optional.of(
                                                        BigInteger.valueOf(
                                                                SequencerRange.NO_SEQUENCER_CAP))
                                                : JsonValues.integer(
                                                        node1,
                                                        fields.get().path("max"),
                                                        problems,
                                                        Uint.ONE,
                                                        bounds));
        if (min.isEmpty() || max.isEmpty()) {
            return Optional.empty();
        }
        if (min.get().compareTo(max.get()) > 0) {
            problems.add(path, "min " + min.get() + " is above max " + max.get());
            return Optional.empty();
        }
        return Optional.of(
                new SequencerRange(min.get().longValueExact(), max.get().longValueExact()));
    }

    private static boolean isUnlimited(JsonNode node) {
        return node.isString() && SequencerRange.UNLIMITED.equals(node.stringValue());
    }

    private static JsonNode readTree(String json) {
        try {
            return Json.MAPPER
                    .reader()
                    .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .readTree(json);
        } catch (JacksonException e) {
            Problems problems = new Problems();
            problems.add(
                    ROOT_PATH + location(e.getLocation()),
                    "not valid JSON: " + e.getOriginalMessage() + typographicQuoteHint(json));
            throw failure(problems);
        }
    }

    private static String location(TokenStreamLocation at) {
        return at == null || at.getLineNr() < 0
                ? ""
                : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    /** Text copied from a web page often carries curly quotes, which JSON does not accept. */
    private static String typographicQuoteHint(String json) {
        return json.chars()
                        .anyMatch(
                                c ->
                                        c == '\u201C'
                                                || c == '\u201D'
                                                || c == '\u2018'
                                                || c == '\u2019')
                ? "; the text contains typographic quotes (\u201C \u201D), write straight quotes (\") instead"
                : "";
    }

    private static RequestValidationException failure(Problems problems) {
        return new RequestValidationException(problems.list());
    }
}

package dev.baton.model.request;

import dev.baton.model.DeploymentManifest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code allowed_tokens} ({@code [{"sym": "ALT"}]}) and {@code min_stake_per_seq} ({@code
 * [{"sym": "ALT", "val": "100", "weight": "1"}]}): symbols known to the manifest, no duplicates (by
 * symbol or address), 1 to {@link RollupRequest#MAX_TOKENS} tokens, and exactly one positive
 * minimum stake (with a weight of at least 1) per allowed token.
 */
final class TokenListParser {

    private TokenListParser() {}

    static Optional<TokenLists> parse(JsonFields request, DeploymentManifest manifest) {
        Problems problems = request.problems();
        int before = problems.list().size();
        List<AllowedToken> allowed =
                request.required("allowed_tokens")
                        .map(
                                node ->
                                        allowedTokens(
                                                node,
                                                request.path("allowed_tokens"),
                                                problems,
                                                manifest))
                        .orElse(List.of());
        Optional<List<String>> declared =
                request.optional("allowed_tokens").flatMap(TokenListParser::declaredSymbols);
        List<MinStake> minStakes =
                request.required("min_stake_per_seq")
                        .map(
                                node ->
                                        minStakes(
                                                node,
                                                request.path("min_stake_per_seq"),
                                                problems,
                                                declared))
                        .orElse(List.of());
        Optional<List<String>> staked =
                request.optional("min_stake_per_seq").flatMap(TokenListParser::declaredSymbols);
        if (staked.isPresent()) {
            for (AllowedToken token : allowed) {
                if (!staked.get().contains(token.sym())) {
                    problems.add(
                            request.path("min_stake_per_seq"),
                            "no entry for allowed token \""
                                    + token.sym()
                                    + "\" (every allowed token needs a minimum stake)");
                }
            }
        }
        if (problems.list().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new TokenLists(allowed, minStakes));
    }

    private static List<AllowedToken> allowedTokens(
            JsonNode node, String path, Problems problems, DeploymentManifest manifest) {
        if (!node.isArray()) {
            problems.add(
                    path,
                    "expected an array like [{\"sym\": \"ALT\"}], got "
                            + JsonValues.describe(node));
            return List.of();
        }
        if (node.isEmpty()) {
            problems.add(path, "needs at least one token");
        }
        if (node.size() > RollupRequest.MAX_TOKENS) {
            problems.add(
                    path,
                    "too many tokens: "
                            + node.size()
                            + " (at most "
                            + RollupRequest.MAX_TOKENS
                            + ")");
        }
        List<AllowedToken> tokens = new ArrayList<>();
        Map<String, String> firstBySymbol = new HashMap<>();
        Map<String, String> firstByAddress = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String entryPath = path + "[" + i + "]";
            Optional<JsonFields> entry =
                    JsonFields.of(node.get(i), entryPath, problems, List.of("sym"));
            if (entry.isEmpty()) {
                continue;
            }
            Optional<String> sym = entry.get().requiredString("sym");
            if (sym.isEmpty()) {
                continue;
            }
            String symPath = entry.get().path("sym");
            String address = manifest.tokens().get(sym.get());
            String earlier = firstBySymbol.putIfAbsent(sym.get(), symPath);
            if (earlier != null) {
                problems.add(
                        symPath,
                        "duplicate token \"" + sym.get() + "\" (already at " + earlier + ")");
                continue;
            }
            if (address == null) {
                problems.add(
                        symPath,
                        "unknown token symbol \""
                                + sym.get()
                                + "\" (manifest has "
                                + manifest.tokens().keySet()
                                + ")");
            } else {
                String sameAddress = firstByAddress.putIfAbsent(address.toLowerCase(), symPath);
                if (sameAddress != null) {
                    problems.add(
                            symPath,
                            "token \""
                                    + sym.get()
                                    + "\" has the same address "
                                    + address
                                    + " as "
                                    + sameAddress);
                }
            }
            tokens.add(new AllowedToken(sym.get()));
        }
        return tokens;
    }

    /**
     * The symbols a token list names, even in entries with other problems; empty if it is no array.
     */
    private static Optional<List<String>> declaredSymbols(JsonNode tokenList) {
        if (!tokenList.isArray()) {
            return Optional.empty();
        }
        return Optional.of(
                tokenList.values().stream()
                        .map(entry -> entry.get("sym"))
                        .filter(sym -> sym != null && sym.isString())
                        .map(JsonNode::stringValue)
                        .toList());
    }

    private static List<MinStake> minStakes(
            JsonNode node, String path, Problems problems, Optional<List<String>> allowedSymbols) {
        if (!node.isArray()) {
            problems.add(
                    path,
                    "expected an array like [{\"sym\": \"ALT\", \"val\": \"100\"}], got "
                            + JsonValues.describe(node));
            return List.of();
        }
        List<MinStake> stakes = new ArrayList<>();
        Map<String, String> firstBySymbol = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String entryPath = path + "[" + i + "]";
            Optional<JsonFields> entry =
                    JsonFields.of(
                            node.get(i), entryPath, problems, List.of("sym", "val", "weight"));
            if (entry.isEmpty()) {
                continue;
            }
            Optional<String> sym = entry.get().requiredString("sym");
            var val =
                    entry.get()
                            .required("val")
                            .flatMap(
                                    v ->
                                            JsonValues.positiveDecimal(
                                                    v, entry.get().path("val"), problems));
            var weight =
                    entry.get().integerOr("weight", Uint.ONE, Uint.MAX_96, MinStake.DEFAULT_WEIGHT);
            if (sym.isEmpty()) {
                continue;
            }
            String symPath = entry.get().path("sym");
            String earlier = firstBySymbol.putIfAbsent(sym.get(), symPath);
            if (earlier != null) {
                problems.add(
                        symPath,
                        "duplicate entry for \"" + sym.get() + "\" (already at " + earlier + ")");
            } else if (allowedSymbols.isPresent() && !allowedSymbols.get().contains(sym.get())) {
                problems.add(
                        symPath,
                        "token \""
                                + sym.get()
                                + "\" is not in allowed_tokens "
                                + allowedSymbols.get());
            } else {
                if (val.isPresent() && weight.isPresent()) {
                    stakes.add(new MinStake(sym.get(), val.get(), weight.get()));
                }
            }
        }
        return stakes;
    }
}

package dev.baton.model.request;

import dev.baton.model.DeploymentManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A rollup registration request: AltLayer's {@code execution_layer_req} JSON, read exactly as the
 * seed writes it (numbers as strings, {@code allowed_tokens} as {@code [{"sym": ...}]}, {@code
 * min_stake_per_seq} as {@code [{"sym": ..., "val": ...}]}), plus Baton's extensions: a per-token
 * {@code weight} in {@code min_stake_per_seq}, {@code nb_sequencers} as a {@code {"min", "max"}}
 * object, and {@code selection}. Build one with {@link #parse} or {@link #read}, which check every
 * rule and report all problems in one {@link RequestValidationException}; {@link #toJson()} writes
 * the same shape back, so the output can be registered again.
 *
 * @param settlementLayer JSON {@code settlement_layer}
 * @param daLayer JSON {@code da_layer}
 * @param vm JSON {@code vm}
 * @param type JSON {@code type}
 * @param purpose JSON {@code purpose}
 * @param nbSequencers JSON {@code nb_sequencers}
 * @param allowedTokens JSON {@code allowed_tokens}, in order (the first one pays slot-auction
 *     rewards by default)
 * @param minStakePerSeq JSON {@code min_stake_per_seq}, one entry per allowed token
 * @param selection JSON {@code selection}, with every default filled in
 */
public record RollupRequest(
        SettlementLayer settlementLayer,
        DaLayer daLayer,
        Vm vm,
        RollupType type,
        Purpose purpose,
        SequencerRange nbSequencers,
        List<AllowedToken> allowedTokens,
        List<MinStake> minStakePerSeq,
        Selection selection) {

    /** Most stake tokens a rollup accepts (the modules' bound). */
    public static final int MAX_TOKENS = 8;

    public RollupRequest {
        Objects.requireNonNull(settlementLayer, "settlementLayer");
        Objects.requireNonNull(daLayer, "daLayer");
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(nbSequencers, "nbSequencers");
        allowedTokens = List.copyOf(allowedTokens);
        minStakePerSeq = List.copyOf(minStakePerSeq);
        Objects.requireNonNull(selection, "selection");
    }

    /**
     * Reads and checks a request. Token symbols (and the block market's verifier name) are resolved
     * against {@code manifest}.
     *
     * @throws RequestValidationException listing every problem with its JSON path and the bad value
     */
    public static RollupRequest parse(String json, DeploymentManifest manifest) {
        return RequestParser.parse(json, manifest);
    }

    /** {@link #parse} of a file's contents. */
    public static RollupRequest read(Path file, DeploymentManifest manifest) {
        try {
            return parse(Files.readString(file), manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read rollup request " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * This request as pretty JSON of the same shape it is read from ({@code {"execution_layer_req":
     * {...}}}).
     */
    public String toJson() {
        return RequestWriter.write(this);
    }

    /** The {@code min_stake_per_seq} entry of an allowed token. */
    public MinStake minStake(String sym) {
        return minStakePerSeq.stream()
                .filter(m -> m.sym().equals(sym))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "no min_stake_per_seq entry for \"" + sym + "\""));
    }
}

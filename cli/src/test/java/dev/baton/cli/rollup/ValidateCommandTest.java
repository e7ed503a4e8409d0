package dev.baton.cli.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.CliRun;
import dev.baton.model.DeploymentManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baton rollup validate}: offline checks, the effective request on stdout, every problem on
 * exit 2.
 */
class ValidateCommandTest {

    static final String SEED =
            """
            {"execution_layer_req": {
              "settlement_layer": "ethereum", "da_layer": "celestia", "vm": "wasm", "type": "optimistic",
              "purpose": "app-specific", "nb_sequencers": "3",
              "allowed_tokens": [{"sym": "ALT"}, {"sym": "stSOL"}],
              "min_stake_per_seq": [{"sym": "ALT", "val": "100"}, {"sym": "stSOL", "val": "1000"}]}}
            """;

    @TempDir Path dir;

    private Path manifest;

    /**
     * Writes a manifest of chain {@code chainId} at {@code rpcUrl} with a registry and the seed's
     * two tokens (ALT, stSOL) to {@code file}.
     */
    static Path writeManifest(Path file, long chainId, String rpcUrl) {
        new DeploymentManifest(
                        chainId,
                        rpcUrl,
                        1,
                        Map.of("RollupRegistry", "0x" + "22".repeat(20)),
                        Map.of("ALT", "0x" + "a1".repeat(20), "stSOL", "0x" + "b2".repeat(20)))
                .write(file);
        return file;
    }

    @BeforeEach
    void writeManifest() {
        manifest = writeManifest(dir.resolve("deployment.json"), 31337, "http://127.0.0.1:8545");
    }

    @Test
    void validRequestPrintsItsEffectiveFormAndExitsZero() throws IOException {
        CliRun run = validate(write("seed.json", SEED), manifest);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("\"execution_layer_req\"")
                .contains("\"mechanism\" : \"slot-auction\"");
        assertThat(run.err()).contains("valid (slot-auction, 2 token(s))");
    }

    @Test
    void jsonOutputCanBeValidatedAgain() throws IOException {
        CliRun first = validate(write("seed.json", SEED), manifest, "-o", "json");
        Path again = write("again.json", first.out());

        assertThat(validate(again, manifest).exitCode()).isZero();
    }

    @Test
    void invalidRequestListsEveryProblemAndExitsTwo() throws IOException {
        Path request =
                write(
                        "bad.json",
                        SEED.replace("\"wasm\"", "\"jvm\"").replace("\"stSOL\"}]", "\"DOGE\"}]"));

        CliRun run = validate(request, manifest);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("$.execution_layer_req.vm: unknown value \"jvm\"")
                .contains(
                        "$.execution_layer_req.allowed_tokens[1].sym: unknown token symbol \"DOGE\"");
    }

    /**
     * The slot auction's cap (MECHANISM.md §3.4a), as the contract checks it: 1..4 or no cap; a cap
     * the auction could only enforce by arrival is refused naming the field and the value.
     */
    @Test
    void aCapEnforcedByArrivalIsRefusedAndNoCapIsPrintedAsUnlimited() throws IOException {
        Path bad =
                write(
                        "cap.json",
                        SEED.replace(
                                "\"nb_sequencers\": \"3\"",
                                "\"nb_sequencers\": {\"min\": \"1\", \"max\": \"7\"}"));

        CliRun refused = validate(bad, manifest);

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err())
                .contains(
                        "$.execution_layer_req.nb_sequencers: the slot auction's cap must be 1..4"
                                + " (held by stake) or \"unlimited\" (4294967295, no cap), was 7");

        Path noCap =
                write(
                        "nocap.json",
                        SEED.replace(
                                "\"nb_sequencers\": \"3\"",
                                "\"nb_sequencers\": {\"min\": \"1\", \"max\": \"4294967295\"}"));

        CliRun accepted = validate(noCap, manifest);

        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
        assertThat(accepted.out()).contains("\"max\" : \"unlimited\"");
    }

    @Test
    void missingManifestIsAConfigurationError() throws IOException {
        CliRun run = validate(write("seed.json", SEED), dir.resolve("nope.json"));

        assertThat(run.exitCode()).isEqualTo(2);
        // the shared connection options name the option and the file (same wording as every other
        // command)
        assertThat(run.err()).contains("--manifest: no file at", "nope.json");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static CliRun validate(Path request, Path manifest, String... more) {
        String[] args = {
            "rollup", "validate", "--request", request.toString(), "--manifest", manifest.toString()
        };
        return CliRun.of(Stream.concat(Stream.of(args), Stream.of(more)).toArray(String[]::new));
    }
}

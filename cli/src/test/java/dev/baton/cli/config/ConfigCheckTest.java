package dev.baton.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.config.CheckResult.Status;
import dev.baton.model.DeploymentManifest;
import dev.baton.tx.EthNode;
import dev.baton.types.ChainId;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCheckTest {
    @TempDir Path dir;

    /**
     * A node that answers the two read calls a check makes and fails the test on anything else
     * (nothing is sent).
     */
    private static EthNode readOnlyNode(long chainId) {
        return (EthNode)
                Proxy.newProxyInstance(
                        EthNode.class.getClassLoader(),
                        new Class<?>[] {EthNode.class},
                        (proxy, method, args) ->
                                switch (method.getName()) {
                                    case "chainId" -> ChainId.of(chainId);
                                    case "blockNumber" -> 7L;
                                    case "toString" -> "fake node";
                                    default ->
                                            throw new AssertionError(
                                                    "config check must not call "
                                                            + method.getName());
                                });
    }

    private OperatorOptions options(Map<String, String> env) throws Exception {
        Path manifest = dir.resolve("manifest.json");
        new DeploymentManifest(
                        31337,
                        "http://127.0.0.1:8545",
                        1,
                        Map.of("StakeVault", "0x" + "11".repeat(20)),
                        Map.of("BTN", "0x" + "22".repeat(20)))
                .write(manifest);
        Path config =
                Files.writeString(
                        dir.resolve("baton.json"), "{\"manifest\": \"" + manifest + "\"}");
        OperatorOptions options = new OperatorOptions();
        options.configFile = config;
        options.environment = env;
        return options;
    }

    private static Status statusOf(List<CheckResult> results, String check) {
        return results.stream()
                .filter(r -> r.check().equals(check))
                .findFirst()
                .orElseThrow()
                .status();
    }

    @Test
    void everyStepPassesWithADevKeyOnTheDevnet() throws Exception {
        List<CheckResult> results =
                new ConfigCheck(
                                options(Map.of("BATON_DEV_KEY_INDEX", "1")),
                                url -> readOnlyNode(31337))
                        .run();

        assertThat(results)
                .extracting(CheckResult::check)
                .containsExactly(
                        "config file",
                        "environment",
                        "settings",
                        "manifest",
                        "node",
                        "chain id",
                        "signer");
        assertThat(results).allMatch(r -> r.status() == Status.OK, "all ok");
        assertThat(results.get(6).detail())
                .containsIgnoringCase("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    }

    @Test
    void chainIdMismatchFails() throws Exception {
        List<CheckResult> results =
                new ConfigCheck(options(Map.of()), url -> readOnlyNode(1)).run();
        assertThat(statusOf(results, "chain id")).isEqualTo(Status.FAILED);
    }

    @Test
    void unreachableNodeFailsAndSkipsTheChainIdCheck() throws Exception {
        List<CheckResult> results =
                new ConfigCheck(
                                options(Map.of()),
                                url -> {
                                    throw new IllegalStateException("connection refused");
                                })
                        .run();
        assertThat(statusOf(results, "node")).isEqualTo(Status.FAILED);
        assertThat(statusOf(results, "chain id")).isEqualTo(Status.SKIPPED);
    }

    @Test
    void badEnvironmentSkipsTheRest() throws Exception {
        List<CheckResult> results =
                new ConfigCheck(
                                options(Map.of("BATON_CONFIRMATIONS", "x")),
                                url -> readOnlyNode(31337))
                        .run();
        assertThat(statusOf(results, "environment")).isEqualTo(Status.FAILED);
        assertThat(statusOf(results, "node")).isEqualTo(Status.SKIPPED);
        assertThat(results).hasSize(7);
    }

    @Test
    void signerThatCannotOpenFails() throws Exception {
        Map<String, String> env =
                Map.of(
                        "BATON_KEYSTORE",
                        dir.resolve("missing.json").toString(),
                        "BATON_PASSWORD_ENV",
                        "PW",
                        "PW",
                        "x");
        List<CheckResult> results = new ConfigCheck(options(env), url -> readOnlyNode(31337)).run();
        assertThat(statusOf(results, "signer")).isEqualTo(Status.FAILED);
    }

    @Test
    void devKeysDeriveFromTheHardhatMnemonic() {
        assertThat(SignerFactory.devPrivateKey(1))
                .isEqualTo("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
    }
}

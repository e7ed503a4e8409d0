package dev.baton.cli.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.cli.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The devnet commands resolve the node's URL like every other command: command line, environment,
 * config file.
 */
class DevnetConnectionOptionsTest {
    @TempDir Path dir;

    private static DevnetUpCommand up(String... args) {
        DevnetUpCommand command = new DevnetUpCommand();
        new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
        return command;
    }

    @Test
    void aDetachedNodeListensOnTheConfiguredUrlsPort() {
        assertThat(up("--detach", "--rpc-url", "http://127.0.0.1:9545").detachedPort())
                .isEqualTo(9545);
        assertThat(up("--detach", "--rpc-url", "http://localhost:8600/").detachedPort())
                .isEqualTo(8600);
    }

    @Test
    void anExplicitPortWinsAndTheDefaultIs8545() {
        assertThat(
                        up("--detach", "--port", "8700", "--rpc-url", "http://127.0.0.1:9545")
                                .detachedPort())
                .isEqualTo(8700);
        assertThat(up("--detach").detachedPort()).isEqualTo(8545);
    }

    @Test
    void theConfigFilesRpcUrlApplies() throws Exception {
        Path config =
                Files.writeString(
                        dir.resolve("baton.yaml"),
                        "rpcUrl: http://127.0.0.1:8999\ndevKeyIndex: 0\n");
        assertThat(up("--detach", "--config", config.toString()).detachedPort()).isEqualTo(8999);
    }

    @Test
    void aRemoteUrlIsRefusedForALocalNode() {
        assertThatThrownBy(
                        () -> up("--detach", "--rpc-url", "https://rpc.example.org").detachedPort())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--port");
    }

    @Test
    void downMatchesUrlsRegardlessOfLocalhostSpellingAndTrailingSlash() {
        assertThat(DevnetDownCommand.sameNode("http://127.0.0.1:8545", "http://localhost:8545/"))
                .isTrue();
        assertThat(DevnetDownCommand.sameNode("http://127.0.0.1:8545", "http://127.0.0.1:8546"))
                .isFalse();
    }
}

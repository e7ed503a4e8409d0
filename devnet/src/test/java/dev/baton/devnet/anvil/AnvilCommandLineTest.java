package dev.baton.devnet.anvil;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stale PID is only killed when its command line is still anvil on the recorded port (PIDs get
 * reused).
 */
class AnvilCommandLineTest {
    private static final String ANVIL = "/p/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil";

    @Test
    void anvilOnTheRecordedPortMatches() {
        assertThat(
                        AnvilCommandLine.matches(
                                ANVIL, List.of("--host", "127.0.0.1", "--port", "40123"), 40123))
                .isTrue();
    }

    @Test
    void anotherPortOrAnotherProgramDoesNotMatch() {
        assertThat(AnvilCommandLine.matches(ANVIL, List.of("--port", "40124"), 40123)).isFalse();
        assertThat(AnvilCommandLine.matches(ANVIL, List.of("--host", "127.0.0.1"), 40123))
                .isFalse();
        assertThat(AnvilCommandLine.matches("/usr/bin/python3", List.of("--port", "40123"), 40123))
                .isFalse();
        assertThat(AnvilCommandLine.matches("/usr/bin/notanvil", List.of("--port", "40123"), 40123))
                .isFalse();
    }

    @Test
    void theArgumentsKeepTheChainInTheStateFile() {
        List<String> args =
                AnvilCommandLine.arguments("127.0.0.1", 40123, "/tmp/s.json", AnvilOptions.DEFAULT);
        assertThat(AnvilCommandLine.matches(ANVIL, args, 40123)).isTrue();
        assertThat(args).containsSequence("--state", "/tmp/s.json");
    }

    @Test
    void aChainIdIsPassedOnlyWhenOneIsGiven() {
        assertThat(
                        AnvilCommandLine.arguments(
                                "127.0.0.1", 40123, "/tmp/s.json", AnvilOptions.DEFAULT))
                .doesNotContain("--chain-id");
        assertThat(
                        AnvilCommandLine.arguments(
                                "127.0.0.1",
                                40123,
                                "/tmp/s.json",
                                AnvilOptions.DEFAULT.withChainId(11155111)))
                .containsSequence("--chain-id", "11155111");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> AnvilOptions.DEFAULT.withChainId(0))
                .hasMessageContaining("'chainId'");
    }
}

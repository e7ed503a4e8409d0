package dev.baton.devnet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HardhatCommandLineTest {

    private final List<String> command =
            HardhatCommandLine.of(
                    Path.of("/p/node_modules/.bin/node"),
                    Path.of("/p/node_modules/hardhat/dist/src/cli.js"),
                    40123);

    @Test
    void runsTheNodeTaskOnLoopbackAndTheGivenPort() {
        assertThat(command)
                .containsExactly(
                        "/p/node_modules/.bin/node",
                        "/p/node_modules/hardhat/dist/src/cli.js",
                        "node",
                        "--hostname",
                        "127.0.0.1",
                        "--port",
                        "40123");
    }

    @Test
    void recognisesItsOwnArgumentsOnTheSamePortOnly() {
        List<String> arguments = command.subList(1, command.size());

        assertThat(HardhatCommandLine.matches(arguments, 40123)).isTrue();
        assertThat(HardhatCommandLine.matches(arguments, 40124)).isFalse();
    }

    @Test
    void doesNotMistakeOtherProcessesForANode() {
        assertThat(HardhatCommandLine.matches(List.of("sleep", "30"), 40123)).isFalse();
        assertThat(
                        HardhatCommandLine.matches(
                                List.of("/x/hardhat/dist/src/cli.js", "test", "--port", "40123"),
                                40123))
                .isFalse();
    }
}

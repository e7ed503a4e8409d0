package dev.baton.agent.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent file's {@code logFormat}, read before the first logger and before the full check. */
class LogFormatFromAgentFileTest {
    @TempDir Path dir;

    private String file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    @Test
    void theAgentFilesKeyIsReadInYamlAndJsonWithEitherSpellingOfTheOption() throws IOException {
        String yaml = file("k.yaml", "store: k.db\nlogFormat: JSON\n");
        String json = file("p.json", "{\"store\": \"p.db\", \"logFormat\": \"text\"}");
        assertThat(LogFormat.fromAgentFile(List.of("operator", "run", "--agent", yaml)))
                .contains(LogFormat.JSON);
        assertThat(LogFormat.fromAgentFile(List.of("prover", "run", "--agent=" + json)))
                .contains(LogFormat.TEXT);
    }

    @Test
    void noFileNoKeyAnUnreadableFileOrABadValueLeaveItToTheDefaultAndTheFullCheck()
            throws IOException {
        String noKey = file("a.yaml", "store: a.db\n");
        String bad = file("b.yaml", "store: b.db\nlogFormat: xml\n");
        String broken = file("c.yaml", "store: [\n");
        assertThat(LogFormat.fromAgentFile(List.of("operator", "run"))).isEmpty();
        assertThat(LogFormat.fromAgentFile(List.of("run", "--agent", noKey))).isEmpty();
        assertThat(LogFormat.fromAgentFile(List.of("run", "--agent", bad))).isEmpty();
        assertThat(LogFormat.fromAgentFile(List.of("run", "--agent", broken))).isEmpty();
        assertThat(LogFormat.fromAgentFile(List.of("run", "--agent", dir + "/missing.yaml")))
                .isEmpty();
        assertThat(LogFormat.fromAgentFile(List.of("run", "--", "--agent", noKey))).isEmpty();
    }

    @Test
    void theCommandLineAndTheEnvironmentComeBeforeTheFile() throws IOException {
        String yaml = file("k.yaml", "store: k.db\nlogFormat: json\n");
        List<String> args = List.of("run", "--agent", yaml, "--log-format", "text");
        assertThat(LogFormat.requested(args, null).or(() -> LogFormat.fromAgentFile(args)))
                .isEqualTo(Optional.of(LogFormat.TEXT));
        List<String> fileOnly = List.of("run", "--agent", yaml);
        assertThat(
                        LogFormat.requested(fileOnly, "text")
                                .or(() -> LogFormat.fromAgentFile(fileOnly)))
                .isEqualTo(Optional.of(LogFormat.TEXT));
    }
}

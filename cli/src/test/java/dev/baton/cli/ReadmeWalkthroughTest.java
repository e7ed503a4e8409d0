package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.devnet.ProjectRoot;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The walkthrough parser on small READMEs, and the real README parsed without a devnet (the IT runs
 * it).
 */
class ReadmeWalkthroughTest {
    private static final String HEAD = "# Baton\n\n## Walkthrough per role\n\ntext\n";

    @Test
    void readsCommandsInOrderWithoutTheirComments() {
        var walkthrough =
                ReadmeWalkthrough.parse(
                        HEAD
                                + "```\n./baton devnet up --detach   # left running\n\n"
                                + "./baton deploy --out manifest.json\n```\n## Figures\n");
        assertThat(walkthrough.steps())
                .extracting(ReadmeWalkthrough.Step::args)
                .containsExactly(
                        java.util.List.of("devnet", "up", "--detach"),
                        java.util.List.of("deploy", "--out", "manifest.json"));
        assertThat(walkthrough.steps().getFirst().line()).isEqualTo(7);
    }

    @Test
    void keepsTheYamlBlock() {
        var walkthrough =
                ReadmeWalkthrough.parse(
                        HEAD + "```yaml\nrpcUrl: http://x   # c\n```\n```\n./baton demo\n```\n");
        assertThat(walkthrough.yaml()).contains("rpcUrl: http://x   # c\n");
    }

    @Test
    void refusesAnElidedCommand() {
        assertThatThrownBy(
                        () ->
                                ReadmeWalkthrough.parse(
                                        HEAD
                                                + "```\n./baton auction bid --manifest manifest.json ...\n```\n"))
                .hasMessageContaining("README.md:7")
                .hasMessageContaining("elided");
    }

    @Test
    void refusesALineThatIsNotABatonCommand() {
        assertThatThrownBy(() -> ReadmeWalkthrough.parse(HEAD + "```\nbaton deploy\n```\n"))
                .hasMessageContaining("not a ./baton command");
    }

    @Test
    void refusesABatonLineOutsideTheWalkthrough() {
        assertThatThrownBy(
                        () ->
                                ReadmeWalkthrough.parse(
                                        HEAD
                                                + "```\n./baton demo\n```\n## Other\n```\n./baton report --out r\n```\n"))
                .hasMessageContaining("outside the walkthrough");
    }

    @Test
    void theRealChainSectionIsTestedTooAndReadOnItsOwn() {
        String readme =
                HEAD
                        + "```\n./baton devnet up\n```\n## Operate on a real chain\n```\n./baton deploy --keystore k.json\n```\n";
        assertThat(ReadmeWalkthrough.parse(readme).steps())
                .extracting(ReadmeWalkthrough.Step::args)
                .containsExactly(java.util.List.of("devnet", "up"));
        assertThat(ReadmeWalkthrough.parse(readme, ReadmeWalkthrough.REAL_CHAIN_SECTION).steps())
                .extracting(ReadmeWalkthrough.Step::args)
                .containsExactly(java.util.List.of("deploy", "--keystore", "k.json"));
    }

    @Test
    void theRealReadmeParses() throws Exception {
        String readme = Files.readString(ProjectRoot.locate().dir().resolve("README.md"));
        var walkthrough = ReadmeWalkthrough.parse(readme);
        assertThat(walkthrough.steps().getFirst().args()).startsWith("devnet", "up");
        assertThat(walkthrough.steps().getLast().args()).containsExactly("devnet", "down");
        assertThat(walkthrough.yaml()).isPresent();
        assertThat(
                        ReadmeWalkthrough.parse(readme, ReadmeWalkthrough.REAL_CHAIN_SECTION)
                                .steps()
                                .getFirst()
                                .args())
                .startsWith("deploy")
                .contains(
                        "--keystore",
                        "--confirmations",
                        "--max-fee-gwei",
                        "--max-priority-fee-gwei");
    }
}

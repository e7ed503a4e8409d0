package dev.baton.devnet.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.devnet.ProjectRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HardhatImageTest {

    @TempDir Path project;

    @Test
    void theTagFollowsTheLockfile() throws IOException {
        Files.writeString(project.resolve("hardhat.config.js"), "export default {};");
        Files.writeString(project.resolve("package-lock.json"), "{\"lockfileVersion\":3}");
        ProjectRoot root = new ProjectRoot(project);
        String before = HardhatImage.nameFor(root);

        Files.writeString(
                project.resolve("package-lock.json"), "{\"lockfileVersion\":3,\"packages\":{}}");

        assertThat(before).matches("baton/hardhat-devnet:[0-9a-f]{16}");
        assertThat(HardhatImage.nameFor(root))
                .isNotEqualTo(before)
                .startsWith(HardhatImage.REPOSITORY + ":");
    }

    @Test
    void theImageRunsTheNodeOnAllInterfacesWithoutAShell() {
        assertThat(HardhatImage.importCommand("baton/hardhat-devnet:x"))
                .containsSubsequence(
                        "docker",
                        "import",
                        "ENTRYPOINT [\"/usr/local/bin/node\",\"/app/node_modules/hardhat/dist/src/cli.js\",\"node\",\"--hostname\",\"0.0.0.0\",\"--port\",\"8545\"]",
                        "WORKDIR /app",
                        "EXPOSE 8545",
                        "-",
                        "baton/hardhat-devnet:x");
    }
}

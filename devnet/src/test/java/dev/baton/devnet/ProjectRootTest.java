package dev.baton.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectRootTest {

    @TempDir Path tmp;

    @Test
    void walksUpFromTheWorkingDirectoryToTheHardhatConfig() throws IOException {
        Files.writeString(tmp.resolve("hardhat.config.js"), "export default {};");
        Path nested = Files.createDirectories(tmp.resolve("devnet/src/test"));

        assertThat(ProjectRoot.locate(Map.of(), nested).dir()).isEqualTo(tmp.toRealPath());
    }

    @Test
    void envVariableWinsOverTheWorkingDirectory() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(project.resolve("hardhat.config.js"), "export default {};");

        assertThat(ProjectRoot.locate(Map.of("BATON_ROOT", project.toString()), Path.of("/")).dir())
                .isEqualTo(project);
    }

    @Test
    void envVariableWithoutAProjectIsAClearError() {
        assertThatThrownBy(() -> ProjectRoot.locate(Map.of("BATON_ROOT", tmp.toString()), tmp))
                .isInstanceOf(DevnetException.class)
                .hasMessageContaining("BATON_ROOT=" + tmp)
                .hasMessageContaining("hardhat.config.js");
    }

    @Test
    void noProjectAnywhereAboveIsAClearError() {
        assertThatThrownBy(() -> ProjectRoot.locate(Map.of(), tmp))
                .isInstanceOf(DevnetException.class)
                .hasMessageContaining("set env BATON_ROOT");
    }

    @Test
    void missingToolchainNamesTheFileAndTheFix() throws IOException {
        Files.writeString(tmp.resolve("hardhat.config.js"), "export default {};");

        assertThatThrownBy(() -> new ProjectRoot(tmp).node())
                .isInstanceOf(DevnetException.class)
                .hasMessageContaining("node_modules/.bin/node")
                .hasMessageContaining("Maven build");
    }
}

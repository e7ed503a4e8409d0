package dev.baton.cli.operator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.BatonCli;
import dev.baton.cli.ExitCodes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperatorRunCommandTest {
    @TempDir Path dir;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = BatonCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void aBadAgentConfigExitsWithUsageNamingKeyAndLineBeforeConnecting() throws Exception {
        // The connection points at a port nobody listens on: the config check must fail before any connection.
        Files.writeString(dir.resolve("baton.yaml"), "rpcUrl: http://127.0.0.1:1\nmanifest: none.json\ndevKeyIndex: 1\n");
        Path config = dir.resolve("keeper.yaml");
        Files.writeString(config, "connection: baton.yaml\nstore: keeper.db\nmetricsPort: 99999\n");
        String[] result = run("operator", "run", "--agent", config.toString());
        assertThat(Integer.parseInt(result[0])).isEqualTo(ExitCodes.USAGE);
        assertThat(result[2]).contains("'metricsPort' (line 3)").contains("99999");
        assertThat(dir.resolve("keeper.db")).doesNotExist();
    }

    @Test
    void aMissingConnectionManifestIsAConfigErrorAndNoStoreIsCreated() throws Exception {
        Files.writeString(dir.resolve("baton.yaml"), "rpcUrl: http://127.0.0.1:1\nmanifest: none.json\ndevKeyIndex: 1\n");
        Path config = dir.resolve("keeper.yaml");
        Files.writeString(config, "connection: baton.yaml\nstore: keeper.db\n");
        String[] result = run("operator", "run", "--agent", config.toString());
        assertThat(Integer.parseInt(result[0])).isEqualTo(ExitCodes.USAGE);
        assertThat(result[2]).contains("none.json");
        assertThat(dir.resolve("keeper.db")).doesNotExist();
    }

    @Test
    void aBadMarketKeyExitsWithUsageNamingKeyAndLineBeforeConnecting() throws Exception {
        Files.writeString(dir.resolve("baton.yaml"), "rpcUrl: http://127.0.0.1:1\nmanifest: none.json\ndevKeyIndex: 1\n");
        Path config = dir.resolve("keeper.yaml");
        Files.writeString(config, "connection: baton.yaml\nstore: keeper.db\nmarket: 0x5FbDB2315678afecb367f032d93F642f64180aa3\n"
                + "fundPoolBelow: 10\n");
        String[] result = run("operator", "run", "--agent", config.toString());
        assertThat(Integer.parseInt(result[0])).isEqualTo(ExitCodes.USAGE);
        assertThat(result[2]).contains("'fundPoolBelow' (line 4)").contains("fundAmount");
        assertThat(dir.resolve("keeper.db")).doesNotExist();
    }
}

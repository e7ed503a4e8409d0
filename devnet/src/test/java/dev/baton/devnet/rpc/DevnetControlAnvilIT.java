package dev.baton.devnet.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.devnet.LocalPorts;
import dev.baton.devnet.ProjectRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The control calls work against another node than Hardhat: Foundry's anvil, from the project's npm
 * packages.
 */
class DevnetControlAnvilIT {

    private static Process anvil;
    private static DevnetControl control;

    @BeforeAll
    static void startAnvil() throws Exception {
        ProjectRoot root = ProjectRoot.locate();
        Path binary = root.nodeModules().resolve("@foundry-rs/anvil-linux-amd64/bin/anvil");
        int port = LocalPorts.pickFree();
        Files.createDirectories(root.devnetWorkDir());
        anvil =
                new ProcessBuilder(
                                binary.toString(),
                                "--host",
                                "127.0.0.1",
                                "--port",
                                Integer.toString(port))
                        .redirectErrorStream(true)
                        .redirectOutput(
                                root.devnetWorkDir().resolve("anvil-" + port + ".log").toFile())
                        .start();
        String url = "http://127.0.0.1:" + port;
        Readiness.await(url, Duration.ofSeconds(30), anvil::isAlive);
        control = DevnetControl.connect(url);
    }

    @AfterAll
    static void stopAnvil() {
        if (anvil != null) {
            anvil.destroyForcibly();
        }
    }

    @Test
    void minesSnapshotsRevertsAndMovesTime() {
        long start = control.blockNumber();

        control.mine(3);
        String snapshot = control.snapshot();
        control.mine(2);
        control.revert(snapshot);
        assertThat(control.blockNumber()).isEqualTo(start + 3);

        long before = control.latestBlockTimestamp();
        control.increaseTime(600);
        control.mine(1);
        assertThat(control.latestBlockTimestamp()).isGreaterThanOrEqualTo(before + 600);
    }

    @Test
    void automineCanBeSwitchedOffAndOn() {
        long start = control.blockNumber();

        control.setAutomine(false);
        control.setAutomine(true);

        assertThat(control.chainId()).isEqualTo(31337);
        assertThat(control.blockNumber()).isEqualTo(start);
    }
}

package dev.baton.cli.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.CliRun;
import dev.baton.devnet.rpc.DevnetControl;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code baton devnet up --detach --block-time 1}, on a Hardhat node and on anvil: the chain
 * advances by itself with nobody mining, a transaction waits for the next block instead of being
 * mined on arrival, {@code devnet mine} still mines on top, and {@code devnet down} stops the node.
 */
class DevnetBlockTimeIT {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hardhat", "anvil"})
    void theChainAdvancesByItselfAndDevnetMineStillWorks(String node) throws Exception {
        int port = freePort();
        String url = "http://127.0.0.1:" + port;
        String[] up =
                node.equals("anvil")
                        ? new String[] {
                            "devnet",
                            "up",
                            "--detach",
                            "--anvil",
                            "--port",
                            Integer.toString(port),
                            "--block-time",
                            "1"
                        }
                        : new String[] {
                            "devnet",
                            "up",
                            "--detach",
                            "--port",
                            Integer.toString(port),
                            "--block-time",
                            "1"
                        };
        run(up);
        try {
            DevnetControl control = DevnetControl.connect(url);
            assertThat(control.isAnvil()).isEqualTo(node.equals("anvil"));
            long first = control.blockNumber();
            Thread.sleep(4_500);
            long later = control.blockNumber();
            assertThat(later - first)
                    .as("blocks mined by themselves in 4.5 s at one a second")
                    .isBetween(3L, 6L);

            // Automine is off: a transfer sits in the pool until the next interval block.
            var rpc = control;
            String from = control.accounts().get(0);
            String hash =
                    (String)
                            rpc.call(
                                    "eth_sendTransaction",
                                    java.util.Map.of(
                                            "from",
                                            from,
                                            "to",
                                            control.accounts().get(1),
                                            "value",
                                            "0x1"));
            assertThat(rpc.call("eth_getTransactionReceipt", hash) == null)
                    .as("mined on arrival")
                    .isTrue();
            long deadline = System.currentTimeMillis() + 5_000;
            while (rpc.call("eth_getTransactionReceipt", hash) == null) {
                assertThat(System.currentTimeMillis())
                        .as("mined by the next interval block")
                        .isLessThan(deadline);
                Thread.sleep(100);
            }

            long beforeMine = control.blockNumber();
            run("devnet", "mine", "--blocks", "20", "--rpc-url", url);
            assertThat(control.blockNumber()).isGreaterThanOrEqualTo(beforeMine + 20);
        } finally {
            run("devnet", "down", "--rpc-url", url);
        }
        assertThat(DevnetControl.connect(url).isAnswering()).as("stopped by devnet down").isFalse();
    }

    private static void run(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode())
                .as("baton %s%n%s%s", String.join(" ", args), run.out(), run.err())
                .isZero();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package dev.baton.cli.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.baton.cli.CliSession;
import dev.baton.cli.ExitCodes;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * `baton devnet mine` refuses bad input and any chain but the devnet's before it mines anything.
 */
class DevnetMineCommandTest {
    private static final Pattern METHOD = Pattern.compile("\"method\"\\s*:\\s*\"([^\"]+)\"");

    private final CliSession cli = new CliSession();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private HttpServer mainnet;

    /** A node that says it is chain 1 and records every method asked of it. */
    @BeforeEach
    void startMainnetStub() throws Exception {
        mainnet = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        mainnet.createContext(
                "/",
                exchange -> {
                    String request =
                            new String(
                                    exchange.getRequestBody().readAllBytes(),
                                    StandardCharsets.UTF_8);
                    Matcher method = METHOD.matcher(request);
                    calls.add(method.find() ? method.group(1) : "?");
                    byte[] body =
                            "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x1\"}"
                                    .getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
        mainnet.start();
    }

    @AfterEach
    void stop() {
        mainnet.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + mainnet.getAddress().getPort();
    }

    @Test
    void refusesAChainThatIsNotTheDevnet() {
        int code = cli.run("devnet", "mine", "--blocks", "5", "--rpc-url", url());

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("runs only on a devnet (chain 31337)", "is chain 1");
        assertThat(calls).containsOnly("eth_chainId");
    }

    @Test
    void needsSomethingToDo() {
        assertThat(cli.run("devnet", "mine", "--rpc-url", url())).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("--blocks N, --until-block B or --seconds S");
        assertThat(calls).isEmpty();
    }

    @Test
    void refusesNonPositiveCounts() {
        assertThat(cli.run("devnet", "mine", "--blocks", "0", "--rpc-url", url()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("devnet", "mine", "--seconds", "-3", "--rpc-url", url()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err())
                .contains(
                        "--blocks must be at least 1, was 0",
                        "--seconds must be at least 1, was -3");
        assertThat(calls).isEmpty();
    }

    @Test
    void blocksAndUntilBlockExcludeEachOther() {
        assertThat(
                        cli.run(
                                "devnet",
                                "mine",
                                "--blocks",
                                "2",
                                "--until-block",
                                "9",
                                "--rpc-url",
                                url()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("mutually exclusive");
    }

    @Test
    void helpNamesEveryOption() {
        assertThat(cli.run("devnet", "mine", "--help")).isZero();
        assertThat(cli.out())
                .contains("--blocks", "--until-block", "--seconds", "--rpc-url", "Devnet only");
    }
}

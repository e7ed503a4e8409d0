package dev.baton.cli.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.cli.BatonCli;
import dev.baton.cli.ConfigException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code devnet up --block-time}: the period is checked before any node starts, and errors name the
 * flag.
 */
class DevnetBlockTimeTest {
    private static DevnetUpCommand up(String... args) {
        DevnetUpCommand command = new DevnetUpCommand();
        new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
        return command;
    }

    @Test
    void aWholeNumberOfSecondsFromOneTo3600IsThePeriod() {
        assertThat(up("--block-time", "1").blockTime()).isEqualTo(Duration.ofSeconds(1));
        assertThat(up("--block-time", "3600").blockTime()).isEqualTo(Duration.ofHours(1));
        assertThat(up().blockTime()).isNull();
    }

    @Test
    void zeroNegativeAndTooLongPeriodsAreRefusedNamingTheFlag() {
        for (String bad : new String[] {"0", "-2", "3601"}) {
            assertThatThrownBy(() -> up("--block-time", bad).blockTime())
                    .as(bad)
                    .isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith("--block-time: " + bad);
        }
    }

    @Test
    void aNonNumberExitsWithCode2NamingTheFlagAndStartsNothing() {
        StringWriter err = new StringWriter();
        CommandLine cli = BatonCli.commandLine();
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("devnet", "up", "--block-time", "2s");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--block-time").contains("2s");
    }

    @Test
    void aBadPeriodExitsWithCode2BeforeAnyNodeStarts() {
        StringWriter err = new StringWriter();
        CommandLine cli = BatonCli.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("devnet", "up", "--detach", "--port", "1", "--block-time", "0"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--block-time: 0 is outside [1, 3600] seconds");
    }

    @Test
    void aDetachedNodeCannotRunInAContainer() {
        StringWriter err = new StringWriter();
        CommandLine cli = BatonCli.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("devnet", "up", "--detach", "--docker", "--port", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("--docker runs in the foreground only");
    }
}

package dev.baton.cli.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.cli.CliSession;
import dev.baton.cli.ConfigException;
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
        CliSession cli = new CliSession();
        int code = cli.run("devnet", "up", "--block-time", "2s");
        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("--block-time").contains("2s");
    }

    @Test
    void aBadPeriodExitsWithCode2BeforeAnyNodeStarts() {
        CliSession cli = new CliSession();
        assertThat(cli.run("devnet", "up", "--detach", "--port", "1", "--block-time", "0"))
                .isEqualTo(2);
        assertThat(cli.err()).contains("--block-time: 0 is outside [1, 3600] seconds");
    }

    @Test
    void aDetachedNodeCannotRunInAContainer() {
        CliSession cli = new CliSession();
        assertThat(cli.run("devnet", "up", "--detach", "--docker", "--port", "1")).isEqualTo(2);
        assertThat(cli.err()).contains("--docker runs in the foreground only");
    }
}

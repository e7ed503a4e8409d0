package dev.baton.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link DevnetKind#start(Duration)}: both node kinds mine a block a second by themselves, automine
 * off.
 */
class IntervalMiningIT {

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = DevnetKind.class,
            names = {"PROCESS", "ANVIL"})
    void theChainAdvancesByItselfAndTransactionsWaitForTheNextBlock(DevnetKind kind)
            throws Exception {
        try (Devnet devnet = kind.start(Duration.ofSeconds(1))) {
            long first = devnet.control().blockNumber();
            Thread.sleep(4_500);
            assertThat(devnet.control().blockNumber() - first)
                    .as("blocks in 4.5 s at one a second")
                    .isBetween(3L, 6L);

            var rpc = devnet.control();
            String hash =
                    (String)
                            rpc.call(
                                    "eth_sendTransaction",
                                    java.util.Map.of(
                                            "from",
                                            devnet.account(0).address().lowerHex(),
                                            "to",
                                            devnet.account(1).address().lowerHex(),
                                            "value",
                                            "0x1"));
            assertThat(rpc.call("eth_getTransactionReceipt", hash) == null)
                    .as("not mined on arrival")
                    .isTrue();
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (rpc.call("eth_getTransactionReceipt", hash) == null) {
                assertThat(System.nanoTime())
                        .as("mined by the next interval block")
                        .isLessThan(deadline);
                Thread.sleep(100);
            }
        }
    }

    @Test
    void aPeriodThatIsNotWholeSecondsFrom1To3600IsRefusedBeforeStarting() {
        for (Duration bad :
                new Duration[] {
                    Duration.ZERO,
                    Duration.ofMillis(1500),
                    Duration.ofSeconds(3601),
                    Duration.ofSeconds(-1)
                }) {
            assertThatThrownBy(() -> DevnetKind.PROCESS.start(bad))
                    .as("%s", bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("block time");
        }
    }
}

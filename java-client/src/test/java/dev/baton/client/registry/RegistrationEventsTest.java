package dev.baton.client.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.events.RawLog;
import dev.baton.tx.TxReceipt;
import dev.baton.types.Address;
import dev.baton.types.TxHash;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The new rollup's id, owner and module come from the indexed topics of {@code RollupRegistered}.
 */
class RegistrationEventsTest {

    private static final Address REGISTRY = Address.of(String.format("0x%040x", 0x2002));
    private static final TxHash HASH = TxHash.of("0x" + "ab".repeat(32));

    @Test
    void registrationIsReadFromTheRegistrysEvent() {
        RawLog event =
                log(REGISTRY, RegistrationEvents.TOPIC, topic(3), topic(0xA11CE), topic(0xC10E));
        RawLog unrelated =
                log(
                        Address.of(String.format("0x%040x", 0x9999)),
                        RegistrationEvents.TOPIC,
                        topic(9),
                        topic(1),
                        topic(2));

        var found = RegistrationEvents.find(receipt(unrelated, event), REGISTRY);

        assertThat(found)
                .contains(
                        new Registration(
                                3,
                                Address.of(String.format("0x%040x", 0xA11CE)),
                                Address.of(String.format("0x%040x", 0xC10E)),
                                HASH));
    }

    @Test
    void noEventNoRegistration() {
        assertThat(RegistrationEvents.find(receipt(), REGISTRY)).isEmpty();
    }

    private static TxReceipt receipt(RawLog... logs) {
        return new TxReceipt(
                HASH, 10, "0x" + "cd".repeat(32), true, BigInteger.valueOf(21_000), List.of(logs));
    }

    private static RawLog log(Address address, String... topics) {
        return new RawLog(address, List.of(topics), "0x", 10, "0x" + "cd".repeat(32), HASH, 0);
    }

    private static String topic(long value) {
        return String.format("0x%064x", value);
    }
}

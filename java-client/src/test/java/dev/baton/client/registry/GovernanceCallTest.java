package dev.baton.client.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.internal.registry.RegistryAbi;
import dev.baton.model.Json;
import dev.baton.types.Address;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Timelock wrapping of governance calls agrees with ethers' encoding ({@code
 * registry/vectors.json}).
 */
class GovernanceCallTest {

    private static final String REGISTRY = String.format("0x%040x", 0x2002);
    private static final byte[] SALT = HexFormat.of().parseHex("00".repeat(31) + "01");
    private final JsonNode vectors =
            Json.MAPPER.readTree(RegistryCallsTest.resource("/registry/vectors.json"));

    @Test
    void pauseIsScheduledAndExecutedThroughTheTimelock() {
        GovernanceCall pause = new GovernanceCall(REGISTRY, bytes(RegistryAbi.pause(7)), SALT);

        assertThat(RegistryCallsTest.hex(pause.data())).isEqualTo(vector("pauseData"));
        assertThat(pause.schedule(3600)).isEqualTo(vector("pauseSchedule"));
        assertThat(pause.execute()).isEqualTo(vector("pauseExecute"));
        assertThat(pause.operationId()).isEqualTo(vector("pauseOperationId"));
    }

    @Test
    void evictionHasItsOwnOperationId() {
        GovernanceCall evict =
                new GovernanceCall(
                        REGISTRY,
                        bytes(RegistryAbi.evict(7, Address.of(String.format("0x%040x", 0xBAD)))),
                        SALT);

        assertThat(RegistryCallsTest.hex(evict.data())).isEqualTo(vector("evictData"));
        assertThat(evict.operationId()).isEqualTo(vector("evictOperationId"));
    }

    @Test
    void saltMustBe32Bytes() {
        assertThatThrownBy(
                        () ->
                                new GovernanceCall(
                                        REGISTRY, bytes(RegistryAbi.pause(1)), new byte[31]))
                .hasMessageContaining("salt must be 32 bytes, got 31");
    }

    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.substring(2));
    }

    private String vector(String name) {
        return vectors.get(name).stringValue();
    }
}

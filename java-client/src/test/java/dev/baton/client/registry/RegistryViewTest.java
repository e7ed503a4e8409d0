package dev.baton.client.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.internal.registry.MechanismParamsCodec;
import dev.baton.internal.registry.RegistryAbi;
import dev.baton.model.Json;
import dev.baton.model.request.Mechanism;
import dev.baton.model.request.RollupRequest;
import dev.baton.types.Address;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The registry view rebuilds a rollup's request from the registry record and the module's
 * parameters.
 */
class RegistryViewTest {

    private static final Address REGISTRY = Address.of(String.format("0x%040x", 0x2002));
    private static final Address MODULE = Address.of(String.format("0x%040x", 0xC10E));
    private final JsonNode vectors =
            Json.MAPPER.readTree(RegistryCallsTest.resource("/registry/vectors.json"));
    private final FakeContracts chain =
            new FakeContracts()
                    .answer(REGISTRY, RegistryAbi.rollup(7).data(), vector("seedRollupResult"))
                    .answer(
                            MODULE,
                            MechanismParamsCodec.params(
                                            Mechanism.SLOT_AUCTION, RegistryCallsTest.MANIFEST)
                                    .data(),
                            vector("seedParams"))
                    .answer(REGISTRY, RegistryAbi.rollupCount().data(), word(7))
                    .answer(
                            Address.of(String.format("0x%040x", 0x1000)),
                            RegistryAbi.decimals().data(),
                            word(18))
                    .answer(
                            Address.of(String.format("0x%040x", 0x1001)),
                            RegistryAbi.decimals().data(),
                            word(9));
    private final RegistryView view = new RegistryView(chain, REGISTRY, RegistryCallsTest.MANIFEST);

    @Test
    void showRebuildsTheRequestThatWasRegistered() {
        RollupRequest seed =
                RollupRequest.parse(
                        RegistryCallsTest.resource("/requests/seed-altlayer.json"),
                        RegistryCallsTest.MANIFEST);

        RollupInfo rollup = view.rollup(7);

        assertThat(rollup.id()).isEqualTo(7);
        assertThat(rollup.module()).isEqualTo(MODULE);
        assertThat(rollup.owner()).isEqualTo(Address.of(String.format("0x%040x", 0xA11CE)));
        assertThat(rollup.paused()).isTrue();
        assertThat(rollup.request())
                .isEqualTo(
                        RegistryCallsTest.withSelection(
                                seed, RegistryCallsTest.resolve(seed).selection()));
        assertThat(rollup.request().minStakePerSeq()).isEqualTo(seed.minStakePerSeq());
        assertThat(RollupRequest.parse(rollup.request().toJson(), RegistryCallsTest.MANIFEST))
                .isEqualTo(rollup.request());
    }

    @Test
    void moduleOfReadsTheRegistryRecordOnly() {
        // a chain that answers only the registry's record: asking the module for its parameters
        // would fail the test
        FakeContracts registryOnly =
                new FakeContracts()
                        .answer(REGISTRY, RegistryAbi.rollup(7).data(), vector("seedRollupResult"));

        ModuleRef module =
                new RegistryView(registryOnly, REGISTRY, RegistryCallsTest.MANIFEST).moduleOf(7);

        assertThat(module)
                .isEqualTo(
                        new ModuleRef(7, MODULE, dev.baton.model.request.Mechanism.SLOT_AUCTION));
    }

    @Test
    void decimalsComeFromTheToken() {
        assertThat(view.decimals("stSOL")).isEqualTo(9);
    }

    @Test
    void countComesFromTheRegistry() {
        assertThat(view.rollupCount()).isEqualTo(7);
    }

    private String vector(String name) {
        return vectors.get(name).stringValue();
    }

    private static String word(long value) {
        return String.format("0x%064x", value);
    }
}

package dev.baton.client.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.internal.registry.ManifestNames;
import dev.baton.internal.registry.MechanismParamsCodec;
import dev.baton.internal.registry.Mechanisms;
import dev.baton.internal.registry.RegistryAbi;
import dev.baton.internal.registry.ResolvedRequest;
import dev.baton.internal.registry.StoredRollup;
import dev.baton.model.DeploymentManifest;
import dev.baton.model.Json;
import dev.baton.model.request.Mechanism;
import dev.baton.model.request.RollupRequest;
import dev.baton.model.request.Selection;
import dev.baton.model.request.TestRequests;
import java.util.HexFormat;
import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The registry calldata and decoders (through the generated wrappers) agree with an independent
 * encoder: {@code registry/vectors.json} was written by ethers ({@code registry/make-vectors.cjs})
 * from the same requests' typed values.
 */
class RegistryCallsTest {

    static final List<String> SYMBOLS = TestRequests.SYMBOLS;
    static final DeploymentManifest MANIFEST = TestRequests.MANIFEST;

    /** Token decimals as the chain would report them: stSOL 9, everything else 18. */
    static final ToIntFunction<String> DECIMALS = sym -> sym.equals("stSOL") ? 9 : 18;

    static final ToIntFunction<String> DECIMALS_BY_ADDRESS =
            address -> DECIMALS.applyAsInt(ManifestNames.tokenSymbol(address, MANIFEST));
    private final JsonNode vectors = Json.MAPPER.readTree(resource("/registry/vectors.json"));

    @Test
    void seedRegistrationMatchesTheReferenceEncoding() {
        RollupRequest seed =
                RollupRequest.parse(resource("/requests/seed-altlayer.json"), MANIFEST);

        assertThat(RegistryAbi.register(resolve(seed), MANIFEST)).isEqualTo(vector("seedRegister"));
    }

    @Test
    void blockMarketRegistrationMatchesTheReferenceEncoding() {
        RollupRequest market =
                RollupRequest.parse(resource("/requests/good/block-market.json"), MANIFEST);

        assertThat(hex(MechanismParamsCodec.encode(market.selection(), MANIFEST)))
                .isEqualTo(vector("blockMarketParams"));
        assertThat(RegistryAbi.register(resolve(market), MANIFEST))
                .isEqualTo(vector("blockMarketRegister"));
    }

    @Test
    void storedRollupDecodesBackToTheSameRequest() {
        RollupRequest seed =
                RollupRequest.parse(resource("/requests/seed-altlayer.json"), MANIFEST);
        StoredRollup stored = RegistryAbi.rollup(7).decode(vector("seedRollupResult"));

        assertThat(stored.owner()).isEqualTo(String.format("0x%040x", 0xA11CE));
        assertThat(stored.pendingOwner()).isEqualTo(String.format("0x%040x", 0xB0B));
        assertThat(stored.module()).isEqualTo(String.format("0x%040x", 0xC10E));
        assertThat(stored.paused()).isTrue();
        assertThat(Mechanisms.of(stored.mechanismId())).isEqualTo(Mechanism.SLOT_AUCTION);
        Selection params =
                MechanismParamsCodec.params(Mechanism.SLOT_AUCTION, MANIFEST)
                        .decode(vector("seedParams"));
        RollupRequest shown =
                StoredRequests.toRequest(stored, params, MANIFEST, DECIMALS_BY_ADDRESS);

        assertThat(shown).isEqualTo(withSelection(seed, resolve(seed).selection()));
        assertThat(shown.minStakePerSeq()).isEqualTo(seed.minStakePerSeq());
    }

    @Test
    void mechanismParamsRoundTripForBothMechanisms() {
        for (String file :
                List.of(
                        "/requests/good/slot-auction-full.json",
                        "/requests/good/block-market.json",
                        "/requests/good/block-market-verifier-address.json")) {
            Selection selection =
                    resolve(RollupRequest.parse(resource(file), MANIFEST)).selection();
            byte[] encoded = MechanismParamsCodec.encode(selection, MANIFEST);

            assertThat(
                            MechanismParamsCodec.params(selection.mechanism(), MANIFEST)
                                    .decode(hex(encoded)))
                    .as(file)
                    .isEqualTo(selection);
        }
    }

    @Test
    void registrationEventTopicMatchesTheReference() {
        assertThat(RegistryAbi.ROLLUP_REGISTERED_TOPIC).isEqualTo(vector("rollupRegisteredTopic"));
    }

    @Test
    void addressesTheManifestDoesNotKnowStayAddresses() {
        String unknown = String.format("0x%040x", 0xDEAD);

        assertThat(ManifestNames.tokenSymbol(unknown, MANIFEST)).isEqualTo(unknown);
        assertThat(ManifestNames.tokenSymbol(String.format("0x%040X", 0x1001), MANIFEST))
                .isEqualTo("stSOL");
    }

    static ResolvedRequest resolve(RollupRequest request) {
        return ResolvedRequest.resolve(request, MANIFEST, DECIMALS);
    }

    static RollupRequest withSelection(RollupRequest r, Selection selection) {
        return new RollupRequest(
                r.settlementLayer(),
                r.daLayer(),
                r.vm(),
                r.type(),
                r.purpose(),
                r.nbSequencers(),
                r.allowedTokens(),
                r.minStakePerSeq(),
                selection);
    }

    static String hex(byte[] data) {
        return "0x" + HexFormat.of().formatHex(data);
    }

    private String vector(String name) {
        return vectors.get(name).stringValue();
    }

    static String resource(String name) {
        return TestRequests.classpathText(name);
    }
}

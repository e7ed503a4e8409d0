package dev.baton.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.errors.AbiDecodingException;
import dev.baton.errors.AbiValueOutOfRangeException;
import dev.baton.model.DeploymentManifest;
import dev.baton.model.request.BlockMarketParams;
import dev.baton.model.request.Mechanism;
import dev.baton.model.request.SlotAuctionParams;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Results that do not have the wrapper's shape throw {@link AbiDecodingException} instead of
 * decoding wrong, and narrow fields out of range throw {@link AbiValueOutOfRangeException} naming
 * the field before anything is encoded.
 */
class RegistryAbiTest {

    private static final String TOKEN = String.format("0x%040x", 0x1000);
    private static final DeploymentManifest MANIFEST =
            new DeploymentManifest(
                    31337,
                    "http://127.0.0.1:8545",
                    1,
                    Map.of("AttestationVerifier", String.format("0x%040x", 0x2003)),
                    Map.of("BTN", TOKEN));

    @Test
    void aRollupResultTooShortForTheStructThrowsAbiDecodingException() {
        String oneWord = String.format("0x%064x", 7);

        assertThatThrownBy(() -> RegistryAbi.rollup(7).decode(oneWord))
                .isInstanceOf(AbiDecodingException.class)
                .hasMessageContaining("RollupRegistry.rollup result");
    }

    @Test
    void anEmptyResultThrowsAbiDecodingException() {
        assertThatThrownBy(() -> RegistryAbi.rollupCount().decode("0x"))
                .isInstanceOf(AbiDecodingException.class)
                .satisfies(
                        e -> assertThat(((AbiDecodingException) e).what()).contains("rollupCount"));
        assertThatThrownBy(() -> RegistryAbi.owner().decode("0x"))
                .isInstanceOf(AbiDecodingException.class);
        assertThatThrownBy(() -> TimelockAbi.minDelay().decode("0x"))
                .isInstanceOf(AbiDecodingException.class);
    }

    @Test
    void moduleParamsOfTheWrongShapeThrowAbiDecodingException() {
        String threeWords = "0x" + "00".repeat(96);

        assertThatThrownBy(
                        () ->
                                MechanismParamsCodec.params(Mechanism.SLOT_AUCTION, MANIFEST)
                                        .decode(threeWords))
                .isInstanceOf(AbiDecodingException.class)
                .hasMessageContaining("SlotAuction.params");
    }

    @Test
    void aUint16Of70000InTheAuctionParamsFailsNamingTheField() {
        SlotAuctionParams params =
                new SlotAuctionParams(
                        0,
                        70_000,
                        1,
                        1,
                        1,
                        1,
                        1,
                        Optional.of(BigInteger.ONE),
                        10,
                        "BTN",
                        BigInteger.ONE,
                        BigInteger.TWO,
                        1,
                        false);

        assertThatThrownBy(() -> MechanismParamsCodec.encode(params, MANIFEST))
                .isInstanceOf(AbiValueOutOfRangeException.class)
                .hasMessageContaining(
                        "SlotAuction Params.slotsPerEpoch = 70000 does not fit uint16");
    }

    @Test
    void aUint8AboveItsRangeInTheMarketParamsFailsNamingTheField() {
        BlockMarketParams params =
                new BlockMarketParams(
                        "AttestationVerifier",
                        1,
                        1,
                        1,
                        1,
                        1,
                        false,
                        1,
                        1,
                        256,
                        1,
                        1,
                        BigInteger.ONE,
                        BigInteger.ONE,
                        BigInteger.ONE,
                        BigInteger.ONE);

        assertThatThrownBy(() -> MechanismParamsCodec.encode(params, MANIFEST))
                .isInstanceOf(AbiValueOutOfRangeException.class)
                .satisfies(
                        e ->
                                assertThat(((AbiValueOutOfRangeException) e).field())
                                        .isEqualTo("BlockMarket Params.maxUncles"));
    }

    @Test
    void aNegativeRollupIdIsRejectedBeforeEncoding() {
        assertThatThrownBy(() -> RegistryAbi.pause(-1))
                .isInstanceOf(AbiValueOutOfRangeException.class)
                .hasMessageContaining("rollupId");
    }
}

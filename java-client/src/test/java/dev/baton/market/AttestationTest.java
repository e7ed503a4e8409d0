package dev.baton.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.types.Address;
import dev.baton.types.ChainId;
import org.junit.jupiter.api.Test;

class AttestationTest {
    private static final Eip712Domain DOMAIN =
            Eip712Domain.blockMarket(
                    ChainId.DEVNET, Address.of("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"));
    private static final Bytes32 ROOT = Bytes32.of("0x" + "ab".repeat(32));
    private static final Bytes32 PART = Bytes32.of("0x" + "cd".repeat(32));

    @Test
    void digestMatchesWeb3jsEncodingOfTheTypedDataJson() {
        Attestation attestation = new Attestation(12, ROOT, TreePosition.of(4, 9), PART);
        assertThat(attestation.digest(DOMAIN))
                .isEqualTo(KeyTypedDataSigner.web3jDigest(attestation.typedDataJson(DOMAIN)));
    }

    @Test
    void digestBindsEveryField() {
        Bytes32 digest = new Attestation(12, ROOT, TreePosition.of(4, 9), PART).digest(DOMAIN);
        assertThat(new Attestation(13, ROOT, TreePosition.of(4, 9), PART).digest(DOMAIN))
                .isNotEqualTo(digest);
        assertThat(new Attestation(12, PART, TreePosition.of(4, 9), PART).digest(DOMAIN))
                .isNotEqualTo(digest);
        assertThat(new Attestation(12, ROOT, TreePosition.of(4, 8), PART).digest(DOMAIN))
                .isNotEqualTo(digest);
        assertThat(new Attestation(12, ROOT, TreePosition.of(4, 9), ROOT).digest(DOMAIN))
                .isNotEqualTo(digest);
    }

    @Test
    void attestationsForAnotherMarketHaveAnotherDigest() {
        Attestation attestation = new Attestation(12, ROOT, TreePosition.of(4, 9), PART);
        Eip712Domain other = Eip712Domain.blockMarket(ChainId.DEVNET, Address.ZERO);
        assertThat(attestation.digest(other)).isNotEqualTo(attestation.digest(DOMAIN));
    }
}

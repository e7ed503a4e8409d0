package dev.baton.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;

class MarketIdsTest {
    private static final Bytes32 ROOT = Bytes32.of("0x" + "0a".repeat(32));
    private static final Bytes32 SECRET = Bytes32.of("0x" + "0b".repeat(32));

    @Test
    void blockCommitmentIsThePackedHashOfRootAndSecret() {
        byte[] packed = HexFormat.of().parseHex("0a".repeat(32) + "0b".repeat(32));
        assertThat(MarketIds.blockCommitment(ROOT, SECRET))
                .isEqualTo(Bytes32.of(Hash.sha3(packed)));
        assertThat(new BlockReveal(ROOT, SECRET).commitment())
                .isEqualTo(MarketIds.blockCommitment(ROOT, SECRET));
        assertThat(MarketIds.blockCommitment(SECRET, ROOT))
                .isNotEqualTo(MarketIds.blockCommitment(ROOT, SECRET));
    }

    @Test
    void transcriptIdEncodesHeightProposerAndCommitmentAsWords() {
        String proposer = "15d34aaf54267db7d7c367839aaf71a00a2c6a65";
        byte[] encoded =
                HexFormat.of()
                        .parseHex(
                                "%064x".formatted(42)
                                        + "0".repeat(24)
                                        + proposer
                                        + "0a".repeat(32));
        assertThat(MarketIds.transcriptId(42, dev.baton.types.Address.of("0x" + proposer), ROOT))
                .isEqualTo(Bytes32.of(Hash.sha3(encoded)));
    }

    @Test
    void freshSecretsDiffer() {
        assertThat(BlockReveal.withFreshSecret(ROOT).secret())
                .isNotEqualTo(BlockReveal.withFreshSecret(ROOT).secret());
    }
}

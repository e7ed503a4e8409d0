package dev.baton.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.errors.ChainIdMismatchException;
import dev.baton.fixtures.FakeClock;
import dev.baton.fixtures.FakeNode;
import dev.baton.model.DeploymentManifest;
import dev.baton.signer.DevKeySigner;
import dev.baton.types.ChainId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatonTest {
    private final DevKeySigner signer =
            DevKeySigner.of(DevKeySigner.HARDHAT_ACCOUNT_0, ChainId.DEVNET);

    private static DeploymentManifest manifest(long chainId) {
        return new DeploymentManifest(
                chainId,
                "http://127.0.0.1:8545",
                1,
                Map.of("StakeVault", "0x5fbdb2315678afecb367f032d93f642f64180aa3"),
                Map.of("BTN", "0xe7f1725e7734ce288f8367e1bb143e90bb3f0512", "BAD", "0x1234"));
    }

    @Test
    void refusesANodeOnAnotherChainThanTheManifest() {
        assertThatThrownBy(
                        () ->
                                Baton.connect(
                                        manifest(31337),
                                        signer,
                                        new FakeNode(ChainId.of(1)),
                                        BatonOptions.defaults(),
                                        new FakeClock(),
                                        null))
                .isInstanceOf(ChainIdMismatchException.class)
                .hasMessageContaining("31337")
                .hasMessageContaining("reports 1");
    }

    @Test
    void resolvesManifestEntriesAndNamesBadOnes() {
        Baton baton =
                Baton.connect(
                        manifest(31337),
                        signer,
                        new FakeNode(ChainId.DEVNET),
                        BatonOptions.defaults(),
                        new FakeClock(),
                        null);
        assertThat(baton.token("BTN").lowerHex())
                .isEqualTo("0xe7f1725e7734ce288f8367e1bb143e90bb3f0512");
        assertThat(baton.account()).isEqualTo(signer.address());
        assertThatThrownBy(() -> baton.token("BAD")).hasMessageContaining("manifest tokens.BAD");
        assertThatThrownBy(() -> baton.token("XYZ")).hasMessageContaining("XYZ");
        assertThatThrownBy(() -> baton.contract("SlotAuction"))
                .hasMessageContaining("contracts.SlotAuction");
    }
}

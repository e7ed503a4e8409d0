package dev.baton.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.baton.client.Baton;
import dev.baton.devnet.Devnet;
import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.junit.BatonDevnet;
import dev.baton.errors.ChainIdMismatchException;
import dev.baton.errors.StakeVaultWithdrawalNotReadyException;
import dev.baton.model.DeploymentManifest;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of bad inputs at the client boundary, on the container devnet. Each is refused with a
 * typed error that names the offending field or value, and none sends a transaction: the signer's
 * pending nonce is the same after.
 */
@BatonDevnet(kind = DevnetKind.CONTAINER)
class BadInputIT {

    private Baton baton;
    private Address signer;

    @BeforeEach
    void connect(Devnet devnet, DeploymentManifest manifest) {
        baton = Baton.connect(manifest, devnet.account(1).signer(devnet.chainId()));
        signer = devnet.account(1).address();
    }

    @AfterEach
    void close() {
        baton.close();
    }

    @Test
    void malformedAddressIsRefusedNamingTheFieldAndValue() {
        Throwable e =
                refusedWithoutSending(
                        () ->
                                baton.tokens()
                                        .transfer(
                                                baton.token("BTN"),
                                                Address.parse("to", "0x12345"),
                                                Amount.of(1)));
        assertThat(e)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("to")
                .hasMessageContaining("0x12345");
    }

    @Test
    void addressWithABadChecksumIsRefused() {
        String badChecksum = "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
        Throwable e =
                refusedWithoutSending(
                        () ->
                                baton.tokens()
                                        .transfer(
                                                baton.token("BTN"),
                                                Address.parse("to", badChecksum),
                                                Amount.of(1)));
        assertThat(e)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("to")
                .hasMessageContaining("checksum");
    }

    @Test
    void negativeAmountIsRefusedNamingTheField() {
        Throwable e =
                refusedWithoutSending(
                        () -> baton.stake().deposit("BTN", Amount.parse("amount", "-5", 18)));
        assertThat(e)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount")
                .hasMessageContaining(">= 0");
    }

    @Test
    void amountAboveUint256IsRefused() {
        String huge = "1" + "0".repeat(78);
        Throwable e =
                refusedWithoutSending(
                        () -> baton.stake().deposit("BTN", Amount.parse("amount", huge, 0)));
        assertThat(e)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount")
                .hasMessageContaining("uint256");
    }

    @Test
    void amountFinerThanTheTokenIsRefusedNotRounded() {
        Throwable e =
                refusedWithoutSending(
                        () ->
                                baton.stake()
                                        .deposit(
                                                "BTN",
                                                Amount.parse(
                                                        "amount", "1.0000000000000000001", 18)));
        assertThat(e)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount")
                .hasMessageContaining("fractional");
    }

    @Test
    void unknownTokenSymbolIsRefusedNamingTheSymbol() {
        Throwable e = refusedWithoutSending(() -> baton.stake().deposit("NOPE", Amount.of(1)));
        assertThat(e).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'NOPE'");
    }

    @Test
    void manifestForAnotherChainIsRefusedAtConnect(Devnet devnet, DeploymentManifest manifest) {
        DeploymentManifest wrongChain =
                new DeploymentManifest(
                        999,
                        manifest.rpcUrl(),
                        manifest.deployedAtBlock(),
                        manifest.contracts(),
                        manifest.tokens());
        Throwable e =
                refusedWithoutSending(
                        () ->
                                Baton.connect(
                                        wrongChain, devnet.account(1).signer(devnet.chainId())));
        assertThat(e)
                .isInstanceOf(ChainIdMismatchException.class)
                .hasMessageContaining("999")
                .hasMessageContaining(Long.toString(devnet.chainId()));
    }

    @Test
    void manifestMissingAContractEntryIsRefusedNamingTheEntry(
            Devnet devnet, DeploymentManifest manifest) {
        Map<String, String> contracts = new HashMap<>(manifest.contracts());
        contracts.remove("StakeVault");
        DeploymentManifest partial =
                new DeploymentManifest(
                        manifest.chainId(),
                        manifest.rpcUrl(),
                        manifest.deployedAtBlock(),
                        contracts,
                        manifest.tokens());
        Throwable e =
                refusedWithoutSending(
                        () -> {
                            try (Baton other =
                                    Baton.connect(
                                            partial, devnet.account(1).signer(devnet.chainId()))) {
                                other.stake().deposit("BTN", Amount.of(1));
                            }
                        });
        assertThat(e)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contracts.StakeVault");
    }

    @Test
    void manifestFileWithoutTokensIsRefusedNamingTheField(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("manifest.json");
        Files.writeString(
                file,
                "{\"chainId\": 31337, \"rpcUrl\": \"http://127.0.0.1:1\", \"deployedAtBlock\": 0, \"contracts\": {}}");
        Throwable e = refusedWithoutSending(() -> DeploymentManifest.read(file));
        assertThat(e).hasMessageContaining("'tokens'");
    }

    @Test
    void withdrawalBeforeItsDelayIsRefusedWithTheTypedRevert() {
        Amount ten = Amount.parse("amount", "10", 18);
        baton.stake().deposit("BTN", ten);
        baton.stake().requestWithdrawal("BTN", ten);
        Throwable e = refusedWithoutSending(() -> baton.stake().withdraw("BTN"));
        assertThat(e).isInstanceOf(StakeVaultWithdrawalNotReadyException.class);
    }

    private Throwable refusedWithoutSending(ThrowingCallable call) {
        long before = pendingNonce();
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("the bad input was refused").isNotNull();
        assertThat(pendingNonce())
                .as("no transaction sent for: %s", thrown.getMessage())
                .isEqualTo(before);
        return thrown;
    }

    private long pendingNonce() {
        return baton.transactor().node().transactionCount(signer, true);
    }
}

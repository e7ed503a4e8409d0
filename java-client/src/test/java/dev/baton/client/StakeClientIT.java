package dev.baton.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.errors.StakeVaultInsufficientFreeException;
import dev.baton.errors.StakeVaultWithdrawalNotReadyException;
import dev.baton.fixtures.HardhatNode;
import dev.baton.fixtures.SuiteDeployer;
import dev.baton.model.DeploymentManifest;
import dev.baton.signer.DevAccounts;
import dev.baton.signer.Signer;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deposit, withdrawal request, withdrawal and balances through StakeClient against a real
 * StakeVault.
 */
class StakeClientIT {
    private static HardhatNode hardhat;
    private static DeploymentManifest manifest;

    @BeforeAll
    static void deploy() {
        hardhat = HardhatNode.start();
        manifest = SuiteDeployer.deploy(hardhat.url());
        try (Baton owner = Baton.connect(manifest, DevAccounts.signer(0))) {
            for (int i = 1; i <= 2; i++) {
                owner.tokens()
                        .mint(
                                owner.token("BTN"),
                                DevAccounts.signer(i).address(),
                                Amount.parse("amount", "1000", 18));
            }
        }
    }

    @AfterAll
    static void stop() {
        if (hardhat != null) {
            hardhat.close();
        }
    }

    @Test
    void depositApprovesWhenNeededThenRequestAndWithdrawAfterTheDelay() {
        Signer staker = DevAccounts.signer(1);
        try (Baton baton = Baton.connect(manifest, staker)) {
            StakeClient stake = baton.stake();
            Address me = baton.account();

            stake.deposit("BTN", Amount.parse("amount", "100", 18));
            stake.requestWithdrawal("BTN", Amount.parse("amount", "40", 18));

            StakeBalances pending = stake.balances(me, "BTN");
            assertThat(pending.free()).isEqualTo(Amount.parse("x", "60", 18));
            assertThat(pending.pending()).isEqualTo(Amount.parse("x", "40", 18));
            assertThat(pending.locked()).isEqualTo(Amount.ZERO);
            assertThat(pending.withdrawableAt()).isGreaterThan(0);

            assertThatThrownBy(() -> stake.withdraw("BTN"))
                    .isInstanceOf(StakeVaultWithdrawalNotReadyException.class);

            hardhat.rpc("hardhat_mine", "0x" + Long.toHexString(SuiteDeployer.WITHDRAWAL_DELAY));
            Amount paid = stake.withdraw("BTN");

            assertThat(paid).isEqualTo(Amount.parse("x", "40", 18));
            StakeBalances after = baton.stakeView().balances(me, baton.token("BTN"));
            assertThat(after)
                    .isEqualTo(
                            new StakeBalances(
                                    Amount.parse("x", "60", 18), Amount.ZERO, Amount.ZERO, 0));
            assertThat(baton.tokens().balanceOf(baton.token("BTN"), me))
                    .isEqualTo(Amount.parse("x", "940", 18));
        }
    }

    @Test
    void aWithdrawalRequestAboveTheFreeStakeFailsTypedBeforeAnythingIsSent() {
        Signer staker = DevAccounts.signer(2);
        try (Baton baton = Baton.connect(manifest, staker)) {
            baton.stake().deposit("BTN", Amount.parse("amount", "5", 18));
            long nonceBefore = hardhat.node().transactionCount(staker.address(), true);

            assertThatThrownBy(
                            () ->
                                    baton.stake()
                                            .requestWithdrawal(
                                                    "BTN", Amount.parse("amount", "6", 18)))
                    .isInstanceOfSatisfying(
                            StakeVaultInsufficientFreeException.class,
                            e -> {
                                assertThat(e.staker()).isEqualTo(staker.address());
                                assertThat(e.token()).isEqualTo(baton.token("BTN"));
                                assertThat(e.requested())
                                        .isEqualTo(Amount.parse("x", "6", 18).value());
                                assertThat(e.free()).isEqualTo(Amount.parse("x", "5", 18).value());
                            });

            assertThat(hardhat.node().transactionCount(staker.address(), true))
                    .isEqualTo(nonceBefore);
        }
    }

    @Test
    void connectRefusesAManifestForAnotherChain() {
        DeploymentManifest wrongChain =
                new DeploymentManifest(
                        1,
                        manifest.rpcUrl(),
                        manifest.deployedAtBlock(),
                        manifest.contracts(),
                        manifest.tokens());
        assertThatThrownBy(() -> Baton.connect(wrongChain, DevAccounts.signer(1)))
                .isInstanceOf(dev.baton.errors.ChainIdMismatchException.class)
                .hasMessageContaining("reports 31337");
    }
}

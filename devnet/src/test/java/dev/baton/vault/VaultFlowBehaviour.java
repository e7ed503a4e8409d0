package dev.baton.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.client.Baton;
import dev.baton.client.StakeBalances;
import dev.baton.devnet.Devnet;
import dev.baton.devnet.WrapperSender;
import dev.baton.errors.StakeVaultInsufficientFreeException;
import dev.baton.errors.StakeVaultWithdrawalNotReadyException;
import dev.baton.internal.contracts.StakeVault;
import dev.baton.model.DeploymentManifest;
import dev.baton.signer.DevAccount;
import dev.baton.types.Amount;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * The vault flow through the Java client, run on both devnet kinds by its subclasses: deposit, a
 * lock taken by an authorised test module, a withdrawal blocked while locked, allowed after the
 * lock's expiry and the delay, a slash, and a revert decoded into its typed exception before
 * anything is sent.
 */
abstract class VaultFlowBehaviour {
    private static final BigInteger TOKEN = BigInteger.TEN.pow(18);

    @Test
    void depositLockWithdrawAndSlashThroughTheClient(Devnet devnet, DeploymentManifest manifest)
            throws Exception {
        DevAccount staker = devnet.account(3);
        DevAccount module = devnet.account(4);
        StakeVault asOwner = vaultAs(devnet, manifest, devnet.account(0));
        asOwner.setModule(module.address().toString(), true).send();
        StakeVault asModule = vaultAs(devnet, manifest, module);
        String btn = manifest.token("BTN");

        try (Baton baton = Baton.connect(manifest, staker.signer(devnet.chainId()))) {
            baton.stake().deposit("BTN", Amount.of(TOKEN.multiply(BigInteger.valueOf(100))));
            long lockUntil = devnet.control().blockNumber() + 10;
            asModule.lock(
                            staker.address().toString(),
                            btn,
                            TOKEN.multiply(BigInteger.valueOf(60)),
                            BigInteger.valueOf(lockUntil))
                    .send();

            StakeBalances locked = baton.stake().balances(staker.address(), "BTN");
            assertThat(locked.locked().value()).isEqualTo(TOKEN.multiply(BigInteger.valueOf(60)));
            assertThat(locked.free().value()).isEqualTo(TOKEN.multiply(BigInteger.valueOf(40)));

            // Locked stake cannot be requested: refused by the dry run, typed, before any gas is
            // spent.
            long nonceBefore = baton.transactor().node().transactionCount(staker.address(), true);
            assertThatThrownBy(
                            () ->
                                    baton.stake()
                                            .requestWithdrawal(
                                                    "BTN",
                                                    Amount.of(
                                                            TOKEN.multiply(
                                                                    BigInteger.valueOf(50)))))
                    .isInstanceOf(StakeVaultInsufficientFreeException.class);
            assertThat(baton.transactor().node().transactionCount(staker.address(), true))
                    .isEqualTo(nonceBefore);

            // After expiry the lock is free without a transaction; the withdrawal then waits for
            // the delay.
            devnet.mine(11);
            assertThat(baton.stake().balances(staker.address(), "BTN").locked())
                    .isEqualTo(Amount.ZERO);
            baton.stake()
                    .requestWithdrawal("BTN", Amount.of(TOKEN.multiply(BigInteger.valueOf(50))));
            assertThatThrownBy(() -> baton.stake().withdraw("BTN"))
                    .isInstanceOf(StakeVaultWithdrawalNotReadyException.class);

            // A slash reaches pending stake: a withdrawal request does not escape it.
            asModule.slash(
                            staker.address().toString(),
                            btn,
                            TOKEN.multiply(BigInteger.valueOf(20)),
                            BigInteger.ZERO,
                            module.address().toString(),
                            BigInteger.ONE)
                    .send();
            StakeBalances slashed = baton.stake().balances(staker.address(), "BTN");
            assertThat(slashed.pending().value().add(slashed.free().value()))
                    .isEqualTo(TOKEN.multiply(BigInteger.valueOf(80)));

            devnet.mine(64);
            Amount paid = baton.stake().withdraw("BTN");
            assertThat(paid.value()).isEqualTo(slashed.pending().value());
        }
    }

    /**
     * The vault's wrapper sending as {@code account} (its connection lives as long as the test).
     */
    private static StakeVault vaultAs(
            Devnet devnet, DeploymentManifest manifest, DevAccount account) {
        WrapperSender sender = new WrapperSender(devnet, account);
        return StakeVault.load(
                manifest.contract("StakeVault"),
                sender.web3j(),
                sender.transactions(),
                sender.gas(1_000_000));
    }
}

package dev.baton.client;

import static dev.baton.client.FakeVaultChain.selector;
import static dev.baton.client.FakeVaultChain.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.errors.AbiDecodingException;
import dev.baton.internal.registry.RegistryAbi;
import dev.baton.model.Json;
import dev.baton.model.request.Mechanism;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * StakeView against a chain that evaluates the vault's lock slots per block as the contract does.
 */
class StakeViewTest {
    private static final Address VAULT = addr(0x5AFE);
    private static final Address REGISTRY = addr(0x2002);

    /** Rollup 7's module in the registry vectors (a slot auction). */
    private static final Address AUCTION = addr(0xC10E);

    private static final Address IMPOSTOR = addr(0xBAD);
    private static final Address EOA_MODULE = addr(0xE0A);
    private static final Address STAKER = addr(0x5747);
    private static final Address TOKEN = addr(0x1000);

    private final FakeVaultChain chain =
            new FakeVaultChain(VAULT)
                    .answer(
                            REGISTRY,
                            RegistryAbi.rollup(7).data(),
                            registryVector("seedRollupResult"))
                    .answer(AUCTION, selector("rollupId()"), "0x" + word(7))
                    .answer(IMPOSTOR, selector("rollupId()"), "0x" + word(7));
    private final StakeView view = new StakeView(chain, VAULT, REGISTRY, symbol -> TOKEN);

    private static Address addr(long n) {
        return Address.of(String.format("0x%040x", n));
    }

    private static BigInteger tokens(long n) {
        return BigInteger.TEN.pow(18).multiply(BigInteger.valueOf(n));
    }

    @Test
    void positionShowsEveryLockWithItsModuleAndWhenItFrees() {
        chain.deposit(STAKER, TOKEN, tokens(500))
                .pending(STAKER, TOKEN, tokens(50), 164)
                .lock(STAKER, TOKEN, AUCTION, tokens(100), 140, 0)
                .lock(
                        STAKER,
                        TOKEN,
                        EOA_MODULE,
                        tokens(30),
                        90,
                        64) // expired at 90, slashable until 154
                .lock(
                        STAKER,
                        TOKEN,
                        EOA_MODULE,
                        tokens(7),
                        20,
                        64); // past its horizon: the vault no longer lists it

        StakePosition position = view.position(STAKER, "BTN");

        assertThat(position.atBlock()).isEqualTo(100);
        assertThat(position.balances())
                .isEqualTo(
                        new StakeBalances(
                                Amount.of(tokens(400)),
                                Amount.of(tokens(100)),
                                Amount.of(tokens(50)),
                                164));
        assertThat(position.locks()).hasSize(2);
        StakeLock bond = position.locks().get(0);
        assertThat(bond.module()).isEqualTo(StakeModule.of(AUCTION, 7, Mechanism.SLOT_AUCTION));
        assertThat(bond.module().label()).isEqualTo("slot-auction #7");
        assertThat(bond.amount()).isEqualTo(Amount.of(tokens(100)));
        assertThat(bond.until()).isEqualTo(140);
        assertThat(bond.live()).isTrue();
        assertThat(bond.freesIn()).isEqualTo(40);
        assertThat(bond.slashableUntil()).isEqualTo(140);
        assertThat(bond.slashableFor()).isEqualTo(40);

        StakeLock tail = position.locks().get(1);
        assertThat(tail.module()).isEqualTo(StakeModule.unresolved(EOA_MODULE));
        assertThat(tail.module().label()).isEqualTo("unregistered");
        assertThat(tail.live()).isFalse();
        assertThat(tail.freesIn()).isZero();
        assertThat(tail.slashable()).isTrue();
        assertThat(tail.slashableFor()).isEqualTo(54);

        assertThat(position.lockedTotal()).isEqualTo(position.balances().locked());
        assertThat(position.slashableTotal()).isEqualTo(Amount.of(tokens(130)));
        assertThat(position.slashableByModule())
                .isEqualTo(
                        Map.of(AUCTION, Amount.of(tokens(100)), EOA_MODULE, Amount.of(tokens(30))));
        assertThat(position.locksOf(EOA_MODULE)).containsExactly(tail);
    }

    @Test
    void aModuleClaimingARollupWhoseRecordNamesAnotherModuleStaysUnresolved() {
        chain.deposit(STAKER, TOKEN, tokens(10)).lock(STAKER, TOKEN, IMPOSTOR, tokens(10), 200, 64);

        StakeLock lock = view.position(STAKER, TOKEN).locks().getFirst();

        assertThat(lock.module()).isEqualTo(StakeModule.unresolved(IMPOSTOR));
    }

    @Test
    void withoutARegistryEveryModuleIsUnresolvedAndNothingElseIsAsked() {
        chain.deposit(STAKER, TOKEN, tokens(10)).lock(STAKER, TOKEN, AUCTION, tokens(10), 200, 0);
        StakeView noRegistry = new StakeView(chain, VAULT, null, symbol -> TOKEN);

        StakePosition position = noRegistry.position(STAKER, TOKEN);

        assertThat(position.locks().getFirst().module()).isEqualTo(StakeModule.unresolved(AUCTION));
        assertThat(chain.callBlocks).hasSize(2);
    }

    @Test
    void balancesLocksAndModulesAreReadAtOneBlock() {
        chain.deposit(STAKER, TOKEN, tokens(100)).lock(STAKER, TOKEN, AUCTION, tokens(60), 101, 0);

        StakePosition position = view.position(STAKER, TOKEN);

        assertThat(chain.callBlocks).hasSize(4).containsOnly(100L);
        assertThat(position.locks().getFirst().freesIn()).isEqualTo(1);
        chain.head = 101;
        StakePosition next = view.position(STAKER, TOKEN);
        assertThat(next.locks()).isEmpty();
        assertThat(next.balances().free()).isEqualTo(Amount.of(tokens(100)));
    }

    @Test
    void lockedForSeparatesLiveFromStillSlashable() {
        chain.deposit(STAKER, TOKEN, tokens(100))
                .lock(STAKER, TOKEN, AUCTION, tokens(60), 150, 0)
                .lock(STAKER, TOKEN, EOA_MODULE, tokens(5), 150, 64)
                .lock(STAKER, TOKEN, EOA_MODULE, tokens(3), 99, 64);

        assertThat(view.lockedFor(STAKER, TOKEN, EOA_MODULE))
                .isEqualTo(new ModuleStake(Amount.of(tokens(5)), Amount.of(tokens(8))));
        assertThat(view.lockedFor(STAKER, TOKEN, AUCTION))
                .isEqualTo(new ModuleStake(Amount.of(tokens(60)), Amount.of(tokens(60))));
        assertThat(view.lockedFor(STAKER, TOKEN, IMPOSTOR))
                .isEqualTo(new ModuleStake(Amount.ZERO, Amount.ZERO));
    }

    @Test
    void balancesDelayAndAllowlistDecodeThroughTheWrapper() {
        chain.deposit(STAKER, TOKEN, tokens(3)).pending(STAKER, TOKEN, tokens(2), 170);

        assertThat(view.balances(STAKER, TOKEN))
                .isEqualTo(
                        new StakeBalances(
                                Amount.of(tokens(3)), Amount.ZERO, Amount.of(tokens(2)), 170));
        assertThat(view.withdrawalDelay()).isEqualTo(64);
        assertThat(view.isTokenAllowed(TOKEN)).isTrue();
        assertThat(view.position(addr(0x1234), TOKEN).locks()).isEmpty();
    }

    @Test
    void aTruncatedLocksResultFailsNamingTheCall() {
        chain.locksOfOverride = "0x" + word(32) + word(2) + word(1);

        assertThatThrownBy(() -> view.position(STAKER, TOKEN))
                .isInstanceOf(AbiDecodingException.class)
                .hasMessageContaining("StakeVault.locksOf");
    }

    @Test
    void lockRecordsRefuseInconsistentValues() {
        assertThatThrownBy(
                        () -> new StakeLock(StakeModule.unresolved(AUCTION), Amount.ZERO, 10, 9, 1))
                .hasMessageContaining("slashableUntil 9");
        assertThatThrownBy(
                        () ->
                                new StakeModule(
                                        AUCTION,
                                        java.util.OptionalLong.of(1),
                                        java.util.Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(
                        new StakePosition(
                                        STAKER,
                                        TOKEN,
                                        1,
                                        new StakeBalances(Amount.ZERO, Amount.ZERO, Amount.ZERO, 0),
                                        List.of())
                                .slashableTotal())
                .isEqualTo(Amount.ZERO);
    }

    private static String registryVector(String name) {
        try (InputStream in = StakeViewTest.class.getResourceAsStream("/registry/vectors.json")) {
            return Json.MAPPER
                    .readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .get(name)
                    .stringValue();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.baton.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.baton.client.Baton;
import dev.baton.client.ModuleStake;
import dev.baton.client.StakeLock;
import dev.baton.client.StakeModule;
import dev.baton.client.StakePosition;
import dev.baton.client.StakeView;
import dev.baton.client.market.Proposal;
import dev.baton.client.registry.Registration;
import dev.baton.devnet.Devnet;
import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.ExampleRequests;
import dev.baton.devnet.junit.BatonDevnet;
import dev.baton.errors.StakeVaultInsufficientFreeException;
import dev.baton.errors.StakeVaultNotModuleException;
import dev.baton.errors.StakeVaultWithdrawalNotReadyException;
import dev.baton.internal.abi.Wrappers;
import dev.baton.internal.contracts.StakeVault;
import dev.baton.market.Assignment;
import dev.baton.market.BlockReveal;
import dev.baton.market.Bytes32;
import dev.baton.market.SignedVote;
import dev.baton.market.Transcript;
import dev.baton.market.TreePosition;
import dev.baton.model.DeploymentManifest;
import dev.baton.model.request.Mechanism;
import dev.baton.model.request.RequestValidationException;
import dev.baton.signer.DevAccount;
import dev.baton.signer.DevKeySigner;
import dev.baton.tx.TxRequest;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import dev.baton.types.ChainId;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 12's exploit 1 end to end on the devnet, through the Java clients: a staker registers its
 * own hostile block market B (100 % bad-vote bounty, the shortest escrow the market accepts), bonds
 * in the honest market A, requests a withdrawal, escrows in B a transcript with a bad vote and has
 * a second address challenge it. The 100 % bounty is paid out of B's own lock only: A's bond and
 * the pending withdrawal (amount and delay) are untouched, read back through {@link StakeView}, and
 * every further attempt to take stake fails with the vault's typed error.
 */
@BatonDevnet(kind = DevnetKind.PROCESS)
class HostileMarketIsolationIT {
    private static final BigInteger E18 = BigInteger.TEN.pow(18);

    private static Amount tokens(long n) {
        return Amount.of(E18.multiply(BigInteger.valueOf(n)));
    }

    @Test
    void aHostileMarketsSlashReachesOnlyItsOwnLockNeverAnotherMarketsBondOrAPendingWithdrawal(
            Devnet devnet, DeploymentManifest manifest, @TempDir Path dir) throws Exception {
        DevAccount governor = devnet.account(0);
        DevAccount staker = devnet.account(6);
        DevAccount accomplice = devnet.account(7);
        DevKeySigner unbonded =
                DevKeySigner.of(String.format("0x%064x", 0xBAD5EED), ChainId.of(devnet.chainId()));
        try (Baton gov = Baton.connect(manifest, governor.signer(devnet.chainId()));
                Baton attacker = Baton.connect(manifest, staker.signer(devnet.chainId()));
                Baton second = Baton.connect(manifest, accomplice.signer(devnet.chainId()));
                Baton voter = Baton.connect(manifest, unbonded)) {
            Address btn = attacker.token("BTN");
            Registration honest = gov.registry().register(request(dir, "honest.json", s -> {}));

            // Below the shortest escrow (proposal + proof window at 12 s per block = 2 blocks) the
            // client refuses the request before sending it, naming the field (the contract's own
            // refusal, BlockMarketHorizonTooShort, is
            // test_horizonsShorterThanTheWindowsRejectedByName in the Solidity suite).
            long noncesBefore =
                    attacker.transactor().node().transactionCount(staker.address(), true);
            RequestValidationException tooShort =
                    catchThrowableOfType(
                            RequestValidationException.class,
                            () ->
                                    attacker.registry()
                                            .register(request(dir, "too-short.json", hostile(1))));
            assertThat(tooShort).as("escrow below the windows is refused").isNotNull();
            assertThat(tooShort.getMessage()).contains("escrow_lock_blocks");
            assertThat(attacker.transactor().node().transactionCount(staker.address(), true))
                    .isEqualTo(noncesBefore);
            Registration hostile =
                    attacker.registry().register(request(dir, "hostile.json", hostile(2)));
            assertThat(hostile.owner()).isEqualTo(staker.address());

            // The staker's whole stake ends up bonded in A (50), pending withdrawal (40) or
            // escrowed in B (10).
            attacker.stake().deposit(btn, tokens(100));
            attacker.prover(honest.module()).bond(devnet.control().blockNumber() + 100_000);
            attacker.stake().requestWithdrawal(btn, tokens(40));
            Transcript bad = badTranscript(voter, unbonded, hostile.module(), staker.address());
            attacker.proposer(hostile.module()).commit(bad, Proposal.of(tokens(10), 2500));

            StakeView view = attacker.stakeView();
            StakePosition before = view.position(staker.address(), btn);
            assertThat(before.balances().free()).isEqualTo(Amount.ZERO);
            assertThat(before.locks())
                    .extracting(l -> l.module().address())
                    .containsExactlyInAnyOrder(honest.module(), hostile.module());
            StakeLock bondA = before.locksOf(honest.module()).getFirst();
            assertThat(bondA.module())
                    .isEqualTo(
                            StakeModule.of(
                                    honest.module(), honest.rollupId(), Mechanism.BLOCK_MARKET));
            assertThat(bondA.amount()).isEqualTo(tokens(50));
            assertThat(bondA.live()).isTrue();
            StakeLock escrowB = before.locksOf(hostile.module()).getFirst();
            assertThat(escrowB.module().label()).isEqualTo("block-market #" + hostile.rollupId());
            assertThat(escrowB.amount()).isEqualTo(tokens(10));
            assertThat(escrowB.freesIn())
                    .isBetween(3L, 4L); // aligned to the 2-block period: 2 + 1 to 2 * 2 blocks

            // Exploit 1: the accomplice challenges the bad vote and B pays it 100 % of ... B's own
            // escrow only.
            Amount walletBefore = second.tokens().balanceOf(btn, accomplice.address());
            second.marketOperator(hostile.module()).challengeVote(bad, 0);
            assertThat(second.tokens().balanceOf(btn, accomplice.address()))
                    .isEqualTo(walletBefore.plus(tokens(10)));

            StakePosition after = view.position(staker.address(), btn);
            assertThat(view.lockedFor(staker.address(), btn, honest.module()))
                    .as("A's bond")
                    .isEqualTo(new ModuleStake(tokens(50), tokens(50)));
            assertThat(view.lockedFor(staker.address(), btn, hostile.module()))
                    .as("B has nothing left to slash")
                    .isEqualTo(new ModuleStake(Amount.ZERO, Amount.ZERO));
            assertThat(after.balances().pending())
                    .as("pending")
                    .isEqualTo(before.balances().pending());
            assertThat(after.balances().withdrawableAt())
                    .as("withdrawal delay")
                    .isEqualTo(before.balances().withdrawableAt());
            assertThat(after.balances().locked()).isEqualTo(tokens(50));
            assertThat(after.balances().free()).isEqualTo(Amount.ZERO);
            assertThat(after.locks())
                    .extracting(l -> l.module().address())
                    .containsExactly(honest.module());
            assertThat(after.locksOf(honest.module()).getFirst().until()).isEqualTo(bondA.until());

            // Taking more fails typed, before anything is sent: a new escrow in B (nothing is free)
            // ...
            long nonce = attacker.transactor().node().transactionCount(staker.address(), true);
            Transcript again = badTranscript(voter, unbonded, hostile.module(), staker.address());
            StakeVaultInsufficientFreeException noFree =
                    catchThrowableOfType(
                            StakeVaultInsufficientFreeException.class,
                            () ->
                                    attacker.proposer(hostile.module())
                                            .commit(again, Proposal.of(tokens(1), 2500)));
            assertThat(noFree).isNotNull();
            assertThat(noFree.staker()).isEqualTo(staker.address());
            assertThat(noFree.token()).isEqualTo(btn);
            assertThat(noFree.requested()).isEqualTo(tokens(1).value());
            assertThat(noFree.free()).isZero();
            // ... the vault's slash called by anyone but an authorised module ...
            String slash =
                    Wrappers.codec(StakeVault::load)
                            .slash(
                                    staker.address().lowerHex(),
                                    btn.lowerHex(),
                                    tokens(50).value(),
                                    BigInteger.ZERO,
                                    accomplice.address().lowerHex(),
                                    BigInteger.ONE)
                            .encodeFunctionCall();
            StakeVaultNotModuleException notModule =
                    catchThrowableOfType(
                            StakeVaultNotModuleException.class,
                            () -> second.transactor().send(TxRequest.call(view.vault(), slash)));
            assertThat(notModule).isNotNull();
            assertThat(notModule.caller()).isEqualTo(accomplice.address());
            // ... and the pending withdrawal still waits for its delay.
            assertThatThrownBy(() -> attacker.stake().withdraw(btn))
                    .isInstanceOf(StakeVaultWithdrawalNotReadyException.class);
            assertThat(attacker.transactor().node().transactionCount(staker.address(), true))
                    .as("nonce")
                    .isEqualTo(nonce);
            assertThat(attacker.stake().position(staker.address(), btn).balances())
                    .isEqualTo(after.balances());
        }
    }

    /**
     * B's hostile selection: 100 % bad-vote bounty, 12-second windows and an escrow of {@code
     * escrowBlocks}.
     */
    private static Consumer<ObjectNode> hostile(long escrowBlocks) {
        return s -> {
            s.put("bad_vote_bounty_bps", "10000");
            s.put("proposal_window", "12");
            s.put("proof_window", "12");
            s.put("dispute_window", "12");
            s.put("escrow_lock_blocks", Long.toString(escrowBlocks));
            s.put("bond_horizon_blocks", "3");
        };
    }

    /**
     * A transcript of one leaf whose vote is signed by a prover with no bond in {@code market}: a
     * bad vote.
     */
    private static Transcript badTranscript(
            Baton voter, DevKeySigner signer, Address market, Address proposer) {
        BlockReveal reveal = BlockReveal.withFreshSecret(Bytes32.random());
        SignedVote vote =
                voter.prover(market)
                        .vote(
                                1,
                                proposer,
                                reveal.commitment(),
                                2500,
                                List.of(TreePosition.of(0, 0)))
                        .getFirst();
        return new Transcript(
                1,
                proposer,
                reveal.commitment(),
                2500,
                0,
                List.of(new Assignment(signer.address(), TreePosition.of(0, 0), vote.signature())));
    }

    private static Path request(Path dir, String name, Consumer<ObjectNode> selection)
            throws Exception {
        return request(dir, name, selection, "BTN");
    }

    /**
     * The shipped block-market example with its selection edited and its one stake token {@code
     * symbol}.
     */
    private static Path request(
            Path dir, String name, Consumer<ObjectNode> selection, String symbol) throws Exception {
        return ExampleRequests.blockMarket(dir, name, selection, symbol);
    }
}

package dev.baton.client.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.client.Baton;
import dev.baton.client.BatonOptions;
import dev.baton.errors.BlockMarketProofNotBetterException;
import dev.baton.errors.BlockMarketVoteInvalidException;
import dev.baton.errors.BlockMarketVoteValidException;
import dev.baton.fixtures.HardhatNode;
import dev.baton.fixtures.SuiteDeployer;
import dev.baton.internal.abi.Wrappers;
import dev.baton.internal.contracts.BlockMarket;
import dev.baton.market.Assignment;
import dev.baton.market.BlockReveal;
import dev.baton.market.Bytes32;
import dev.baton.market.Payouts;
import dev.baton.market.SignedAttestation;
import dev.baton.market.SignedVote;
import dev.baton.market.Transcript;
import dev.baton.market.TreePosition;
import dev.baton.model.DeploymentManifest;
import dev.baton.model.request.BlockMarketParams;
import dev.baton.signer.DevAccounts;
import dev.baton.signer.DevKeySigner;
import dev.baton.signer.Signer;
import dev.baton.tx.CallRequest;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import dev.baton.types.ChainId;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The block market end to end on a real Hardhat node: three proposers compete for height 1 with
 * different prover sets and burns among 16 bonded provers. A (8 provers, burn 10) and B (4 provers,
 * burn 15) are revealed and proven; C (2 provers, burn 100) has the best score but is never
 * revealed, so it cannot win. A wins, B is paid as an uncle. In A, prover 6 withholds its part and
 * is slashed; prover 7's part is dropped by A's proposer, and it disputes and keeps its stake.
 * Every token balance is checked to the wei. Votes are checked against the market by challenging
 * each one (refused as valid), attestations by the verifier's contribution count. Run once on each
 * node kind (Hardhat and anvil).
 */
@ParameterizedClass
@EnumSource(HardhatNode.Kind.class)
class BlockMarketIT {
    private static final BigInteger E18 = BigInteger.TEN.pow(18);
    private static final Amount STAKE = tokens(100);
    private static final BigInteger MIN_PROVER_STAKE = E18.multiply(BigInteger.valueOf(50));
    private static final BigInteger BLOCK_REWARD = E18.multiply(BigInteger.valueOf(100));
    private static final BigInteger UNCLE_REWARD = E18.multiply(BigInteger.TEN);
    private static final int PROVER_BPS = 2500;
    private static final int SLASH_BPS = 1000;

    /** The node kind of this run (also handed to {@link #deploy}). */
    @Parameter HardhatNode.Kind kind;

    private static HardhatNode node;
    private static DeploymentManifest manifest;
    private static MarketDeployer.Deployed market;
    private static final List<Signer> accounts = new ArrayList<>();

    private static Amount tokens(long n) {
        return Amount.of(E18.multiply(BigInteger.valueOf(n)));
    }

    @BeforeParameterizedClassInvocation
    static void deploy(HardhatNode.Kind kind) {
        accounts.clear();
        node = HardhatNode.start(kind);
        manifest = SuiteDeployer.deploy(node.url());
        List<BigInteger> params =
                List.of(60, 120, 300, 200, 300, 0, 64, 0, 2, SLASH_BPS, 5000).stream()
                        .map(BigInteger::valueOf)
                        .collect(Collectors.toCollection(ArrayList::new));
        params.add(E18);
        params.add(BigInteger.ZERO);
        params.add(BLOCK_REWARD);
        params.add(UNCLE_REWARD);
        market = MarketDeployer.deploy(node.url(), manifest, MIN_PROVER_STAKE, params);
        accounts.add(DevAccounts.signer(0));
        for (int i = 1; i < 20; i++) {
            DevKeySigner signer =
                    DevKeySigner.of(String.format("0x%064x", 0xBA7000 + i), ChainId.DEVNET);
            node.rpc("hardhat_setBalance", signer.address().lowerHex(), "0x56bc75e2d63100000");
            accounts.add(signer);
        }
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    private static Baton connect(int account) {
        return Baton.connect(
                manifest, accounts.get(account), BatonOptions.defaults().withRpcUrl(node.url()));
    }

    private static void advance(long seconds) {
        node.rpc("evm_increaseTime", seconds);
        node.rpc("evm_mine");
    }

    @Test
    void theClientsAssignmentCapIsTheDeployedMarketsCap() {
        try (Baton baton = connect(0)) {
            var call = Wrappers.codec(BlockMarket::load).MAX_ASSIGNMENTS();
            String result =
                    baton.transactor()
                            .node()
                            .call(
                                    new CallRequest(
                                            null,
                                            market.market(),
                                            call.encodeFunctionCall(),
                                            null));
            int cap = Wrappers.uint("BlockMarket.MAX_ASSIGNMENTS", call, result).intValueExact();
            assertThat(cap)
                    .isEqualTo(BlockMarketParams.MAX_ASSIGNMENTS)
                    .isEqualTo(Transcript.MAX_ASSIGNMENTS);
        }
    }

    @Test
    void threeProposersCompeteTheBestProvenWinsAWithholderIsSlashedADroppedProverDisputes() {
        // Accounts: 0 operator (funds rewards), 1..3 proposers A, B, C, 4..19 provers p0..p15.
        try (Baton operatorBaton = connect(0)) {
            Address token = operatorBaton.token("BTN");
            for (int i = 1; i < 20; i++) {
                operatorBaton.tokens().mint(token, accounts.get(i).address(), STAKE);
            }
            operatorBaton.tokens().mint(token, accounts.get(0).address(), tokens(1000));
            MarketOperatorClient operator = operatorBaton.marketOperator(market.market());
            operator.fundRewards(tokens(1000));

            List<Baton> batons = IntStream.range(0, 20).mapToObj(BlockMarketIT::connect).toList();
            List<ProverClient> provers =
                    IntStream.range(4, 20)
                            .mapToObj(i -> batons.get(i).prover(market.market()))
                            .toList();
            long until = operatorBaton.transactor().node().blockNumber() + 1000;
            provers.forEach(p -> p.stake(STAKE, until));
            List<ProposerClient> proposers =
                    IntStream.range(1, 4)
                            .mapToObj(i -> batons.get(i).proposer(market.market()))
                            .toList();
            proposers.forEach(p -> p.deposit(STAKE));

            // A: provers 0..7 on the 8 leaves; B: provers 8..11 on depth-2 nodes; C: provers 12, 13
            // on the halves.
            BlockReveal revealA = BlockReveal.withFreshSecret(Bytes32.of("0x" + "a1".repeat(32)));
            BlockReveal revealB = BlockReveal.withFreshSecret(Bytes32.of("0x" + "b2".repeat(32)));
            BlockReveal revealC = BlockReveal.withFreshSecret(Bytes32.of("0x" + "c3".repeat(32)));
            Transcript a = transcript(proposers.get(0), revealA, provers, 0, 3);
            Transcript b = transcript(proposers.get(1), revealB, provers, 8, 2);
            Transcript c = transcript(proposers.get(2), revealC, provers, 12, 1);
            assertThat(List.of(a.distinctProvers(), b.distinctProvers(), c.distinctProvers()))
                    .containsExactly(8, 4, 2);
            proposers.get(0).commit(a, Proposal.of(tokens(10), PROVER_BPS));
            proposers.get(1).commit(b, Proposal.of(tokens(15), PROVER_BPS));
            proposers.get(2).commit(c, Proposal.of(tokens(100), PROVER_BPS));

            // The market recovers every vote to its bonded prover: challenging any of them is
            // refused as valid.
            for (Transcript t : List.of(a, b, c)) {
                for (int position = 0; position < t.assignments().size(); position++) {
                    int p = position;
                    assertThatThrownBy(() -> operator.challengeVote(t, p))
                            .isInstanceOf(BlockMarketVoteValidException.class);
                }
            }

            List<RankingRow> beforeProofs = operator.ranking(1, manifest.deployedAtBlock());
            assertThat(beforeProofs)
                    .extracting(RankingRow::blockCommitment)
                    .containsExactly(c.blockCommitment(), a.blockCommitment(), b.blockCommitment());
            assertThat(beforeProofs.get(0).score())
                    .isEqualTo(BigInteger.valueOf(8).multiply(tokens(100).value().pow(2)));

            advance(60);
            proposers.get(0).reveal(1, revealA);
            proposers.get(1).reveal(1, revealB);

            // Provers attest their parts; prover 6 withholds; A's proposer drops prover 7's part.
            List<SignedAttestation> partsA = new ArrayList<>();
            SignedAttestation droppedPart = null;
            byte[] droppedBytes = Bytes32.random().bytes();
            for (int i = 0; i < 8; i++) {
                if (i == 6) {
                    continue;
                }
                SignedAttestation part =
                        i == 7
                                ? provers.get(i)
                                        .attest(
                                                1,
                                                revealA.txOrderRoot(),
                                                TreePosition.of(3, i),
                                                droppedBytes)
                                : provers.get(i)
                                        .attest(
                                                1,
                                                revealA.txOrderRoot(),
                                                TreePosition.of(3, i),
                                                Bytes32.random());
                if (i == 7) {
                    droppedPart = part;
                } else {
                    partsA.add(part);
                }
            }
            List<SignedAttestation> partsB = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                partsB.add(
                        provers.get(8 + i)
                                .attest(
                                        1,
                                        revealB.txOrderRoot(),
                                        TreePosition.of(2, i),
                                        Bytes32.random()));
            }
            Function<TreePosition, Bytes32> ownPart = p -> Bytes32.random();
            // A stranger with no stake (the operator) proves A first with its own attestations:
            // every part is its own, nothing is contributed. The proposer's real proof replaces it;
            // the stranger's again is refused.
            ProposerClient stranger = operatorBaton.proposer(market.market());
            List<SignedAttestation> strangerProof =
                    stranger.assembleProof(a, revealA.txOrderRoot(), List.of(), ownPart);
            stranger.submitProof(a, strangerProof);
            assertThat(
                            operator.view()
                                    .transcript(1, a.proposer(), a.blockCommitment())
                                    .contributedPositions())
                    .isZero();
            proposers
                    .get(0)
                    .submitProof(
                            a,
                            proposers
                                    .get(0)
                                    .assembleProof(a, revealA.txOrderRoot(), partsA, ownPart));
            assertThat(
                            operator.view()
                                    .transcript(1, a.proposer(), a.blockCommitment())
                                    .contributedPositions())
                    .isEqualTo(6);
            assertThatThrownBy(() -> stranger.submitProof(a, strangerProof))
                    .isInstanceOf(BlockMarketProofNotBetterException.class);
            proposers
                    .get(1)
                    .submitProof(
                            b,
                            proposers
                                    .get(1)
                                    .assembleProof(b, revealB.txOrderRoot(), partsB, ownPart));

            advance(120);
            operator.finalise(1);
            MarketView view = operator.view();
            assertThat(view.headHeight()).isEqualTo(1);
            TranscriptState won = view.transcript(1, a.proposer(), a.blockCommitment());
            TranscriptState uncle = view.transcript(1, b.proposer(), b.blockCommitment());
            assertThat(won.status()).isEqualTo(TranscriptStatus.WON);
            assertThat(uncle.status()).isEqualTo(TranscriptStatus.UNCLE);
            assertThat(view.transcript(1, c.proposer(), c.blockCommitment()).status())
                    .isEqualTo(TranscriptStatus.COMMITTED);
            assertThat(won.contributingProvers()).isEqualTo(6);

            List<RankingRow> ranking = operator.ranking(1, manifest.deployedAtBlock());
            assertThat(ranking)
                    .extracting(RankingRow::status)
                    .containsExactly(
                            TranscriptStatus.COMMITTED,
                            TranscriptStatus.WON,
                            TranscriptStatus.UNCLE);
            assertThat(ranking).extracting(RankingRow::proven).containsExactly(false, true, true);

            // Prover 7 disputes within the window; afterwards prover 6 is slashed.
            provers.get(7).dispute(a, 7, droppedPart, droppedBytes);
            for (int i = 0; i < 6; i++) {
                operator.claimProverReward(a, i);
            }
            for (int i = 0; i < 4; i++) {
                operator.claimProverReward(b, i);
            }
            advance(300);
            operator.slashWithheld(a, 6);
            assertThat(view.position(1, a.proposer(), a.blockCommitment(), 6))
                    .isEqualTo(new PositionState(false, true));
            assertThat(view.position(1, a.proposer(), a.blockCommitment(), 7))
                    .isEqualTo(new PositionState(false, true));
            assertThat(view.position(1, a.proposer(), a.blockCommitment(), 0))
                    .isEqualTo(new PositionState(true, true));

            // Expected payouts, with the contract's integer arithmetic.
            BigInteger reward = Payouts.winnerReward(BLOCK_REWARD, 6, 8, tokens(1000).value());
            BigInteger pot = Payouts.proverPot(reward, PROVER_BPS);
            BigInteger leafShare = Payouts.proverShare(pot, 3, TreePosition.of(3, 0), 6);
            BigInteger uncleShare = Payouts.proverShare(UNCLE_REWARD, 2, TreePosition.of(2, 0), 4);
            BigInteger slash = Payouts.slash(MIN_PROVER_STAKE, SLASH_BPS);
            assertThat(reward).isEqualTo(tokens(75).value());
            assertThat(view.claimable(accounts.get(1).address()))
                    .isEqualTo(Amount.of(reward.subtract(pot)));

            Map<Integer, BigInteger> claimed = new HashMap<>();
            claimed.put(1, batons.get(1).proposer(market.market()).claim().value());
            for (int i = 4; i < 20; i++) {
                claimed.put(i, batons.get(i).prover(market.market()).claim().value());
            }

            node.rpc("hardhat_mine", "0x400");
            for (int i = 0; i < 16; i++) {
                BigInteger expectedClaim =
                        i < 6 ? leafShare : (i >= 8 && i < 12 ? uncleShare : BigInteger.ZERO);
                assertThat(claimed.get(4 + i)).as("prover %d claimed", i).isEqualTo(expectedClaim);
                Amount wallet =
                        operatorBaton.tokens().balanceOf(token, accounts.get(4 + i).address());
                assertThat(wallet.value()).as("prover %d wallet", i).isEqualTo(expectedClaim);
                var stake =
                        operatorBaton.stakeView().balances(accounts.get(4 + i).address(), token);
                BigInteger expectedStake = i == 6 ? STAKE.value().subtract(slash) : STAKE.value();
                assertThat(stake.free().value().add(stake.locked().value()))
                        .as("prover %d stake", i)
                        .isEqualTo(expectedStake);
            }
            assertThat(claimed.get(1)).isEqualTo(reward.subtract(pot));
            for (int i = 1; i < 4; i++) {
                var stake = operatorBaton.stakeView().balances(accounts.get(i).address(), token);
                BigInteger expected =
                        i == 1 ? STAKE.value().subtract(tokens(10).value()) : STAKE.value();
                assertThat(stake.free().value())
                        .as("proposer %d escrow back or burned", i)
                        .isEqualTo(expected);
                assertThat(stake.locked().value()).isZero();
            }
            assertThat(operatorBaton.tokens().balanceOf(token, accounts.get(1).address()).value())
                    .isEqualTo(reward.subtract(pot));
            // The pool paid R' and U; the market still holds the pool's rest plus the prover pot's
            // rounding dust.
            assertThat(view.rewardsAvailable().value())
                    .isEqualTo(tokens(1000).value().subtract(reward).subtract(UNCLE_REWARD));
            BigInteger dust = pot.subtract(leafShare.multiply(BigInteger.valueOf(6)));
            assertThat(operatorBaton.tokens().balanceOf(token, market.market()).value())
                    .isEqualTo(view.rewardsAvailable().value().add(dust));
            forgedVoteIsNeverSlashed(
                    operator, proposers.get(1), provers, batons, token, operatorBaton);
            batons.forEach(Baton::close);
        }
    }

    /**
     * Height 2: B's proposer lists prover 11 with a signature made by prover 12 (a forged vote),
     * leaves its part out, and wins unchallenged. Slashing prover 11 is refused with the vote
     * re-checked, and its stake does not move.
     */
    private static void forgedVoteIsNeverSlashed(
            MarketOperatorClient operator,
            ProposerClient proposer,
            List<ProverClient> provers,
            List<Baton> batons,
            Address token,
            Baton operatorBaton) {
        operator.finalise(
                2); // nothing was committed in height 2's window: it restarts at the next commit
        BlockReveal reveal = BlockReveal.withFreshSecret(Bytes32.of("0x" + "d4".repeat(32)));
        Transcript honest = transcript(proposer, reveal, provers, 8, 2, 2);
        TreePosition victimNode = TreePosition.of(2, 3);
        SignedVote forgedBy12 =
                provers.get(12)
                        .vote(
                                2,
                                proposer.address(),
                                reveal.commitment(),
                                PROVER_BPS,
                                List.of(victimNode))
                        .get(0);
        List<Assignment> assignments = new ArrayList<>(honest.assignments());
        Address victim = assignments.get(3).prover();
        assignments.set(3, new Assignment(victim, victimNode, forgedBy12.signature()));
        Transcript forged =
                new Transcript(
                        2, honest.proposer(), honest.blockCommitment(), PROVER_BPS, 2, assignments);
        proposer.commit(forged, Proposal.of(tokens(15), PROVER_BPS));
        advance(60);
        proposer.reveal(2, reveal);
        List<SignedAttestation> parts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            parts.add(
                    provers.get(8 + i)
                            .attest(
                                    2,
                                    reveal.txOrderRoot(),
                                    TreePosition.of(2, i),
                                    Bytes32.random()));
        }
        proposer.submitProof(
                forged,
                proposer.assembleProof(forged, reveal.txOrderRoot(), parts, p -> Bytes32.random()));
        advance(120);
        operator.finalise(2);
        assertThat(
                        operator.view()
                                .transcript(2, forged.proposer(), forged.blockCommitment())
                                .status())
                .isEqualTo(TranscriptStatus.WON);
        advance(300);
        var before = operatorBaton.stakeView().balances(victim, token);
        assertThatThrownBy(() -> operator.slashWithheld(forged, 3))
                .isInstanceOf(BlockMarketVoteInvalidException.class);
        var after = operatorBaton.stakeView().balances(victim, token);
        assertThat(after.free().value().add(after.locked().value()))
                .isEqualTo(before.free().value().add(before.locked().value()));
    }

    /**
     * Provers {@code first..} vote for every node at {@code depth}; the proposer builds its
     * transcript from them.
     */
    private static Transcript transcript(
            ProposerClient proposer,
            BlockReveal reveal,
            List<ProverClient> provers,
            int first,
            int depth) {
        return transcript(proposer, reveal, provers, first, depth, 1);
    }

    private static Transcript transcript(
            ProposerClient proposer,
            BlockReveal reveal,
            List<ProverClient> provers,
            int first,
            int depth,
            long height) {
        List<SignedVote> votes = new ArrayList<>();
        for (int i = 0; i < (1 << depth); i++) {
            votes.addAll(
                    provers.get(first + i)
                            .vote(
                                    height,
                                    proposer.address(),
                                    reveal.commitment(),
                                    PROVER_BPS,
                                    List.of(TreePosition.of(depth, i))));
        }
        return proposer.transcriptBuilder(height, reveal, PROVER_BPS, depth)
                .offerAll(votes)
                .build()
                .orElseThrow();
    }
}

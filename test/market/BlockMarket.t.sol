// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {MarketTestBase} from "../utils/MarketTestBase.sol";
import {BlockMarket} from "../../contracts/market/BlockMarket.sol";
import {BlockMarketProofs} from "../../contracts/market/BlockMarketProofs.sol";
import {IBlockMarket} from "../../contracts/market/IBlockMarket.sol";
import {IRollupModule} from "../../contracts/interfaces/IRollupModule.sol";
import {TranscriptLib} from "../../contracts/libraries/TranscriptLib.sol";

/// @notice Unit tests: every entry point and every custom error of the BlockMarket.
contract BlockMarketTest is MarketTestBase {
    function setUp() public override {
        super.setUp();
        _bondProvers(market, 8);
    }

    // ------------------------------------------------------------------ initialisation and governance

    function test_initialiseStoresConfiguration() public view {
        (address v, address t, address g, uint256 minStake) = market.config();
        assertEq(v, address(vault));
        assertEq(t, address(token));
        assertEq(g, governance);
        assertEq(minStake, MIN_PROVER_STAKE);
        assertEq(market.rollupId(), 7);
        assertEq(market.mechanism(), keccak256("baton.block-market"));
        assertEq(market.burnPrice(), 0.5 ether);
        assertEq(market.params().blockReward, 100 ether);
        assertEq(market.proofs(), address(proofsModule));
    }

    function test_initialiseTwiceFails() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        market.initialize(_init(), abi.encode(_defaultParams()));
    }

    function test_implementationCannotBeInitialised() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        implementation.initialize(_init(), abi.encode(_defaultParams()));
    }

    function test_implementationNeedsProofModule() public {
        vm.expectRevert(IBlockMarket.BlockMarketZeroAddress.selector);
        new BlockMarket(address(0));
    }

    function test_initialiseRejectsZeroVault() public {
        BlockMarket m = BlockMarket(Clones.clone(address(implementation)));
        IRollupModule.ModuleInit memory init = _init();
        init.vault = address(0);
        vm.expectRevert(IBlockMarket.BlockMarketZeroAddress.selector);
        m.initialize(init, abi.encode(_defaultParams()));
    }

    function test_initialiseRejectsEachBadParam() public {
        for (uint8 which; which <= 12; ++which) {
            IBlockMarket.Params memory p = _defaultParams();
            if (which == 0) p.verifier = address(0);
            if (which == 1) p.proposalWindow = 0;
            if (which == 2) p.proofWindow = 1 days + 1;
            if (which == 3) p.disputeWindow = 0;
            if (which == 4) p.escrowLockBlocks = 0;
            if (which == 5) p.bondHorizonBlocks = 0;
            if (which == 6) p.maxAssignments = 2049;
            if (which == 7) p.targetProvers = 5000;
            if (which == 8) p.maxUncles = 9;
            if (which == 9) p.slashRateBps = 0;
            if (which == 10) p.badVoteBountyBps = 10_001;
            if (which == 11) p.minBurnBid = 0;
            if (which == 12) p.minBurnPerMissingProver = 0;
            BlockMarket m = BlockMarket(Clones.clone(address(implementation)));
            vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketBadParam.selector, which));
            m.initialize(_init(), abi.encode(p));
        }
    }

    function test_governancePausesAndUnpauses() public {
        vm.expectEmit(true, true, true, true, address(market));
        emit IRollupModule.ModulePaused(governance);
        vm.prank(governance);
        market.setPaused(true);
        assertTrue(market.paused());
        Block memory b = _newBlock(market, 1, "a", _range(4));
        vm.expectRevert(IBlockMarket.BlockMarketPaused.selector);
        _commitBlock(market, proposer, b, 10 ether, 2000);
        vm.expectRevert(IBlockMarket.BlockMarketPaused.selector);
        market.finalise(1);
        vm.prank(governance);
        market.setPaused(false);
        _commitBlock(market, proposer, b, 10 ether, 2000);
    }

    function test_onlyGovernancePausesOrEvicts() public {
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketNotGovernance.selector, address(this)));
        market.setPaused(true);
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketNotGovernance.selector, address(this)));
        market.setEvicted(proposer, true);
    }

    function test_evictedProposerCannotCommitUntilReinstated() public {
        vm.expectEmit(true, true, true, true, address(market));
        emit IRollupModule.ParticipantEvicted(proposer, governance);
        vm.prank(governance);
        market.setEvicted(proposer, true);
        assertTrue(market.isEvicted(proposer));
        Block memory b = _newBlock(market, 1, "a", _range(4));
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketEvicted.selector, proposer));
        _commitBlock(market, proposer, b, 10 ether, 2000);
        vm.prank(governance);
        market.setEvicted(proposer, false);
        assertFalse(market.isEvicted(proposer));
        _commitBlock(market, proposer, b, 10 ether, 2000);
    }

    // ------------------------------------------------------------------ prover bonds and funding

    function test_bondProverLocksMinimumStake() public {
        address p = _prover(20);
        _fund(p, 60 ether);
        vm.expectEmit(true, true, true, true, address(market));
        emit IBlockMarket.ProverBonded(p, MIN_PROVER_STAKE, uint64(block.number + 5000));
        vm.prank(p);
        market.bondProver(uint64(block.number + 5000));
        assertEq(vault.balanceOf(p, address(token)).locked, MIN_PROVER_STAKE);
        IBlockMarket.Prover memory rec = market.proverOf(p);
        assertEq(rec.bond, MIN_PROVER_STAKE);
        assertEq(rec.bondedAt, block.timestamp);
    }

    function test_bondProverTwiceWhileActiveFails() public {
        uint64 until = market.proverOf(_prover(0)).bondUntil;
        vm.prank(_prover(0));
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketAlreadyBonded.selector, _prover(0), until));
        market.bondProver(until + 1);
    }

    function test_bondShorterThanHorizonFails() public {
        address p = _prover(20);
        _fund(p, 60 ether);
        vm.prank(p);
        vm.expectRevert(
            abi.encodeWithSelector(
                IBlockMarket.BlockMarketBondTooShort.selector, uint64(block.number + 10), uint64(block.number + 2000)
            )
        );
        market.bondProver(uint64(block.number + 10));
    }

    function test_evictedProverCannotBond() public {
        vm.prank(governance);
        market.setEvicted(_prover(20), true);
        vm.prank(_prover(20));
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketEvicted.selector, _prover(20)));
        market.bondProver(uint64(block.number + 5000));
    }

    function test_fundRewardsAddsToPool() public {
        uint256 before = market.rewardsAvailable();
        vm.expectEmit(true, true, true, true, address(market));
        emit IBlockMarket.RewardsFunded(funder, 5 ether);
        vm.prank(funder);
        market.fundRewards(5 ether);
        assertEq(market.rewardsAvailable(), before + 5 ether);
    }

    function test_fundRewardsZeroFails() public {
        vm.expectRevert(IBlockMarket.BlockMarketZeroAmount.selector);
        market.fundRewards(0);
    }

    function test_rewardsNeverExceedPool() public {
        BlockMarket m = _deployMarket(_defaultParams());
        _bondProvers(m, 4);
        _fundMarket(m, 30 ether);
        _runBlock(m, proposer, "a", 4);
        assertEq(m.rewardsAvailable(), 0);
        assertEq(m.claimableOf(proposer), 24 ether);
    }

    // ------------------------------------------------------------------ commit

    function test_commitEscrowsBurnAndScores() public {
        Block memory b = _newBlock(market, 1, "a", _range(4));
        uint256 score = _commitBlock(market, proposer, b, 10 ether, 2000);
        assertEq(score, 64 * 100 ether * 1 ether);
        assertEq(score, market.scoreOf(4, 10 ether));
        assertEq(vault.balanceOf(proposer, address(token)).locked, 10 ether);
        IBlockMarket.Transcript memory t = market.transcriptOf(1, b.proposer, b.bc);
        assertEq(t.proposer, proposer);
        assertEq(t.numProvers, 4);
        assertEq(t.numAssignments, 4);
        assertEq(uint8(t.status), uint8(IBlockMarket.Status.Committed));
    }

    function test_commitCountsDistinctProvers() public {
        uint256[] memory voters = new uint256[](8);
        for (uint256 i; i < 8; ++i) {
            voters[i] = i % 3;
        }
        Block memory b = _newBlock(market, 1, "a", voters);
        _commitBlock(market, proposer, b, 10 ether, 2000);
        assertEq(market.transcriptOf(1, b.proposer, b.bc).numProvers, 3);
    }

    function test_commitWithMixedDepthsCoversTree() public {
        bytes32 bc = _commitment("r", "s");
        // depth 2 tree: node (1, 0) covers leaves 0-1, then (2, 2) and (2, 3)
        IBlockMarket.Assignment[] memory as_ = new IBlockMarket.Assignment[](3);
        uint8[3] memory depths = [1, 2, 2];
        uint32[3] memory idx = [uint32(0), 2, 3];
        for (uint256 i; i < 3; ++i) {
            as_[i].prover = _prover(i);
            as_[i].depth = depths[i];
            as_[i].index = idx[i];
            (as_[i].r, as_[i].vs) = _sign(_proverKey(i), market.voteDigest(1, proposer, bc, 2000, depths[i], idx[i]));
        }
        _commitAs(market, proposer, 1, bc, 10 ether, 2000, 2, as_);
        assertEq(market.transcriptOf(1, proposer, bc).numProvers, 3);
    }

    function test_commitRejectsGapInTree() public {
        Block memory b = _newBlock(market, 1, "a", _range(4));
        b.assignments[1] = b.assignments[2];
        vm.expectRevert(abi.encodeWithSelector(TranscriptLib.TranscriptLibPositionGap.selector, 1, 1, 2));
        _commitBlock(market, proposer, b, 10 ether, 2000);
    }

    function test_commitRejectsUncoveredTree() public {
        Block memory b = _newBlock(market, 1, "a", _range(4));
        IBlockMarket.Assignment[] memory three = new IBlockMarket.Assignment[](3);
        for (uint256 i; i < 3; ++i) {
            three[i] = b.assignments[i];
        }
        vm.expectRevert(abi.encodeWithSelector(TranscriptLib.TranscriptLibTreeNotCovered.selector, 3, 4));
        _commitAs(market, proposer, 1, b.bc, 10 ether, 2000, 2, three);
    }

    function test_commitRejectsIndexOutOfRange() public {
        Block memory b = _newBlock(market, 1, "a", _range(4));
        b.assignments[0].index = 4;
        vm.expectRevert(abi.encodeWithSelector(TranscriptLib.TranscriptLibIndexOutOfRange.selector, 0, 2, 4));
        _commitBlock(market, proposer, b, 10 ether, 2000);
    }

    function test_commitRejectsNodeBelowTreeDepth() public {
        Block memory b = _newBlock(market, 1, "a", _range(4));
        b.assignments[0].depth = 3;
        vm.expectRevert(abi.encodeWithSelector(TranscriptLib.TranscriptLibDepthTooLarge.selector, 3, 2));
        _commitBlock(market, proposer, b, 10 ether, 2000);
    }

    function test_commitRejectsTreeDeeperThanMaximum() public {
        Block memory b = _newBlock(market, 1, "a", _range(1));
        b.assignments[0].depth = 13;
        vm.expectRevert(abi.encodeWithSelector(TranscriptLib.TranscriptLibDepthTooLarge.selector, 13, 12));
        _commitAs(market, proposer, 1, b.bc, 10 ether, 2000, 13, b.assignments);
    }

    function test_commitRejectsZeroProver() public {
        Block memory b = _newBlock(market, 1, "a", _range(4));
        b.assignments[3].prover = address(0);
        vm.expectRevert(abi.encodeWithSelector(TranscriptLib.TranscriptLibZeroProver.selector, 3));
        _commitBlock(market, proposer, b, 10 ether, 2000);
    }

    function test_commitRejectsEmptyOrOversizedTranscript() public {
        IBlockMarket.Assignment[] memory none = new IBlockMarket.Assignment[](0);
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketTooManyAssignments.selector, 0, 2048));
        _commitAs(market, proposer, 1, "c", 10 ether, 2000, 0, none);
        IBlockMarket.Params memory p = _defaultParams();
        p.maxAssignments = 2;
        p.targetProvers = 2;
        BlockMarket m = _deployMarket(p);
        Block memory b = _newBlock(m, 1, "a", _range(4));
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketTooManyAssignments.selector, 4, 2));
        _commitBlock(m, proposer, b, 10 ether, 2000);
    }

    function test_commitRejectsRewardShareAboveWhole() public {
        Block memory b = _newBlock(market, 1, "a", _range(4));
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketRewardBpsTooHigh.selector, 10_001));
        _commitBlock(market, proposer, b, 10 ether, 10_001);
    }

    function test_commitBelowTargetMustBurnThePrice() public {
        // target 4, price 0.5: two provers must burn at least 1 ether (also the minimum), one prover 1.5 ether
        Block memory b = _newBlock(market, 1, "a", _range(1));
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketBurnTooLow.selector, 1.4 ether, 1.5 ether));
        _commitBlock(market, proposer, b, 1.4 ether, 2000);
        _commitBlock(market, proposer, b, 1.5 ether, 2000);
        assertEq(market.requiredBurn(1), 1.5 ether);
        assertEq(market.requiredBurn(8), 1 ether);
    }

    function test_commitAtWrongHeightFails() public {
        Block memory b = _newBlock(market, 2, "a", _range(4));
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketWrongHeight.selector, 2, 0));
        _commitBlock(market, proposer, b, 10 ether, 2000);
    }

    function test_commitAfterProposalWindowFails() public {
        Block memory a = _newBlock(market, 1, "a", _range(4));
        _commitBlock(market, proposer, a, 10 ether, 2000);
        (uint64 start,,) = market.roundOf(1);
        vm.warp(start + W_PROP);
        Block memory b = _newBlock(market, 1, "b", _range(4));
        vm.expectRevert(
            abi.encodeWithSelector(IBlockMarket.BlockMarketProposalWindowClosed.selector, 1, start + W_PROP)
        );
        _commitBlock(market, rival, b, 10 ether, 2000);
    }

    function test_parentHashOnlyInPipelinedMode() public {
        Block memory b = _newBlock(market, 1, "a", _range(4));
        IBlockMarket.Commit memory c = IBlockMarket.Commit(1, b.bc, bytes32(uint256(1)), 10 ether, 2000, b.depth);
        vm.prank(proposer);
        vm.expectRevert(IBlockMarket.BlockMarketParentHashNotAllowed.selector);
        market.commitTranscript(c, b.assignments);
    }

    // ------------------------------------------------------------------ reveal and proof

    function test_revealChecksCommitmentProposerAndWindow() public {
        Block memory b = _newBlock(market, 1, "a", _range(4));
        _commitBlock(market, proposer, b, 10 ether, 2000);
        (uint64 start,,) = market.roundOf(1);
        vm.prank(proposer);
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketRevealTooEarly.selector, 1, start + W_PROP));
        market.reveal(1, b.root, b.secret);
        _warpToProofWindow(market, 1);
        // a reveal reaches only the caller's own transcript: the rival has none with this commitment
        vm.prank(rival);
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketUnknownTranscript.selector, 1, b.bc));
        market.reveal(1, b.root, b.secret);
        bytes32 wrong = _commitment(b.root, "other");
        vm.prank(proposer);
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketUnknownTranscript.selector, 1, wrong));
        market.reveal(1, b.root, "other");
        vm.expectEmit(true, true, true, true, address(market));
        emit IBlockMarket.TranscriptRevealed(1, b.bc, b.root);
        _reveal(market, proposer, b);
        vm.prank(proposer);
        vm.expectRevert(
            abi.encodeWithSelector(IBlockMarket.BlockMarketWrongStatus.selector, 1, b.bc, IBlockMarket.Status.Revealed)
        );
        market.reveal(1, b.root, b.secret);
    }

    function test_revealAfterProofWindowFails() public {
        Block memory b = _newBlock(market, 1, "a", _range(4));
        _commitBlock(market, proposer, b, 10 ether, 2000);
        (uint64 start,,) = market.roundOf(1);
        vm.warp(start + W_PROP + W_PROOF);
        vm.prank(proposer);
        vm.expectRevert(
            abi.encodeWithSelector(IBlockMarket.BlockMarketProofWindowClosed.selector, 1, start + W_PROP + W_PROOF)
        );
        market.reveal(1, b.root, b.secret);
    }

    function _revealed() internal returns (Block memory b) {
        b = _newBlock(market, 1, "a", _range(4));
        _commitAndReveal(market, proposer, b);
    }

    function test_submitProofRecordsContributions() public {
        Block memory b = _revealed();
        uint256[] memory signers = _range(4);
        signers[1] = 6;
        _prove(market, b, signers);
        IBlockMarket.Transcript memory t = market.transcriptOf(1, b.proposer, b.bc);
        assertEq(uint8(t.status), uint8(IBlockMarket.Status.Proven));
        assertEq(t.contributingProvers, 3);
        assertEq(t.contributedLeaves, 3);
        (bool c0,) = market.positionState(1, b.proposer, b.bc, 0);
        (bool c1,) = market.positionState(1, b.proposer, b.bc, 1);
        assertTrue(c0);
        assertFalse(c1);
    }

    function test_submitProofWithOtherAssignmentsFails() public {
        Block memory b = _revealed();
        IBlockMarket.Assignment[] memory other = _assignments(market, 1, b.bc, 2, _range(4, 4));
        bytes memory proof = _proof(1, b.root, 2, _range(4));
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketAssignmentsMismatch.selector, 1, b.bc));
        market.submitProof(1, b.proposer, b.bc, other, proof);
    }

    function test_submitProofWithOtherLayoutFails() public {
        Block memory b = _revealed();
        AttestationLayout memory l;
        l.depths = new uint8[](3);
        l.depths[0] = 1;
        l.depths[1] = 2;
        l.depths[2] = 2;
        l.indices = new uint32[](3);
        l.indices[0] = 0;
        l.indices[1] = 2;
        l.indices[2] = 3;
        bytes memory proof = _layoutProof(1, b.root, l);
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketProofLayoutMismatch.selector, 3));
        market.submitProof(1, b.proposer, b.bc, b.assignments, proof);
    }

    struct AttestationLayout {
        uint8[] depths;
        uint32[] indices;
    }

    function _layoutProof(uint64 height, bytes32 root, AttestationLayout memory l)
        internal
        view
        returns (bytes memory)
    {
        AttestationVerifierAttestation[] memory atts = new AttestationVerifierAttestation[](l.depths.length);
        for (uint256 i; i < l.depths.length; ++i) {
            atts[i].depth = l.depths[i];
            atts[i].index = l.indices[i];
            atts[i].partHash = bytes32(uint256(i) + 1);
            (atts[i].r, atts[i].vs) =
                _sign(_proverKey(i), verifier.attestationDigest(address(market), height, root, 2, l.indices[i], bytes32(uint256(i) + 1)));
        }
        return abi.encode(atts);
    }

    struct AttestationVerifierAttestation {
        uint8 depth;
        uint32 index;
        bytes32 partHash;
        bytes32 r;
        bytes32 vs;
    }

    function test_submitProofAfterWindowFails() public {
        Block memory b = _revealed();
        (uint64 start,,) = market.roundOf(1);
        vm.warp(start + W_PROP + W_PROOF);
        bytes memory proof = _proof(1, b.root, b.depth, _range(4));
        vm.expectRevert(
            abi.encodeWithSelector(IBlockMarket.BlockMarketProofWindowClosed.selector, 1, start + W_PROP + W_PROOF)
        );
        market.submitProof(1, b.proposer, b.bc, b.assignments, proof);
    }

    function test_submitProofBeforeRevealFails() public {
        Block memory b = _newBlock(market, 1, "a", _range(4));
        _commitBlock(market, proposer, b, 10 ether, 2000);
        bytes memory proof = _proof(1, b.root, b.depth, _range(4));
        vm.expectRevert(
            abi.encodeWithSelector(IBlockMarket.BlockMarketWrongStatus.selector, 1, b.bc, IBlockMarket.Status.Committed)
        );
        market.submitProof(1, b.proposer, b.bc, b.assignments, proof);
    }

    function test_proofModuleRefusesDirectCalls() public {
        Block memory b = _newBlock(market, 1, "a", _range(4));
        vm.expectRevert(BlockMarketProofs.BlockMarketProofsDirectCall.selector);
        proofsModule.rank(1, b.proposer, b.bc);
    }

    // ------------------------------------------------------------------ ranking

    function test_rankingKeepsBestFirstAndDropsBeyondCapacity() public {
        // maxUncles = 2: at most three ranked; burns 10, 30, 20, 5
        Block[] memory bs = _proveCompetingBlocks(market, _burns(10 ether, 30 ether, 20 ether, 5 ether), 0, _range(4));
        (,, bytes32[] memory ranking) = market.roundOf(1);
        assertEq(ranking.length, 3);
        assertEq(ranking[0], market.transcriptId(1, bs[1].proposer, bs[1].bc));
        assertEq(ranking[1], market.transcriptId(1, bs[2].proposer, bs[2].bc));
        assertEq(ranking[2], market.transcriptId(1, bs[0].proposer, bs[0].bc));
        assertFalse(market.transcriptOf(1, bs[3].proposer, bs[3].bc).ranked);
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketNotRankable.selector, 1, bs[3].bc));
        market.rank(1, bs[3].proposer, bs[3].bc);
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketNotRankable.selector, 1, bs[1].bc));
        market.rank(1, bs[1].proposer, bs[1].bc);
    }

    function test_rankReentersProvenTranscriptAfterInvalidation() public {
        uint256[] memory bad = _range(4);
        bad[0] = 77;
        Block[] memory bs = _proveCompetingBlocks(market, _burns(50 ether, 30 ether, 20 ether, 10 ether), 0, bad);
        market.challengeVote(1, bs[0].proposer, bs[0].bc, 0, bs[0].assignments[0], _merkleProof(bs[0].assignments, 0));
        market.rank(1, bs[3].proposer, bs[3].bc);
        (,, bytes32[] memory ranking) = market.roundOf(1);
        assertEq(ranking.length, 3);
        assertEq(ranking[2], market.transcriptId(1, bs[3].proposer, bs[3].bc));
    }

    // ------------------------------------------------------------------ finalise

    function test_finaliseUnknownRoundFails() public {
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketRoundNotStarted.selector, 1));
        market.finalise(1);
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketWrongHeight.selector, 2, 0));
        market.finalise(2);
    }

    function test_finaliseOpensNextWindowAndMovesPrice() public {
        // a 2-prover winner below target 4 raises the price by 0.5 * 2 / 32
        Block memory b = _newBlock(market, 1, "a", _range(2));
        _commitAndReveal(market, proposer, b);
        _prove(market, b, _range(2));
        _finaliseAfterProofWindow(market, 1);
        assertEq(market.burnPrice(), 0.5 ether + 0.5 ether * 2 / 32);
        (uint64 start,,) = market.roundOf(2);
        assertEq(start, block.timestamp);
        // an 8-prover winner above target lowers it, never below the floor
        Block memory c = _runBlock(market, proposer, "c", 8);
        assertEq(market.transcriptOf(2, c.proposer, c.bc).numProvers, 8);
        assertEq(market.burnPrice(), 0.5 ether);
    }

    function test_priceRisesAtMostOneEighthPerBlock() public {
        uint256 before = market.burnPrice();
        Block memory b = _newBlock(market, 1, "a", _range(1));
        _commitAndReveal(market, proposer, b);
        _prove(market, b, _range(1));
        _finaliseAfterProofWindow(market, 1);
        assertLe(market.burnPrice(), before + before / 8);
        assertGt(market.burnPrice(), before);
    }

    /// Runs one `n`-prover block on market `m` by the proposer with `burn`.
    function _priceBlock(BlockMarket m, uint256 n, uint96 burn) internal {
        (uint64 headHeight,) = m.head();
        Block memory b = _newBlock(m, headHeight + 1, bytes32(uint256(headHeight) + 1), _range(n));
        _commitBlock(m, proposer, b, burn, 2000);
        _warpToProofWindow(m, b.height);
        _reveal(m, proposer, b);
        _prove(m, b, _range(n));
        _finaliseAfterProofWindow(m, b.height);
    }

    function test_burnPriceClampsAtTheUint96Ceiling() public {
        IBlockMarket.Params memory p = _defaultParams();
        p.targetProvers = 2;
        p.minBurnPerMissingProver = type(uint96).max - 1;
        BlockMarket m = _deployMarket(p);
        _bondProvers(m, 1);
        _fund(proposer, type(uint96).max);
        _priceBlock(m, 1, type(uint96).max - 1);
        assertEq(m.burnPrice(), type(uint96).max, "clamped at 2^96 - 1");
    }

    function test_burnPriceClampsAtTheFloor() public {
        _priceBlock(market, 8, 10 ether); // 8 provers above target 4: down by 1/8, but never below the floor
        assertEq(market.burnPrice(), 0.5 ether);
    }

    function test_burnPriceFallsAtMostAnEighthHoweverFarProversExceedTheTarget() public {
        BlockMarket m = _deployMarket(_defaultParams()); // target 4 provers, floor 0.5 ether
        _bondProvers(m, 16);
        _fundMarket(m, 1000 ether);
        for (uint256 i; i < 3; ++i) {
            _priceBlock(m, 1, 10 ether); // a lone prover: the price rises above its floor
        }
        uint256 raised = m.burnPrice();
        assertGt(raised, 0.5 ether);
        _priceBlock(m, 16, 10 ether); // 12 above the target, counted as 4: the fall stops at one eighth
        assertEq(m.burnPrice(), raised - raised * 4 / 32, "excess capped at the target");
    }

    function test_burnPriceRisesByAtLeastOneWei() public {
        IBlockMarket.Params memory p = _defaultParams();
        p.minBurnPerMissingProver = 1;
        BlockMarket m = _deployFundedMarket(p, 2, 1000 ether);
        _priceBlock(m, 2, 10 ether); // 1 * 2 / 32 rounds to 0: the price still moves by one wei
        assertEq(m.burnPrice(), 2);
    }

    // ------------------------------------------------------------------ claims, slashing, disputes

    function test_claimWithNothingFails() public {
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketNothingToClaim.selector, address(this)));
        market.claim();
    }

    function test_proverRewardOnlyForPaidTranscripts() public {
        Block memory b = _newBlock(market, 1, "a", _range(4));
        _commitBlock(market, proposer, b, 10 ether, 2000);
        bytes32[] memory proof = _merkleProof(b.assignments, 0);
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketNotPaid.selector, 1, b.bc));
        market.claimProverReward(1, b.proposer, b.bc, 0, b.assignments[0], proof);
    }

    function test_proverRewardClaimedOnce() public {
        Block memory b = _runBlock(market, proposer, "a", 4);
        bytes32[] memory proof = _merkleProof(b.assignments, 1);
        market.claimProverReward(1, b.proposer, b.bc, 1, b.assignments[1], proof);
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketAlreadySettled.selector, 1));
        market.claimProverReward(1, b.proposer, b.bc, 1, b.assignments[1], proof);
    }

    function test_forgedMembershipRejected() public {
        Block memory b = _runBlock(market, proposer, "a", 4);
        IBlockMarket.Assignment memory forged = b.assignments[1];
        forged.prover = rival;
        bytes32[] memory proof = _merkleProof(b.assignments, 1);
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketNotInAssignments.selector, 1));
        market.claimProverReward(1, b.proposer, b.bc, 1, forged, proof);
    }

    function test_slashAndDisputeOnlyOnWinner() public {
        Block memory b = _newBlock(market, 1, "a", _range(4));
        _commitBlock(market, proposer, b, 10 ether, 2000);
        bytes32[] memory proof = _merkleProof(b.assignments, 0);
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketNotWinner.selector, 1, b.bc));
        market.slashWithheld(1, b.proposer, b.bc, 0, b.assignments[0], proof);
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketNotWinner.selector, 1, b.bc));
        market.disputeSlash(1, b.proposer, b.bc, 0, b.assignments[0], proof, "");
    }

    function test_disputeAfterWindowFails() public {
        Block memory b = _finaliseWithPositionZeroDropped(proposer, 2000, 5);
        uint256 endsAt = block.timestamp + W_DISPUTE;
        vm.warp(endsAt);
        bytes32[] memory proof = _merkleProof(b.assignments, 0);
        bytes memory part = _part(1, b.root, b.depth, 0, 0);
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketDisputeWindowClosed.selector, uint64(endsAt)));
        market.disputeSlash(1, b.proposer, b.bc, 0, b.assignments[0], proof, part);
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketProverContributed.selector, 1));
        market.disputeSlash(1, b.proposer, b.bc, 1, b.assignments[1], _merkleProof(b.assignments, 1), part);
    }

    /// A dropped prover's dispute shows its part: upheld with the part it attested, refused with any other data
    /// under the same signature (nothing settled, the slash still open).
    function test_disputeUpheldOnlyWithThePartTheProverAttested() public {
        Block memory b = _finaliseWithPositionZeroDropped(proposer, 2000, 5);
        bytes32[] memory proof = _merkleProof(b.assignments, 0);
        bytes memory part = _part(1, b.root, b.depth, 0, 0);
        (, bytes32 r, bytes32 vs) = abi.decode(part, (bytes, bytes32, bytes32));
        bytes memory otherData = abi.encode(bytes("not the attested part"), r, vs);
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketPartInvalid.selector, 0));
        market.disputeSlash(1, b.proposer, b.bc, 0, b.assignments[0], proof, otherData);
        (, bool settled) = market.positionState(1, b.proposer, b.bc, 0);
        assertFalse(settled, "a refused dispute settles nothing");
        vm.expectEmit(address(market));
        emit IBlockMarket.SlashDisputed(1, b.bc, b.assignments[0].prover, 0);
        market.disputeSlash(1, b.proposer, b.bc, 0, b.assignments[0], proof, part);
    }

    function test_slashedBelowMinimumProverVotesBecomeBad() public {
        IBlockMarket.Params memory p = _defaultParams();
        p.slashRateBps = 5000;
        BlockMarket m = _deployFundedMarket(p, 4, 1000 ether);
        Block memory b = _newBlock(m, 1, "a", _range(4));
        _finaliseWithPositionDropped(m, b, 2, 3);
        vm.warp(block.timestamp + W_DISPUTE);
        m.slashWithheld(1, b.proposer, b.bc, 2, b.assignments[2], _merkleProof(b.assignments, 2));
        assertEq(m.proverOf(_prover(2)).underStakedAt, block.timestamp);
        m.finalise(2); // nothing committed in time: height 2 restarts
        vm.warp(block.timestamp + 1);
        Block memory c = _newBlock(m, 2, "c", _range(4));
        _commitBlock(m, proposer, c, 10 ether, 2000);
        m.challengeVote(2, c.proposer, c.bc, 2, c.assignments[2], _merkleProof(c.assignments, 2));
        assertEq(uint8(m.transcriptOf(2, c.proposer, c.bc).status), uint8(IBlockMarket.Status.Invalid));
    }

    // ------------------------------------------------------------------ pipelined mode

    function test_pipelinedProposalOpensWithPreviousProofWindow() public {
        IBlockMarket.Params memory p = _defaultParams();
        p.pipelined = true;
        BlockMarket m = _deployFundedMarket(p, 4, 1000 ether);
        Block memory a = _newBlock(m, 1, "a", _range(4));
        _commitBlock(m, proposer, a, 10 ether, 2000);
        Block memory b = _newBlock(m, 2, "b", _range(4));
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketProposalWindowNotOpen.selector, 2));
        _commitBlock(m, proposer, b, 10 ether, 2000);
        _warpToProofWindow(m, 1);
        bytes32 parent = keccak256(abi.encode(uint64(1), bytes32(0), a.root));
        IBlockMarket.Commit memory c = IBlockMarket.Commit(2, b.bc, parent, 10 ether, 2000, b.depth);
        vm.prank(proposer);
        m.commitTranscript(c, b.assignments);
        // a transcript for height 2 on a wrong parent
        Block memory wrong = _newBlockFor(m, 2, "w", _range(4), rival, 2000);
        IBlockMarket.Commit memory cw = IBlockMarket.Commit(2, wrong.bc, bytes32(uint256(9)), 90 ether, 2000, 2);
        vm.prank(rival);
        m.commitTranscript(cw, wrong.assignments);
        (uint64 start2,,) = m.roundOf(2);
        (uint64 start1,,) = m.roundOf(1);
        assertEq(start2, start1 + W_PROP);
        _reveal(m, proposer, a);
        _prove(m, a, _range(4));
        _finaliseAfterProofWindow(m, 1);
        (, bytes32 headHash) = m.head();
        assertEq(headHash, parent);
        // height 2's proof window is already open: reveal, prove, finalise on the right parent
        _reveal(m, proposer, b);
        _prove(m, b, _range(4));
        _reveal(m, rival, wrong);
        _prove(m, wrong, _range(4));
        _finaliseAfterProofWindow(m, 2);
        assertEq(uint8(m.transcriptOf(2, b.proposer, b.bc).status), uint8(IBlockMarket.Status.Won));
        assertEq(uint8(m.transcriptOf(2, wrong.proposer, wrong.bc).status), uint8(IBlockMarket.Status.Uncle));
    }

    function test_pipelinedRestartAlsoRestartsNextHeight() public {
        IBlockMarket.Params memory p = _defaultParams();
        p.pipelined = true;
        BlockMarket m = _deployMarket(p);
        Block memory a = _newBlock(m, 1, "a", _range(4));
        _commitBlock(m, proposer, a, 10 ether, 2000);
        _warpToProofWindow(m, 1);
        Block memory b = _newBlock(m, 2, "b", _range(4));
        _commitBlock(m, proposer, b, 10 ether, 2000);
        _finaliseAfterProofWindow(m, 1);
        (uint64 start2, uint32 attempt2,) = m.roundOf(2);
        assertEq(start2, 0);
        assertEq(attempt2, 1);
    }
}

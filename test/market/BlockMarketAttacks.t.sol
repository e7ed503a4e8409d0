// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {MarketTestBase} from "../utils/MarketTestBase.sol";
import {MaliciousToken, ReentryAssertions} from "../utils/MaliciousToken.sol";
import {BlockMarket} from "../../contracts/market/BlockMarket.sol";
import {IBlockMarket} from "../../contracts/market/IBlockMarket.sol";
import {IRollupModule} from "../../contracts/interfaces/IRollupModule.sol";
import {IStakeVault} from "../../contracts/interfaces/IStakeVault.sol";
import {StakeVault} from "../../contracts/vault/StakeVault.sol";
import {TranscriptLib} from "../../contracts/libraries/TranscriptLib.sol";

/// @notice Attacks on the block market, each named after what it shows.
contract BlockMarketAttacksTest is MarketTestBase, ReentryAssertions {
    address internal challenger = makeAddr("challenger");

    function setUp() public override {
        super.setUp();
        _bondProvers(market, 8);
    }

    function _challenge(BlockMarket m, Block memory b, uint256 position) internal {
        vm.prank(challenger);
        _challengeVote(m, b, position);
    }

    function test_voteReplayedAtAnotherHeightRejected() public {
        _runBlock(market, proposer, "first", 4);
        // votes signed for height 1 over commitment X, replayed in a transcript for height 2 with the same X
        Block memory old = _newBlock(market, 1, "replay", _range(4));
        Block memory b = old;
        b.height = 2;
        _commitBlock(market, proposer, b, 10 ether, 2000);
        vm.expectEmit(true, true, true, true, address(market));
        emit IBlockMarket.BadVoteProven(2, b.bc, _prover(0), 0, 1, challenger, 5 ether);
        _challenge(market, b, 0);
        assertEq(uint8(_status(market, b)), uint8(IBlockMarket.Status.Invalid));
    }

    function test_voteReplayedAtAnotherRollupRejected() public {
        BlockMarket other = _deployMarket(_defaultParams());
        Block memory signedForOther = _newBlock(other, 1, "x", _range(4));
        _commitBlock(market, proposer, signedForOther, 10 ether, 2000);
        _challenge(market, signedForOther, 2);
        assertEq(uint8(_status(market, signedForOther)), uint8(IBlockMarket.Status.Invalid));
    }

    function test_voteReplayedForAnotherCommitmentRejected() public {
        Block memory a = _newBlock(market, 1, "a", _range(4));
        Block memory b = _newBlock(market, 1, "b", _range(4));
        b.assignments = a.assignments; // votes for a's commitment reused under b's
        _commitBlock(market, proposer, b, 10 ether, 2000);
        _challenge(market, b, 1);
        assertEq(uint8(_status(market, b)), uint8(IBlockMarket.Status.Invalid));
    }

    function test_frontRunCommitWithAlteredFieldsGainsNothing() public {
        Block memory b = _newBlock(market, 1, "honest", _range(4));
        // the rival copies the pending commit (commitment and votes) with a higher burn and a lower prover share
        Block memory copied = _newBlock(market, 1, "honest", _range(4));
        _commitBlock(market, rival, copied, 50 ether, 0);
        // the copy does not block the original: transcripts are identified with their proposer
        _commitBlock(market, proposer, b, 10 ether, 2000);
        assertEq(uint8(_status(market, b)), uint8(IBlockMarket.Status.Committed));
        // the copied votes sign the honest proposer's block at 20 %, not the rival's at 0 %: a bounty for anyone
        _challenge(market, copied, 0);
        assertEq(token.balanceOf(challenger), 25 ether);
        assertEq(uint8(_status(market, copied)), uint8(IBlockMarket.Status.Invalid));
        // a copy under the rival's own commitment carries votes that do not sign it either
        Block memory copy = _newBlock(market, 1, "rival", _range(4));
        copy.assignments = b.assignments;
        _commitBlock(market, rival, copy, 50 ether, 0);
        _challenge(market, copy, 0);
        assertEq(token.balanceOf(challenger), 50 ether);
        // the honest block is revealed, proven and wins as if nothing happened
        _warpToProofWindow(market, 1);
        _reveal(market, proposer, b);
        _prove(market, b, _range(4));
        _finaliseAfterProofWindow(market, 1);
        assertEq(uint8(_status(market, b)), uint8(IBlockMarket.Status.Won));
    }

    function test_invalidTranscriptCanNeverBeFinalised() public {
        uint256[] memory voters = _range(4);
        voters[0] = 99; // unbonded
        Block memory bad = _newBlock(market, 1, "bad", voters);
        Block memory good = _newBlock(market, 1, "good", _range(4, 4));
        _commitBlock(market, rival, bad, 100 ether, 2000);
        _commitBlock(market, proposer, good, 10 ether, 2000);
        _warpToProofWindow(market, 1);
        _reveal(market, rival, bad);
        _reveal(market, proposer, good);
        _prove(market, bad, voters);
        _prove(market, good, _range(4, 4));
        (,, bytes32[] memory ranking) = market.roundOf(1);
        assertEq(ranking[0], market.transcriptId(1, bad.proposer, bad.bc));
        _challenge(market, bad, 0);
        (,, ranking) = market.roundOf(1);
        assertEq(ranking.length, 1);
        _finaliseAfterProofWindow(market, 1);
        assertEq(uint8(_status(market, good)), uint8(IBlockMarket.Status.Won));
        assertEq(uint8(_status(market, bad)), uint8(IBlockMarket.Status.Invalid));
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketTranscriptClosed.selector, 1, bad.bc));
        market.rank(1, bad.proposer, bad.bc);
    }

    function test_badVoteBountyPaidFromEscrow() public {
        Block memory b = _newBlock(market, 1, "a", _range(4));
        b.assignments[2].vs = b.assignments[1].vs; // a forged signature
        _commitBlock(market, proposer, b, 10 ether, 2000);
        IStakeVault.Balance memory stake = vault.balanceOf(proposer, address(token));
        uint256 stakeBefore = stake.free + stake.locked;
        _challenge(market, b, 2);
        assertEq(token.balanceOf(challenger), 5 ether);
        stake = vault.balanceOf(proposer, address(token));
        uint256 stakeAfter = stake.free + stake.locked;
        assertEq(stakeBefore - stakeAfter, 5 ether);
        assertEq(vault.balanceOf(proposer, address(token)).locked, 5 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IBlockMarket.BlockMarketWrongStatus.selector, 1, b.bc, IBlockMarket.Status.Invalid)
        );
        _challenge(market, b, 2);
    }

    function test_validVoteCannotBeChallenged() public {
        Block memory b = _newBlock(market, 1, "a", _range(4));
        _commitBlock(market, proposer, b, 10 ether, 2000);
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketVoteValid.selector, 1, b.bc, 0));
        _challenge(market, b, 0);
    }

    // ------------------------------------------------------------------ reentrancy

    function test_reentrancyThroughMaliciousTokenFails() public {
        MaliciousToken evil = new MaliciousToken();
        // A fresh vault: the shared one's set-up closed with the first deposit, so only a timelock allows tokens.
        vault = new StakeVault(address(this), 64);
        vault.setAuthoriser(address(this));
        vault.setTokenAllowed(address(evil), true);
        IRollupModule.ModuleInit memory init = _init();
        init.tokens[0].token = address(evil);
        BlockMarket m = BlockMarket(Clones.clone(address(implementation)));
        m.initialize(init, abi.encode(_defaultParams()));
        vault.setModule(address(m), true);
        evil.mint(address(this), 1_000_000 ether);
        evil.approve(address(m), type(uint256).max);
        evil.approve(address(vault), type(uint256).max);
        vault.deposit(address(evil), 10_000 ether);
        for (uint256 i; i < 4; ++i) {
            address p = _prover(i);
            evil.mint(p, MIN_PROVER_STAKE);
            vm.startPrank(p);
            evil.approve(address(vault), MIN_PROVER_STAKE);
            vault.deposit(address(evil), MIN_PROVER_STAKE);
            m.bondProver(uint64(block.number) + 100_000);
            vm.stopPrank();
        }

        // fundRewards: the token re-enters fundRewards
        evil.arm(address(m), abi.encodeCall(BlockMarket.fundRewards, (1 ether)), false);
        m.fundRewards(1000 ether);
        _assertReentryBlocked(evil, 0);
        assertEq(m.rewardsAvailable(), 1000 ether);
        evil.disarm();

        // finalise: the burn (inside vault.slash) re-enters finalise
        Block memory b = _newBlockFor(m, 1, "a", _range(4), address(this), 2000);
        _commitAs(m, address(this), b.height, b.bc, 10 ether, 2000, b.depth, b.assignments);
        _warpToProofWindow(m, 1);
        m.reveal(1, b.root, b.secret);
        _prove(m, b, _range(4));
        _warpPastProofWindow(m, 1);
        evil.arm(address(m), abi.encodeCall(BlockMarket.finalise, (1)), false);
        uint256 attempts = evil.reentryAttempts();
        m.finalise(1);
        _assertReentryBlocked(evil, attempts);
        evil.disarm();

        // claim: the payout re-enters claim
        evil.arm(address(m), abi.encodeCall(BlockMarket.claim, ()), false);
        attempts = evil.reentryAttempts();
        uint256 before = evil.balanceOf(address(this));
        m.claim();
        _assertReentryBlocked(evil, attempts);
        assertEq(evil.balanceOf(address(this)) - before, 80 ether);
        assertEq(m.claimableOf(address(this)), 0);
    }

    // ------------------------------------------------------------------ slashing and disputes (MECHANISM §5)

    /// A prover whose part is in the proof cannot be slashed for withholding: refused, nothing taken.
    function test_slashCannotHitContributingProver() public {
        Block memory b = _finaliseWithPositionZeroDropped(proposer, 2000, 5);
        vm.warp(block.timestamp + W_DISPUTE);
        for (uint256 i = 1; i < 4; ++i) {
            uint256 before = _stakeOf(_prover(i));
            bytes32[] memory proof = _merkleProof(b.assignments, i);
            vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketProverContributed.selector, i));
            market.slashWithheld(1, b.proposer, b.bc, i, b.assignments[i], proof);
            assertEq(_stakeOf(_prover(i)), before, "a contributor's stake is untouched");
        }
    }

    /// A dropped prover that shows the part it attested settles its position: the withholding slash is then
    /// refused after the window, and its stake is whole.
    function test_droppedProverDisputeReversesSlash() public {
        Block memory b = _finaliseWithPositionZeroDropped(proposer, 2000, 5);
        uint256 before = _stakeOf(_prover(0));
        bytes32[] memory proof = _merkleProof(b.assignments, 0);
        vm.prank(_prover(0));
        market.disputeSlash(1, b.proposer, b.bc, 0, b.assignments[0], proof, _part(1, b.root, b.depth, 0, 0));
        vm.warp(block.timestamp + W_DISPUTE);
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketAlreadySettled.selector, 0));
        market.slashWithheld(1, b.proposer, b.bc, 0, b.assignments[0], proof);
        assertEq(_stakeOf(_prover(0)), before, "a disputed slash takes nothing");
    }

    /// A withholder loses its bond at the market's slash rate (10 %), once: the position is then settled.
    function test_withholdingProverSlashedAtRateOnly() public {
        Block memory b = _finaliseWithPositionZeroDropped(proposer, 2000, 5);
        vm.warp(block.timestamp + W_DISPUTE);
        uint256 before = _stakeOf(_prover(0));
        bytes32[] memory proof = _merkleProof(b.assignments, 0);
        market.slashWithheld(1, b.proposer, b.bc, 0, b.assignments[0], proof);
        assertEq(before - _stakeOf(_prover(0)), MIN_PROVER_STAKE / 10, "the slash rate of the bond");
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketAlreadySettled.selector, 0));
        market.slashWithheld(1, b.proposer, b.bc, 0, b.assignments[0], proof);
        assertEq(before - _stakeOf(_prover(0)), MIN_PROVER_STAKE / 10, "once");
    }
}

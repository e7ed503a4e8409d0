// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {MarketTestBase} from "../utils/MarketTestBase.sol";
import {BlockMarket} from "../../contracts/market/BlockMarket.sol";
import {BlockMarketProofs} from "../../contracts/market/BlockMarketProofs.sol";
import {IBlockMarket} from "../../contracts/market/IBlockMarket.sol";
import {IStakeVault} from "../../contracts/interfaces/IStakeVault.sol";

/// @notice The griefing attacks of issue 13 (MECHANISM.md §4, revised), each as the attacker's own sequence of calls,
/// asserting that it fails with its typed error and that nothing moved.
contract BlockMarketGriefingTest is MarketTestBase {
    address internal stranger = makeAddr("stranger");
    /// Key index (see `_proverKey`) of an unbonded stranger.
    uint256 internal constant STRANGER = 40;

    function setUp() public override {
        super.setUp();
        _bondProvers(market, 8);
    }

    function _strangerProof(Block memory b) internal view returns (bytes memory) {
        // every leaf attested by the stranger's own key: covers the tree, contributes nothing
        uint256[] memory none = new uint256[](b.assignments.length);
        for (uint256 i; i < none.length; ++i) {
            none[i] = STRANGER;
        }
        return _proof(b.height, b.root, b.depth, none);
    }

    // ------------------------------------------------------------------ 1. a stranger zeroes the winner

    function test_strangerProofCannotZeroTheWinnersReward() public {
        Block memory b = _newBlock(market, 1, "a", _range(4));
        _commitAndReveal(market, proposer, b);
        vm.prank(stranger);
        market.submitProof(1, proposer, b.bc, b.assignments, _strangerProof(b));
        assertEq(market.transcriptOf(1, proposer, b.bc).contributedPositions, 0);
        // the real proof replaces the stranger's
        _prove(market, b, _range(4));
        IBlockMarket.Transcript memory t = market.transcriptOf(1, proposer, b.bc);
        assertEq(t.contributedPositions, 4);
        assertEq(t.contributingProvers, 4);
        _finaliseAfterProofWindow(market, 1);
        assertEq(market.claimableOf(proposer), 80 ether, "proposer share of the full reward");
        assertEq(market.transcriptOf(1, proposer, b.bc).proverPot, 20 ether);
        // no honest prover is exposed: every position contributed
        vm.warp(block.timestamp + W_DISPUTE);
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketProverContributed.selector, 1));
        market.slashWithheld(1, proposer, b.bc, 1, b.assignments[1], _merkleProof(b.assignments, 1));
    }

    function test_worseProofCannotReplaceABetterOne() public {
        Block memory b = _newBlock(market, 1, "a", _range(4));
        _commitAndReveal(market, proposer, b);
        _prove(market, b, _range(4));
        bytes32 id = market.transcriptId(1, proposer, b.bc);
        bytes memory worse = _strangerProof(b);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketProofNotBetter.selector, 1, id, 0, 4));
        market.submitProof(1, proposer, b.bc, b.assignments, worse);
        (bool contributed,) = market.positionState(1, proposer, b.bc, 2);
        assertTrue(contributed);
        // an equal proof does not replace it either
        uint256[] memory same = _range(4);
        bytes memory equal = _proof(1, b.root, b.depth, same);
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketProofNotBetter.selector, 1, id, 4, 4));
        market.submitProof(1, proposer, b.bc, b.assignments, equal);
    }

    function test_betterProofReplacesAPartialOneUntilTheWindowCloses() public {
        Block memory b = _newBlock(market, 1, "a", _range(4));
        _commitAndReveal(market, proposer, b);
        uint256[] memory someLeft = _range(4);
        someLeft[3] = 7; // leaf 3 attested by someone else
        _prove(market, b, someLeft);
        assertEq(market.transcriptOf(1, proposer, b.bc).contributedPositions, 3);
        _prove(market, b, _range(4));
        assertEq(market.transcriptOf(1, proposer, b.bc).contributedPositions, 4);
        (bool contributed,) = market.positionState(1, proposer, b.bc, 3);
        assertTrue(contributed);
        _warpPastProofWindow(market, 1);
        bytes memory late = _proof(1, b.root, b.depth, _range(4));
        (uint64 start,,) = market.roundOf(1);
        vm.expectRevert(
            abi.encodeWithSelector(IBlockMarket.BlockMarketProofWindowClosed.selector, 1, start + W_PROP + W_PROOF)
        );
        market.submitProof(1, proposer, b.bc, b.assignments, late);
    }

    // ------------------------------------------------------------------ 2. non-voters are slashed

    function test_forgedVoteIsNeverSlashed() public {
        Block memory b = _newBlock(market, 1, "a", _range(4));
        // the proposer lists prover 3 with a garbage signature, then leaves its part out
        b.assignments[3].r = bytes32(uint256(1));
        b.assignments[3].vs = bytes32(uint256(2));
        _finaliseWithPositionDropped(market, b, 3, 7); // nobody challenged in time
        vm.warp(block.timestamp + W_DISPUTE);
        uint256 before = _stakeOf(_prover(3));
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketVoteInvalid.selector, 3, uint8(1)));
        market.slashWithheld(1, proposer, b.bc, 3, b.assignments[3], _merkleProof(b.assignments, 3));
        assertEq(_stakeOf(_prover(3)), before, "victim lost stake");
        assertEq(market.proverOf(_prover(3)).bond, MIN_PROVER_STAKE);
    }

    function test_voteForAnotherProposerOrShareIsNeverSlashed() public {
        // votes signed for the honest proposer's block at 20 %, committed by the rival at 0 %
        Block memory b = _finaliseWithPositionZeroDropped(rival, 0, 7);
        vm.warp(block.timestamp + W_DISPUTE);
        uint256 before = _stakeOf(_prover(0));
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketVoteInvalid.selector, 0, uint8(1)));
        market.slashWithheld(1, rival, b.bc, 0, b.assignments[0], _merkleProof(b.assignments, 0));
        assertEq(_stakeOf(_prover(0)), before);
    }

    function test_proverSlashedAtMostOncePerTranscript() public {
        // prover 0 holds all four positions and withholds them all
        uint256[] memory voters = new uint256[](4);
        Block memory b = _newBlock(market, 1, "a", voters);
        _commitAndReveal(market, proposer, b);
        uint256[] memory signers = new uint256[](4);
        for (uint256 i; i < 4; ++i) {
            signers[i] = 7;
        }
        _prove(market, b, signers);
        _finaliseAfterProofWindow(market, 1);
        vm.warp(block.timestamp + W_DISPUTE);
        uint256 before = _stakeOf(_prover(0));
        market.slashWithheld(1, proposer, b.bc, 0, b.assignments[0], _merkleProof(b.assignments, 0));
        assertEq(before - _stakeOf(_prover(0)), MIN_PROVER_STAKE / 10, "one slash at the rate");
        bytes32 id = market.transcriptId(1, proposer, b.bc);
        for (uint256 i = 1; i < 4; ++i) {
            bytes32[] memory proof = _merkleProof(b.assignments, i);
            vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketAlreadySlashed.selector, id, _prover(0)));
            market.slashWithheld(1, proposer, b.bc, i, b.assignments[i], proof);
        }
        assertEq(before - _stakeOf(_prover(0)), MIN_PROVER_STAKE / 10, "no compounding");
    }

    function test_slashRefusedOnceTheBondRecordExpired() public {
        Block memory b = _newBlock(market, 1, "a", _range(4));
        _finaliseWithPositionDropped(market, b, 1, 7);
        vm.warp(block.timestamp + W_DISPUTE);
        uint64 until = market.proverOf(_prover(1)).bondUntil;
        vm.roll(uint256(until) + 1);
        uint256 before = _stakeOf(_prover(1));
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketBondExpired.selector, _prover(1), until));
        market.slashWithheld(1, proposer, b.bc, 1, b.assignments[1], _merkleProof(b.assignments, 1));
        assertEq(_stakeOf(_prover(1)), before);
    }

    // ------------------------------------------------------------------ 3. uncle farming

    function test_rootCopiesUnderOtherSecretsEarnOneReward() public {
        Block memory a = _newBlock(market, 1, "a", _range(4));
        Block memory copy = _newBlock(market, 1, "a", _range(4, 4));
        copy.secret = keccak256("another secret");
        copy.bc = _commitment(copy.root, copy.secret);
        copy.assignments = _assignments(market, 1, copy.bc, copy.depth, _range(4, 4));
        _commitBlock(market, proposer, a, 10 ether, 2000);
        _commitBlock(market, proposer, copy, 10 ether, 2000);
        _warpToProofWindow(market, 1);
        _reveal(market, proposer, a);
        _reveal(market, proposer, copy);
        _prove(market, a, _range(4));
        bytes32 holder = market.transcriptId(1, proposer, a.bc);
        bytes memory proof = _proof(1, copy.root, copy.depth, _range(4, 4));
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketRootTaken.selector, 1, a.root, holder));
        market.submitProof(1, proposer, copy.bc, copy.assignments, proof);
        assertEq(BlockMarketProofs(address(market)).rootHolderOf(1, a.root), holder);
        uint256 pool = market.rewardsAvailable();
        _finaliseAfterProofWindow(market, 1);
        (,, bytes32[] memory ranking) = market.roundOf(1);
        assertEq(ranking.length, 1, "no uncle for a copy");
        assertEq(pool - market.rewardsAvailable(), 100 ether, "one reward only");
    }

    // ------------------------------------------------------------------ 4. free stall by copying

    function test_copiedCommitNeitherBlocksNorStallsTheHeight() public {
        Block memory b = _newBlock(market, 1, "honest", _range(4));
        Block memory copy = _newBlock(market, 1, "honest", _range(4));
        _commitBlock(market, rival, copy, 10 ether, 2000); // front-runs the honest commit
        _commitAndReveal(market, proposer, b);
        // the rival learns the secret from the honest reveal and reveals and proves its copy first
        _reveal(market, rival, copy);
        _prove(market, copy, _range(4));
        bytes32 copyId = market.transcriptId(1, rival, copy.bc);
        bytes memory proof = _proof(1, b.root, b.depth, _range(4));
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketRootTaken.selector, 1, b.root, copyId));
        market.submitProof(1, proposer, b.bc, b.assignments, proof);
        // the copy's votes are not for the rival: the honest proposer challenges it, takes the bounty and proves
        vm.prank(proposer);
        market.challengeVote(1, rival, copy.bc, 0, copy.assignments[0], _merkleProof(copy.assignments, 0));
        _prove(market, b, _range(4));
        _finaliseAfterProofWindow(market, 1);
        assertEq(uint8(market.transcriptOf(1, proposer, b.bc).status), uint8(IBlockMarket.Status.Won));
        (uint64 headHeight,) = market.head();
        assertEq(headHeight, 1, "the height did not stall");
    }

    function test_proposerCannotCommitALowerShareThanTheVotesSigned() public {
        Block memory b = _newBlock(market, 1, "a", _range(4)); // votes at 20 %
        _commitBlock(market, proposer, b, 10 ether, 0);
        IStakeVault.Balance memory before = vault.balanceOf(proposer, address(token));
        _challengeVote(market, b, 0);
        assertEq(uint8(market.transcriptOf(1, proposer, b.bc).status), uint8(IBlockMarket.Status.Invalid));
        assertEq(before.locked - vault.balanceOf(proposer, address(token)).locked, 5 ether, "bounty from escrow");
    }

    // ------------------------------------------------------------------ 5. low

    function test_rebondingNeverChangesAnOldVotesValidity() public {
        IBlockMarket.Params memory p = _defaultParams();
        BlockMarket m = _deployMarket(p);
        address voter = _prover(20);
        _fund(voter, 2 * MIN_PROVER_STAKE);
        vm.prank(voter);
        m.bondProver(uint64(block.number) + p.bondHorizonBlocks + 10);
        vm.roll(block.number + 1);
        uint256[] memory voters = new uint256[](1);
        voters[0] = 20;
        Block memory b = _newBlock(m, 1, "a", voters);
        _commitBlock(m, proposer, b, 10 ether, 2000);
        // a pause longer than the bond horizon, then a new bond
        vm.roll(block.number + p.bondHorizonBlocks + 10);
        vm.prank(voter);
        m.bondProver(uint64(block.number) + p.bondHorizonBlocks);
        assertEq(BlockMarketProofs(address(m)).bondCount(voter), 2);
        // the voter cannot challenge its own old vote to take the proposer's escrow
        uint256 escrow = vault.balanceOf(proposer, address(token)).locked;
        bytes32[] memory proof = _merkleProof(b.assignments, 0);
        vm.prank(voter);
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketVoteValid.selector, 1, b.bc, 0));
        m.challengeVote(1, proposer, b.bc, 0, b.assignments[0], proof);
        assertEq(vault.balanceOf(proposer, address(token)).locked, escrow);
    }

    function test_unclePotWithoutContributorsStaysInThePool() public {
        Block memory a = _newBlock(market, 1, "a", _range(4));
        Block memory u = _newBlockFor(market, 1, "u", _range(4, 4), rival, 2000);
        _commitBlock(market, proposer, a, 20 ether, 2000);
        _commitBlock(market, rival, u, 10 ether, 2000);
        _warpToProofWindow(market, 1);
        _reveal(market, proposer, a);
        _reveal(market, rival, u);
        _prove(market, a, _range(4));
        uint256[] memory nobody = new uint256[](4);
        for (uint256 i; i < 4; ++i) {
            nobody[i] = 30;
        }
        _prove(market, u, nobody);
        uint256 pool = market.rewardsAvailable();
        _finaliseAfterProofWindow(market, 1);
        assertEq(uint8(market.transcriptOf(1, rival, u.bc).status), uint8(IBlockMarket.Status.Uncle));
        assertEq(market.transcriptOf(1, rival, u.bc).proverPot, 0);
        assertEq(pool - market.rewardsAvailable(), 100 ether, "only the winner's reward left the pool");
    }

    function test_horizonsShorterThanTheWindowsRejectedByName() public {
        IBlockMarket.Params memory p = _defaultParams();
        uint256 escrowMin = (uint256(W_PROP) + W_PROOF + 11) / 12;
        p.escrowLockBlocks = uint32(escrowMin - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IBlockMarket.BlockMarketHorizonTooShort.selector, "escrowLockBlocks", escrowMin - 1, escrowMin
            )
        );
        this.deployExternal(p);
        p = _defaultParams();
        uint256 bondMin = (uint256(W_PROP) + W_PROOF + W_DISPUTE + 11) / 12;
        p.bondHorizonBlocks = uint32(bondMin - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IBlockMarket.BlockMarketHorizonTooShort.selector, "bondHorizonBlocks", bondMin - 1, bondMin
            )
        );
        this.deployExternal(p);
        p.bondHorizonBlocks = uint32(bondMin);
        this.deployExternal(p);
    }

    function deployExternal(IBlockMarket.Params memory p) external returns (BlockMarket) {
        return _deployMarket(p);
    }
}

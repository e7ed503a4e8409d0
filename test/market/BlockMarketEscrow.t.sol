// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {MarketTestBase} from "../utils/MarketTestBase.sol";
import {IBlockMarket} from "../../contracts/market/IBlockMarket.sol";
import {IStakeVault} from "../../contracts/interfaces/IStakeVault.sol";
import {Vm} from "forge-std/Vm.sol";
import {BlockMarket} from "../../contracts/market/BlockMarket.sol";

/// @notice The proposer's burn escrow and the records votes are judged by: a block never wins without its burn, a
/// burn that could not be taken pays no proposer share, and eviction is judged as of the commit.
contract BlockMarketEscrowTest is MarketTestBase {
    function setUp() public override {
        super.setUp();
        _bondProvers(market, 4);
    }

    /// A proven block whose proposer waits for its escrow (and the vault's slashing tail) to run out before anyone
    /// finalises: on the old code it won with nothing burned.
    function _provenAndEscrowGone() internal returns (Block memory b, uint256 stakeBefore, uint256 poolBefore) {
        b = _newBlock(market, 1, "late", _range(4));
        _commitAndReveal(market, proposer, b);
        _prove(market, b, _range(4));
        _warpPastProofWindow(market, 1);
        IStakeVault.ModuleLock[] memory locks = vault.locksOf(proposer, address(token));
        assertEq(locks.length, 1);
        vm.roll(locks[0].slashableUntil);
        stakeBefore = _stakeOf(proposer);
        poolBefore = market.rewardsAvailable();
    }

    function test_lateFinaliseNeverLetsABlockWinWithoutItsBurn() public {
        (Block memory b, uint256 stakeBefore, uint256 poolBefore) = _provenAndEscrowGone();
        vm.expectEmit(address(market));
        emit IBlockMarket.RoundRestarted(1, 1);
        market.finalise(1);
        (uint64 headHeight,) = market.head();
        assertEq(headHeight, 0, "no block without its burn");
        assertEq(uint8(market.transcriptOf(1, proposer, b.bc).status), uint8(IBlockMarket.Status.Proven));
        assertEq(_stakeOf(proposer), stakeBefore, "stake unchanged");
        assertEq(market.rewardsAvailable(), poolBefore, "pool unchanged");
        assertEq(market.claimableOf(proposer), 0);
    }

    function test_escrowOutOfContentionFromTheLockExpiry() public {
        Block memory b = _newBlock(market, 1, "edge", _range(4));
        _commitAndReveal(market, proposer, b);
        _prove(market, b, _range(4));
        _warpPastProofWindow(market, 1);
        IStakeVault.ModuleLock[] memory locks = vault.locksOf(proposer, address(token));
        // one block before the lock runs out the block still wins, its burn taken in full
        vm.roll(locks[0].until - 1);
        uint256 stakeBefore = _stakeOf(proposer);
        market.finalise(1);
        (uint64 headHeight,) = market.head();
        assertEq(headHeight, 1);
        assertEq(_stakeOf(proposer), stakeBefore - 10 ether, "burn taken");
    }

    function test_expiredEscrowLeavesTheWinToTheNextLiveTranscript() public {
        // the proposer commits first (earlier escrow period); the rival commits with a smaller burn a period later
        Block memory a = _newBlock(market, 1, "a", _range(4));
        _commitBlock(market, proposer, a, 20 ether, 2000);
        uint64 period = market.params().escrowLockBlocks;
        (uint64 start,,) = market.roundOf(1);
        vm.roll((block.number / period + 1) * period);
        vm.warp(uint256(start) + W_PROP - 1);
        Block memory c = _newBlockFor(market, 1, "c", _range(4), rival, DEFAULT_BPS);
        _commitBlock(market, rival, c, 10 ether, 2000);
        _warpToProofWindow(market, 1);
        _reveal(market, proposer, a);
        _reveal(market, rival, c);
        _prove(market, a, _range(4));
        _prove(market, c, _range(4));
        _warpPastProofWindow(market, 1);
        IStakeVault.ModuleLock[] memory locks = vault.locksOf(proposer, address(token));
        vm.roll(locks[0].until);
        uint256 proposerBefore = _stakeOf(proposer);
        uint256 rivalBefore = _stakeOf(rival);
        market.finalise(1);
        assertEq(uint8(market.transcriptOf(1, rival, c.bc).status), uint8(IBlockMarket.Status.Won));
        assertEq(_stakeOf(rival), rivalBefore - 10 ether, "the rival's burn taken");
        assertEq(_stakeOf(proposer), proposerBefore, "nothing taken from the expired escrow");
    }

    // ------------------------------------------------------------------ a burn that could not be taken

    function test_burnShortfallPaysNoProposerShareAndKeepsItInThePool() public {
        Block memory b = _newBlock(market, 1, "short", _range(4));
        _commitAndReveal(market, proposer, b);
        _prove(market, b, _range(4));
        _warpPastProofWindow(market, 1);
        // a vault that takes less than asked (the market's own lock never does; the market must not rely on it)
        uint64 escrowUntil = vault.locksOf(proposer, address(token))[0].until;
        vm.mockCall(
            address(vault),
            abi.encodeCall(
                IStakeVault.slash, (proposer, address(token), 10 ether, escrowUntil, address(0), market.REASON_BURN())
            ),
            abi.encode(uint256(4 ether))
        );
        uint256 poolBefore = market.rewardsAvailable();
        bytes32 id = market.transcriptId(1, proposer, b.bc);
        vm.expectEmit(address(market));
        emit IBlockMarket.BurnShortfall(1, id, 10 ether, 4 ether);
        market.finalise(1);
        assertEq(market.claimableOf(proposer), 0, "no proposer share without the full burn");
        IBlockMarket.Transcript memory t = market.transcriptOf(1, proposer, b.bc);
        assertEq(t.proverPot, 20 ether, "the provers keep their share");
        assertEq(market.rewardsAvailable(), poolBefore - 20 ether, "the proposer's 80 stay in the pool");
    }

    // ------------------------------------------------------------------ eviction as of the commit

    /// Governance evicts `evicted`, height 1 is committed with four voters (`evicted` among them), then governance sets
    /// `evictedAfter` for it: the status a vote is judged by changes only after the commit.
    function _commitBetweenEvictions(address evicted, bytes32 seed, bool evictedAfter)
        internal
        returns (Block memory b)
    {
        vm.prank(governance);
        market.setEvicted(evicted, true);
        vm.warp(block.timestamp + 1);
        b = _newBlock(market, 1, seed, _range(4));
        _commitBlock(market, proposer, b, 10 ether, 2000);
        vm.warp(block.timestamp + 1);
        vm.prank(governance);
        market.setEvicted(evicted, evictedAfter);
    }

    /// A prover evicted before the commit and reinstated after it: its vote is bad, whatever came later.
    function test_evictionIsJudgedAsOfTheCommitNotByALaterReinstatement() public {
        address evicted = _prover(1);
        Block memory b = _commitBetweenEvictions(evicted, "evicted", false);
        address challenger = makeAddr("challenger");
        vm.expectEmit(address(market));
        emit IBlockMarket.BadVoteProven(1, b.bc, evicted, 1, market.BAD_EVICTED(), challenger, 5 ether);
        vm.prank(challenger);
        market.challengeVote(1, proposer, b.bc, 1, b.assignments[1], _merkleProof(b.assignments, 1));
    }

    /// A prover evicted before the commit and evicted again after it (governance repeating itself): still bad.
    function test_repeatedEvictionAfterTheCommitKeepsTheVoteBad() public {
        address evicted = _prover(2);
        Block memory b = _commitBetweenEvictions(evicted, "again", true);
        vm.prank(rival);
        market.challengeVote(1, proposer, b.bc, 2, b.assignments[2], _merkleProof(b.assignments, 2));
        assertEq(uint8(market.transcriptOf(1, proposer, b.bc).status), uint8(IBlockMarket.Status.Invalid));
    }

    /// A prover evicted only after the commit (or evicted and reinstated before it) voted validly.
    function test_evictionOutsideTheCommitLeavesTheVoteValid() public {
        address early = _prover(0);
        address late = _prover(3);
        vm.startPrank(governance);
        market.setEvicted(early, true);
        vm.warp(block.timestamp + 1);
        market.setEvicted(early, false);
        vm.stopPrank();
        vm.warp(block.timestamp + 1);
        Block memory b = _newBlock(market, 1, "valid", _range(4));
        _commitBlock(market, proposer, b, 10 ether, 2000);
        vm.warp(block.timestamp + 1);
        vm.prank(governance);
        market.setEvicted(late, true);
        uint256 stakeBefore = _stakeOf(proposer);
        for (uint256 i; i < 4; i += 3) {
            vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketVoteValid.selector, 1, b.bc, i));
            vm.prank(rival);
            market.challengeVote(1, proposer, b.bc, i, b.assignments[i], _merkleProof(b.assignments, i));
        }
        assertEq(_stakeOf(proposer), stakeBefore, "nothing moved");
    }

    // ------------------------------------------------------------------ each period's escrow pays its own burns

    /// The lock of `module` that expires at `until` (0 when there is none).
    function _lockAt(address module, uint64 until) internal view returns (uint256 amount) {
        IStakeVault.ModuleLock[] memory locks = vault.locksOf(proposer, address(token));
        for (uint256 i; i < locks.length; ++i) {
            if (locks[i].module == module && locks[i].until == until) amount += locks[i].amount;
        }
    }

    /// Two escrow periods of one proposer in a pipelined market, the later period's lock in a lower vault slot than
    /// the earlier one's: height 1's burn must come out of period 0's lock, so height 2 (period 1) still wins with its
    /// burn in full after period 0's lock has run out. On the slot-order vault the first burn drained period 1's lock
    /// and the second winner met `BurnShortfall`.
    function test_aBurnComesOutOfItsOwnPeriodsEscrowNotALaterOne() public {
        IBlockMarket.Params memory p = _defaultParams();
        p.pipelined = true;
        BlockMarket m = _deployFundedMarket(p, 4, 1000 ether);
        uint64 period = p.escrowLockBlocks;
        // another module holds the proposer's slot 0 throughout and slot 1 briefly (dead before period 1)
        address other = makeAddr("otherModule");
        vault.setModule(other, true);
        vm.startPrank(other);
        vault.lock(proposer, address(token), 7 ether, 5 * period);
        vault.lock(proposer, address(token), 1 ether, uint64(block.number) + 1);
        vm.stopPrank();
        // period 0: height 1's escrow (slot 2, until 2 * period)
        Block memory a = _newBlock(m, 1, "a", _range(4));
        _commitBlock(m, proposer, a, 10 ether, 2000);
        _warpToProofWindow(m, 1);
        // period 1: height 2's escrow (reuses the dead slot 1, until 3 * period)
        vm.roll(period);
        Block memory b = _newBlock(m, 2, "b", _range(4));
        IBlockMarket.Commit memory c = IBlockMarket.Commit(
            2, b.bc, keccak256(abi.encode(uint64(1), bytes32(0), a.root)), 10 ether, 2000, b.depth
        );
        vm.prank(proposer);
        m.commitTranscript(c, b.assignments);
        assertEq(_lockAt(address(m), 2 * period), 10 ether);
        assertEq(_lockAt(address(m), 3 * period), 10 ether);
        _reveal(m, proposer, a);
        _prove(m, a, _range(4));
        _finaliseAfterProofWindow(m, 1);
        assertEq(_lockAt(address(m), 2 * period), 0, "height 1's burn out of period 0's lock");
        assertEq(_lockAt(address(m), 3 * period), 10 ether, "period 1's lock untouched");
        assertEq(_lockAt(other, 5 * period), 7 ether, "the other module's lock untouched");
        // height 2 is finalised once period 0's lock and its slashing tail are over; its own escrow is live
        _reveal(m, proposer, b);
        _prove(m, b, _range(4));
        _warpPastProofWindow(m, 2);
        vm.roll(2 * period + vault.SLASHING_HORIZON());
        uint256 stakeBefore = _stakeOf(proposer);
        uint256 poolBefore = m.rewardsAvailable();
        vm.recordLogs();
        m.finalise(2);
        assertEq(uint8(_status(m, b)), uint8(IBlockMarket.Status.Won));
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            assertTrue(logs[i].topics[0] != IBlockMarket.BurnShortfall.selector, "no burn shortfall");
        }
        assertEq(_stakeOf(proposer), stakeBefore - 10 ether, "height 2's burn taken in full");
        assertEq(_lockAt(address(m), 3 * period), 0, "out of period 1's lock");
        assertEq(_lockAt(other, 5 * period), 7 ether, "the other module's lock untouched");
        assertGt(m.claimableOf(proposer), 0, "the proposer share is paid");
        assertLt(m.rewardsAvailable(), poolBefore);
    }
}

// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {MarketTestBase} from "../utils/MarketTestBase.sol";
import {BlockMarket} from "../../contracts/market/BlockMarket.sol";
import {IBlockMarket} from "../../contracts/market/IBlockMarket.sol";
import {IStakeVault} from "../../contracts/interfaces/IStakeVault.sol";

/// @notice Isolation (MECHANISM.md §1, §5): a block market registered with hostile parameters (100 % bad-vote bounty,
/// the shortest escrow it accepts) cannot take, free or shorten stake its stakers locked for another rollup, nor let them escape
/// their own locks or the withdrawal delay. Each test is the issue's exploit, run by the attacker's own calls: on the
/// vault with one unattributed lock pool the hostile bounty was paid out of the staker's oldest lock (another
/// market's bond or burn escrow) or out of its pending withdrawal; now it comes out of the hostile market's own lock.
contract StakeVaultIsolationTest is MarketTestBase {
    address internal accomplice = makeAddr("accomplice");
    BlockMarket internal hostile;

    function setUp() public override {
        super.setUp();
        _bondProvers(market, 8);
        IBlockMarket.Params memory p = _defaultParams();
        p.badVoteBountyBps = 10_000;
        // The shortest escrow the market accepts: its proposal and proof windows at one block per 12 s.
        p.escrowLockBlocks = uint32((uint256(p.proposalWindow) + p.proofWindow + 11) / 12);
        hostile = _deployMarket(p);
    }

    /// The staker commits in its own hostile market a transcript whose votes are by unbonded provers (a bad vote),
    /// with `burn` escrowed, and challenges it from a second address.
    function _hostileChallenge(address staker, uint96 burn) internal returns (uint256 paid) {
        Block memory b = _newBlock(hostile, 1, "hostile", _range(100, 4));
        _commitBlock(hostile, staker, b, burn, 0);
        uint256 before = token.balanceOf(accomplice);
        vm.prank(accomplice);
        hostile.challengeVote(b.height, staker, b.bc, 0, b.assignments[0], _merkleProof(b.assignments, 0));
        paid = token.balanceOf(accomplice) - before;
    }

    function _stake(address who) internal view returns (uint256) {
        IStakeVault.Balance memory bal = vault.balanceOf(who, address(token));
        return bal.free + bal.locked + bal.pending;
    }

    function test_hostileMarketCannotEmptyABondOfAnotherMarket() public {
        address prover = _prover(0);
        (uint256 bondBefore,) = vault.lockedFor(prover, address(token), address(market));
        assertEq(bondBefore, MIN_PROVER_STAKE);

        // All of the prover's stake is bonded in the honest market: the hostile escrow cannot even be taken.
        Block memory attempt = _newBlock(hostile, 1, "hostile", _range(100, 4));
        vm.expectRevert(
            abi.encodeWithSelector(IStakeVault.StakeVaultInsufficientFree.selector, prover, address(token), 1 ether, 0)
        );
        _commitBlock(hostile, prover, attempt, 1 ether, 0);

        // With 1 ether more, the 100 % bounty pays out that ether (the hostile market's own lock), never the bond.
        _fund(prover, 1 ether);
        uint256 vaultBefore = token.balanceOf(address(vault));
        uint256 paid = _hostileChallenge(prover, 1 ether);
        assertEq(paid, 1 ether);
        (uint256 bondAfter,) = vault.lockedFor(prover, address(token), address(market));
        assertEq(bondAfter, MIN_PROVER_STAKE, "the honest market's bond moved");
        assertEq(_stake(prover), MIN_PROVER_STAKE);
        assertEq(vault.balanceOf(prover, address(token)).locked, MIN_PROVER_STAKE);
        assertEq(token.balanceOf(address(vault)), vaultBefore - 1 ether);

        // A second challenge round within three blocks finds nothing more to take.
        vm.roll(block.number + 3);
        (, uint256 slashable) = vault.lockedFor(prover, address(token), address(hostile));
        assertEq(slashable, 0);
        vm.prank(address(hostile));
        assertEq(vault.slash(prover, address(token), MIN_PROVER_STAKE, 0, accomplice, 1), 0);
        (bondAfter,) = vault.lockedFor(prover, address(token), address(market));
        assertEq(bondAfter, MIN_PROVER_STAKE);
    }

    function test_hostileMarketCannotEmptyABurnEscrowBeforeFinalise() public {
        Block memory b = _newBlock(market, 1, "honest", _range(4));
        _commitBlock(market, proposer, b, 10 ether, 2000);
        (uint256 escrowBefore,) = vault.lockedFor(proposer, address(token), address(market));
        assertEq(escrowBefore, 10 ether);

        uint256 paid = _hostileChallenge(proposer, 5 ether);
        assertEq(paid, 5 ether, "the bounty is the hostile escrow, nothing more");
        (uint256 escrowAfter,) = vault.lockedFor(proposer, address(token), address(market));
        assertEq(escrowAfter, 10 ether, "the honest market's escrow moved");

        // The honest block still burns its whole escrow at finalise.
        _warpToProofWindow(market, 1);
        _reveal(market, proposer, b);
        _prove(market, b, _range(4));
        _warpPastProofWindow(market, 1);
        uint256 supply = token.totalSupply();
        market.finalise(1);
        assertEq(supply - token.totalSupply(), 10 ether);
    }

    function test_hostileMarketCannotReleaseAPendingWithdrawalEarly() public {
        address staker = makeAddr("leaver");
        _fund(staker, 100 ether);
        vm.prank(staker);
        vault.requestWithdrawal(address(token), 100 ether);
        IStakeVault.Balance memory before = vault.balanceOf(staker, address(token));

        // Pending stake cannot be locked for the hostile market, so its bounty has nothing to pay out.
        Block memory attempt = _newBlock(hostile, 1, "hostile", _range(100, 4));
        vm.expectRevert(
            abi.encodeWithSelector(IStakeVault.StakeVaultInsufficientFree.selector, staker, address(token), 1 ether, 0)
        );
        _commitBlock(hostile, staker, attempt, 1 ether, 0);
        vm.roll(block.number + 2);
        vm.prank(address(hostile));
        assertEq(vault.slash(staker, address(token), 100 ether, 0, accomplice, 1), 0);

        IStakeVault.Balance memory afterAttack = vault.balanceOf(staker, address(token));
        assertEq(afterAttack.pending, before.pending);
        assertEq(afterAttack.withdrawableAt, before.withdrawableAt);
        assertEq(token.balanceOf(accomplice), 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                IStakeVault.StakeVaultWithdrawalNotReady.selector,
                staker,
                address(token),
                before.withdrawableAt,
                uint64(block.number)
            )
        );
        vm.prank(staker);
        vault.withdraw(address(token));
    }
}

// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ISlotAuctionTypes} from "../../contracts/auction/ISlotAuctionTypes.sol";
import {ISlotAuctionFull} from "../../contracts/auction/ISlotAuctionViews.sol";
import {AuctionFixture} from "../utils/AuctionFixture.sol";

/// Paths of the gas-saving storage encodings: the owed-reward sentinel, the delegated-entry tag, the short code of
/// the stake unit (and its fallback to the full value).
contract SlotAuctionStoragePathsTest is AuctionFixture {
    function test_creditAfterClaimStartsFromZero() public {
        uint256 first = _electPublishAndSettleAlice();
        assertGt(first, 0);
        vm.prank(alice);
        assertEq(auction.claim(), first);
        assertEq(auction.claimable(alice), 0, "nothing owed after a claim");
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionNothingToClaim.selector, alice));
        vm.prank(alice);
        auction.claim();

        // Epoch 2 opens after epoch 0's slots: a second credit on the same account.
        _electThree(2);
        _publishAll(2);
        vm.roll(_slotEnd(2));
        (ISlotAuctionTypes.Entry memory en,,) = auction.entryOf(2, 0);
        assertGt(en.published, 0);
        vm.prank(alice);
        auction.settle(2, 0);
        assertEq(auction.claimable(alice), REWARD * en.published, "second credit counted from zero");
        vm.prank(alice);
        assertEq(auction.claim(), REWARD * en.published);
        assertEq(reward.balanceOf(alice), first + REWARD * en.published);
        assertEq(auction.claimable(alice), 0);
    }

    function test_delegatedEntryKeepsTokenIndexAndSecondWord() public {
        vm.prank(alice);
        auction.setCommission(2_500);
        vm.roll(_bidStart(0));
        _depositToken(stake2, dave, 40 ether);
        _deposit(bob, 20 ether);
        _openDelegation(alice);
        vm.prank(dave);
        uint256 delegated = auction.bidFor(0, alice, address(stake2), 40 ether, 10_000);
        uint256 own = _bid(bob, 0, 20 ether);
        (ISlotAuctionTypes.Entry memory en, uint256 start, uint256 end) = auction.entryOf(0, delegated);
        assertEq(en.sequencer, alice);
        assertEq(en.delegator, dave);
        assertEq(en.commissionBps, 2_500);
        assertEq(en.tokenIndex, 1, "stake2, without the delegation tag");
        assertEq(en.amount, 40 ether);
        assertEq(end - start, 120, "40 tokens of weight 3");
        (en,,) = auction.entryOf(0, own);
        assertEq(en.sequencer, bob);
        assertEq(en.delegator, address(0));
        assertEq(en.commissionBps, 0);
        assertEq(en.tokenIndex, 0);
        assertEq(en.amount, 20 ether);
    }

    function test_stakeUnitWithShortCode() public {
        _checkUnit(25e16, alice); // 25 · 10^16
    }

    function test_stakeUnitWithoutShortCode() public {
        _checkUnit(1 ether + 1, alice); // mantissa above 2^10: the full value is read
        _checkUnit(1_234_567e12, bob); // 1,234,567 · 10^12: mantissa above 2^10
    }

    function testFuzz_stakeUnitRoundTrips(uint128 unit) public {
        unit = uint128(bound(unit, 1, 1_000 ether));
        ISlotAuctionTypes.Params memory p = _params();
        p.stakeUnit = unit;
        ISlotAuctionFull a = _deploy(p, 1, NO_CAP);
        assertEq(a.params().stakeUnit, unit);
    }

    /// A single bidder with 50 tokens on a fresh auction: units are floor(50e18 / unit), the settlement takes the
    /// reserve's units (10 for 8 slots) at `unit` tokens each.
    function _checkUnit(uint128 unit, address who) private {
        ISlotAuctionTypes.Params memory p = _params();
        p.stakeUnit = unit;
        auction = _deploy(p, 1, NO_CAP);
        assertEq(auction.params().stakeUnit, unit);
        vm.roll(_bidStart(0));
        _deposit(who, 50 ether);
        _bid(who, 0, 50 ether);
        ISlotAuctionTypes.EpochInfo memory info = auction.epochInfo(0);
        assertEq(info.totalUnits, 50 ether / uint256(unit));
        vm.roll(_sealStart(0));
        auction.seal(0);
        vm.roll(_slotEnd(0));
        (uint256 units, uint256 amount) = auction.settlementStakeOf(0, 0);
        assertEq(units, 10);
        assertEq(amount, 10 * uint256(unit));
        vm.prank(who);
        auction.settle(0, 0);
        assertEq(vault.balanceOf(who, address(stake)).locked, amount);
    }
}

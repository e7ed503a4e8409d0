// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ISlotAuctionTypes} from "../../contracts/auction/ISlotAuctionTypes.sol";
import {AuctionFixture} from "../utils/AuctionFixture.sol";

/// @notice MECHANISM §3.4: the settlement price `P_i` of a sequencer is the highest total bid (own plus delegated
/// entries, one party) of any other sequencer, never below the reserve `minBid` (10 units in the fixture). Before
/// this design `S_(2)` was the second-highest entry: a party moved its own price by splitting, by adding a tiny
/// entry, and the reserve applied only to a lone entry. Epochs 0 and 1 run the two variants of each case side by
/// side (same timeline, independent books).
contract SlotAuctionSecondPriceTest is AuctionFixture {
    function setUp() public override {
        super.setUp();
        _deposit(alice, 1_000 ether);
        _deposit(bob, 1_000 ether);
        _deposit(carol, 1_000 ether);
        _deposit(dave, 1_000 ether);
    }

    function _bids(uint64 k, address[] memory who, uint256[] memory amounts) internal {
        _bidsOnly(k, who, amounts);
    }

    function _bidsOnly(uint64 k, address[] memory who, uint256[] memory amounts) internal {
        vm.roll(_bidStart(k));
        for (uint256 i; i < who.length; ++i) _bid(who[i], k, amounts[i] * 1 ether);
        vm.roll(_sealStart(k));
        auction.seal(k);
    }

    function _list(address a, address b, address c) internal pure returns (address[] memory l) {
        l = new address[](3);
        (l[0], l[1], l[2]) = (a, b, c);
    }

    function _list(address a, address b, address c, address d) internal pure returns (address[] memory l) {
        l = new address[](4);
        (l[0], l[1], l[2], l[3]) = (a, b, c, d);
    }

    function _amounts(uint256 a, uint256 b, uint256 c) internal pure returns (uint256[] memory l) {
        l = new uint256[](3);
        (l[0], l[1], l[2]) = (a, b, c);
    }

    function _amounts(uint256 a, uint256 b, uint256 c, uint256 d) internal pure returns (uint256[] memory l) {
        l = new uint256[](4);
        (l[0], l[1], l[2], l[3]) = (a, b, c, d);
    }

    /// The issue's case: the top bidder splitting 35 into 20 + 15 changed its own price; now it is bob's total.
    function test_secondPriceUnchangedWhenTheTopSplitsItsBid() public {
        _bids(0, _list(alice, bob, carol), _amounts(35, 20, 10));
        _bids(1, _list(alice, alice, bob, carol), _amounts(20, 15, 20, 10));
        assertEq(auction.settlementPriceOf(0, alice), 20, "alice pays at bob's total");
        assertEq(auction.settlementPriceOf(1, alice), 20, "unchanged by her split");
        assertEq(auction.settlementPriceOf(0, bob), 35, "bob pays at alice's total");
        assertEq(auction.settlementPriceOf(1, bob), 35, "alice's split does not lower bob's price either");
        assertEq(auction.settlementPriceOf(1, carol), 35);
    }

    /// Everyone splitting into small entries no longer collapses the price towards the smallest entry.
    function test_secondPriceUnchangedWhenEveryoneSplitsIntoSmallEntries() public {
        address[] memory pair = new address[](2);
        (pair[0], pair[1]) = (alice, bob);
        _bids(0, pair, _amountsPair(30, 20));
        vm.roll(_bidStart(1));
        for (uint256 i; i < 6; ++i) _bid(alice, 1, 5 ether);
        for (uint256 i; i < 4; ++i) _bid(bob, 1, 5 ether);
        vm.roll(_sealStart(1));
        auction.seal(1);
        assertEq(auction.settlementPriceOf(1, alice), auction.settlementPriceOf(0, alice));
        assertEq(auction.settlementPriceOf(1, bob), auction.settlementPriceOf(0, bob));
        assertEq(auction.settlementPriceOf(1, alice), 20);
        assertEq(auction.settlementPriceOf(1, bob), 30);
    }

    /// The runner-up's price was its own bid; now it is the top's total, whatever the runner-up bids below it.
    function test_secondPriceUnchangedWhenAPartyLowersItsBid() public {
        _bids(0, _list(alice, bob, carol), _amounts(40, 30, 10));
        _bids(1, _list(alice, bob, carol), _amounts(40, 25, 10));
        assertEq(auction.settlementPriceOf(0, bob), 40);
        assertEq(auction.settlementPriceOf(1, bob), 40, "bob lowering his bid does not lower his price");
        // The top lowering its bid (staying on top) does not move its price either.
        _bids(2, _list(alice, bob, carol), _amounts(35, 30, 10));
        assertEq(auction.settlementPriceOf(0, alice), 30);
        assertEq(auction.settlementPriceOf(2, alice), 30);
    }

    /// A lone sequencer adding a 1-unit entry paid ~1 instead of the reserve; the reserve now holds however many
    /// entries there are, and a tiny extra entry never moves anyone's price.
    function test_secondPriceUnchangedByATinyOwnEntryAndNeverBelowTheReserve() public {
        _bids(0, _list(alice, alice, alice), _amounts(50, 1, 1));
        assertEq(auction.settlementPriceOf(0, alice), 10, "the reserve, not the 1-unit entry");
        _bids(1, _list(alice, bob, alice), _amounts(50, 30, 1));
        assertEq(auction.settlementPriceOf(1, alice), 30, "bob's total, not alice's tiny entry");
        assertEq(auction.settlementPriceOf(1, bob), 51);
        // Another sequencer's total below the reserve: the reserve.
        _bids(2, _list(alice, bob, bob), _amounts(50, 3, 2));
        assertEq(auction.settlementPriceOf(2, alice), 10, "bob's 5 is below the reserve of 10");
    }

    /// Ties: equal totals price each other.
    function test_secondPriceTiesPriceEachOther() public {
        _bids(0, _list(alice, bob, carol), _amounts(30, 30, 10));
        assertEq(auction.settlementPriceOf(0, alice), 30);
        assertEq(auction.settlementPriceOf(0, bob), 30);
        assertEq(auction.settlementPriceOf(0, carol), 30);
        ISlotAuctionTypes.EpochInfo memory info = auction.epochInfo(0);
        assertEq(info.topBid, 30);
        assertEq(info.secondBid, 30);
    }

    /// One sequencer with several entries is one party: its total is its bid.
    function test_secondPriceOneSequencerWithSeveralEntriesIsOneParty() public {
        _bids(0, _list(alice, bob, alice, alice), _amounts(10, 25, 10, 10));
        assertEq(auction.settlementPriceOf(0, bob), 30, "alice's three entries total 30");
        assertEq(auction.settlementPriceOf(0, alice), 25);
        assertEq(auction.epochInfo(0).topBid, 30);
    }

    /// Delegated entries count towards their sequencer's total.
    function test_secondPriceDelegationCountedToItsSequencer() public {
        _openDelegation(alice);
        vm.roll(_bidStart(0));
        _bid(alice, 0, 10 ether);
        _bid(bob, 0, 30 ether);
        vm.prank(dave);
        auction.bidFor(0, alice, address(stake), 40 ether, 10_000);
        vm.roll(_sealStart(0));
        auction.seal(0);
        assertEq(auction.settlementPriceOf(0, bob), 50, "alice's own 10 and dave's 40 for her");
        assertEq(auction.settlementPriceOf(0, alice), 30);
        assertEq(auction.settlementPriceOf(0, dave), 50, "dave is no sequencer: he would pay the top's total");
    }

    /// The settlement stake is min(bid, slots · P_i / e) per entry, with P_i from the other sequencers' totals.
    function test_settlementStakeUsesTheOtherSequencersTotal() public {
        _bids(0, _list(alice, alice, bob), _amounts(20, 15, 20));
        vm.roll(_slotEnd(0));
        for (uint256 j; j < 3; ++j) {
            (, uint256 n) = auction.slotsOf(0, j);
            (uint256 units,) = auction.settlementStakeOf(0, j);
            address seq = j == 2 ? bob : alice;
            uint256 p = auction.settlementPriceOf(0, seq);
            uint256 bidUnits = j == 0 ? 20 : (j == 1 ? 15 : 20);
            uint256 expected = n * p / E;
            assertEq(units, expected < bidUnits ? expected : bidUnits, "min(bid, slots * P / e)");
        }
    }

    /// The cap branch of `S' = min(bid, slots · P_i / e)`: a 1-unit entry that draws a slot against a 30-unit
    /// sequencer would owe 30/8 units at the price but never more than its bid, so its whole bid (and no more) is
    /// the settlement stake. Epochs are tried until the small entry draws a slot (about one in four does).
    function test_secondPriceCapsTheSettlementStakeAtTheEntrysBid() public {
        bool hit;
        for (uint64 k; k < 16 && !hit; ++k) {
            vm.roll(_bidStart(k));
            _bid(alice, k, 1 ether);
            _bid(bob, k, 30 ether);
            vm.roll(_sealStart(k));
            vm.prevrandao(bytes32(uint256(k) + 1));
            auction.seal(k);
            (, uint256 n) = auction.slotsOf(k, 0);
            if (n == 0) continue;
            hit = true;
            assertEq(auction.settlementPriceOf(k, alice), 30);
            assertGe(n * 30 / E, 1, "the price alone would exceed the bid");
            (uint256 units, uint256 amount) = auction.settlementStakeOf(k, 0);
            assertEq(units, 1, "capped at the entry's bid");
            assertEq(amount, 1 ether, "the whole bid amount");
            vm.roll(_slotEnd(k));
            vm.prank(alice);
            auction.settle(k, 0);
            (ISlotAuctionTypes.Entry memory en,,) = auction.entryOf(k, 0);
            assertTrue(en.settled, "settled at the capped stake");
        }
        assertTrue(hit, "some epoch gave the 1-unit entry a slot");
    }

    function _amountsPair(uint256 a, uint256 b) internal pure returns (uint256[] memory l) {
        l = new uint256[](2);
        (l[0], l[1]) = (a, b);
    }
}

/// @notice MECHANISM §3.1: delegation needs the sequencer's consent and the delegator's commission ceiling.
contract SlotAuctionDelegationTest is AuctionFixture {
    /// The attack: electing addresses that never agreed (nobody could publish in their slots). Refused, nothing moves.
    function test_bidForAnAddressThatNeverOptedInIsRefused() public {
        address dead = makeAddr("dead");
        _deposit(dave, 50 ether);
        vm.roll(_bidStart(0));
        uint256 free = _free(dave);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionDelegationClosed.selector, dead));
        vm.prank(dave);
        auction.bidFor(0, dead, address(stake), 50 ether, 10_000);
        assertEq(_free(dave), free, "delegator's stake untouched");
        assertEq(auction.epochInfo(0).entries, 0);
        // Opting in (and out again) is the sequencer's own decision.
        _openDelegation(alice);
        assertTrue(auction.delegationOpen(alice));
        vm.prank(dave);
        auction.bidFor(0, alice, address(stake), 10 ether, 10_000);
        vm.prank(alice);
        auction.setDelegationOpen(false);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionDelegationClosed.selector, alice));
        vm.prank(dave);
        auction.bidFor(0, alice, address(stake), 10 ether, 10_000);
    }

    /// The attack: a sequencer raises its commission to 100 % just before bidding opens. The delegator's ceiling
    /// refuses the bid with the commission named; nothing is locked.
    function test_bidForAboveTheDelegatorsMaxCommissionIsRefused() public {
        _openDelegation(alice);
        _deposit(dave, 50 ether);
        vm.roll(_bidStart(0) - 1);
        vm.prank(alice);
        auction.setCommission(10_000);
        vm.roll(_bidStart(0));
        assertEq(auction.commissionOf(alice, 0), 10_000);
        vm.expectRevert(
            abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionCommissionAboveMax.selector, alice, 10_000, 500)
        );
        vm.prank(dave);
        auction.bidFor(0, alice, address(stake), 50 ether, 500);
        assertEq(_free(dave), 50 ether, "nothing locked");
        assertEq(auction.epochInfo(0).entries, 0);
        vm.prank(dave);
        auction.bidFor(0, alice, address(stake), 50 ether, 10_000);
        assertEq(_free(dave), 0);
    }
}

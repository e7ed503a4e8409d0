// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ISlotAuctionTypes} from "../../contracts/auction/ISlotAuctionTypes.sol";
import {AuctionFixture} from "../utils/AuctionFixture.sol";

/// @notice The views' own checks: an entry or slot beyond the epoch's is refused with its typed error naming the epoch
/// and the bound, the place views exist only for a capped auction (at most 4 places) and only until the seal, and a
/// block before genesis belongs to no epoch. A view never answers for something that is not there.
contract SlotAuctionViewBoundsTest is AuctionFixture {
    function test_viewsRefuseAnEntryBeyondTheEpochsEntries() public {
        _electThree(0);
        uint256 beyond = type(uint128).max;
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionEntryOutOfRange.selector, 0, beyond, 3));
        auction.slotsOf(0, beyond);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionEntryOutOfRange.selector, 0, beyond, 3));
        auction.settlementStakeOf(0, beyond);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionEntryOutOfRange.selector, 0, beyond, 3));
        auction.entryBoundsOf(0, beyond);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionEntryOutOfRange.selector, 0, beyond, 3));
        auction.entryOf(0, beyond);
    }

    function test_viewsRefuseASlotBeyondTheEpochsSlots() public {
        _electThree(0);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionSlotOutOfRange.selector, 0, E, E));
        auction.slotOfItem(0, E);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionSlotOutOfRange.selector, 0, E, E));
        auction.sequencerOf(0, E);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionSlotOutOfRange.selector, 0, E, E));
        auction.entryOfSlot(0, E);
    }

    function test_placeViewsAnswerOnlyForACappedAuction() public {
        // The fixture's default auction has no sequencer cap: no places to show, before the seal or after it.
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionNotCapped.selector, 0, NO_CAP));
        auction.placeLineOf(0);
        _electThree(0);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionNotCapped.selector, 0, NO_CAP));
        auction.placeHolderOf(0, 0);
    }

    function test_placeLineEndsAtTheSealAndPlaceHoldersStayInTheEpoch() public {
        auction = _deploy(_params(), 1, 3);
        _electThree(0);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionAlreadySealed.selector, 0));
        auction.placeLineOf(0);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionSlotOutOfRange.selector, 0, E, E));
        auction.placeHolderOf(0, E);
        assertEq(auction.placeHolderOf(0, 0), auction.sequencerOf(0, 0), "a place holder is the slot's sequencer");
    }

    function test_aBlockBeforeGenesisBelongsToNoEpoch() public view {
        (uint64 epoch, bool biddingOpen) = auction.epochAt(GENESIS - 1);
        assertEq(epoch, 0);
        assertFalse(biddingOpen);
    }
}

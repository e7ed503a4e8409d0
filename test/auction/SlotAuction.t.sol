// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IRollupModule} from "../../contracts/interfaces/IRollupModule.sol";
import {IStakeVault} from "../../contracts/interfaces/IStakeVault.sol";
import {ISlotAuctionTypes} from "../../contracts/auction/ISlotAuctionTypes.sol";
import {ISlotAuctionFull} from "../../contracts/auction/ISlotAuctionViews.sol";
import {SlotAllocation} from "../../contracts/libraries/SlotAllocation.sol";
import {ModuleArgs} from "../../contracts/libraries/ModuleArgs.sol";
import {SlotAuction} from "../../contracts/auction/SlotAuction.sol";
import {SlotAuctionViews} from "../../contracts/auction/SlotAuctionViews.sol";
import {AuctionFixture} from "../utils/AuctionFixture.sol";
import {MaliciousToken} from "../utils/MaliciousToken.sol";
import {AuctionAllocationHarness} from "../utils/AuctionAllocationHarness.sol";
import {AuctionSeedHarness} from "../utils/AuctionSeedHarness.sol";

contract SlotAuctionTest is AuctionFixture {
    // ------------------------------------------------------------ initialisation and module interface

    function test_initialiseSetsModuleFields() public view {
        assertEq(auction.mechanism(), keccak256("baton.slot-auction"));
        assertEq(auction.rollupId(), 7);
        assertEq(auction.vault(), address(vault));
        assertEq(auction.governance(), gov);
        assertEq(auction.rollupOwner(), owner);
        ISlotAuctionTypes.Params memory p = auction.params();
        assertEq(p.slotsPerEpoch, E);
        assertEq(p.rewardPerSlot, REWARD);
        assertEq(auction.stakeTokens().length, 2);
        assertEq(auction.stakeTokens()[1].weight, 3);
    }

    function test_initialiseTwiceFails() public {
        vm.expectRevert(ISlotAuctionTypes.SlotAuctionAlreadyInitialised.selector);
        auction.initialize(_init(1, NO_CAP), abi.encode(_params()));
    }

    function test_implementationCannotBeInitialised() public {
        vm.expectRevert(ISlotAuctionTypes.SlotAuctionNotAClone.selector);
        impl.initialize(_init(1, NO_CAP), abi.encode(_params()));
    }

    function test_invalidParametersRejected() public {
        ISlotAuctionTypes.Params memory p = _params();
        p.slotsPerEpoch = 0;
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionInvalidParameter.selector, 3, 0));
        impl.cloneArgsTail(_init(1, NO_CAP), abi.encode(p));
        p = _params();
        p.bidWindow = 13; // 13 + 4 > 16 blocks per epoch
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionInvalidParameter.selector, 16, 17));
        impl.cloneArgsTail(_init(1, NO_CAP), abi.encode(p));
        IRollupModule.ModuleInit memory init = _init(1, NO_CAP);
        init.tokens[1].weight = 0;
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionInvalidToken.selector, 1, address(stake2)));
        impl.cloneArgsTail(init, abi.encode(_params()));
        init = _init(1, NO_CAP);
        init.tokens[1].token = address(stake);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionInvalidToken.selector, 1, address(stake)));
        impl.cloneArgsTail(init, abi.encode(_params()));
    }

    function test_cloneWithoutArgumentsCannotBeInitialised() public {
        ISlotAuctionFull a = ISlotAuctionFull(Clones.clone(address(impl)));
        vm.expectRevert(ISlotAuctionTypes.SlotAuctionNotAClone.selector);
        a.initialize(_init(1, NO_CAP), abi.encode(_params()));
    }

    function test_cloneArgumentsMustMatchInitialisation() public {
        ISlotAuctionFull a = ISlotAuctionFull(_clone(_init(1, NO_CAP), abi.encode(_params())));
        ISlotAuctionTypes.Params memory other = _params();
        other.bidWindow = 5;
        vm.expectRevert(ISlotAuctionTypes.SlotAuctionCloneArgsMismatch.selector);
        a.initialize(_init(1, NO_CAP), abi.encode(other));
        vm.expectRevert(ISlotAuctionTypes.SlotAuctionCloneArgsMismatch.selector);
        a.initialize(_init(2, NO_CAP), abi.encode(_params()));
        a.initialize(_init(1, NO_CAP), abi.encode(_params()));
        assertEq(a.params().bidWindow, BID_WINDOW);
    }

    function test_constructorRequiresViewsContract() public {
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionInvalidParameter.selector, 0, uint160(alice)));
        new SlotAuction(alice);
    }

    function test_onlyGovernancePausesAndEvicts() public {
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionNotGovernance.selector, alice));
        vm.prank(alice);
        auction.setPaused(true);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionNotGovernance.selector, alice));
        vm.prank(alice);
        auction.setEvicted(bob, true);
        vm.expectEmit(address(auction));
        emit IRollupModule.ModulePaused(gov);
        vm.prank(gov);
        auction.setPaused(true);
        assertTrue(auction.paused());
        vm.roll(_bidStart(0));
        _deposit(alice, 10 ether);
        vm.expectRevert(ISlotAuctionTypes.SlotAuctionIsPaused.selector);
        _bid(alice, 0, 10 ether);
        vm.prank(gov);
        auction.setPaused(false);
        _bid(alice, 0, 10 ether);
    }

    function test_pauseStopsSealPublicationAndSettlementButNotClaims() public {
        _electThree(0);
        _fundRewards(100 ether);
        uint256 entry = auction.entryOfSlot(0, 0);
        address seq = auction.sequencerOf(0, 0);
        vm.roll(_slotStart(0, 0));
        vm.prank(seq);
        auction.publishBatch(0, 0, entry, bytes32("a"));
        vm.prank(gov);
        auction.setPaused(true);
        vm.roll(_sealStart(1));
        vm.expectRevert(ISlotAuctionTypes.SlotAuctionIsPaused.selector);
        auction.seal(1);
        vm.roll(_slotStart(0, 1));
        vm.expectRevert(ISlotAuctionTypes.SlotAuctionIsPaused.selector);
        auction.publishBatch(0, 1, 0, bytes32("b"));
        vm.roll(_slotEnd(0));
        vm.expectRevert(ISlotAuctionTypes.SlotAuctionIsPaused.selector);
        vm.prank(seq);
        auction.settle(0, entry);
        vm.prank(gov);
        auction.setPaused(false);
        vm.prank(seq);
        auction.settle(0, entry);
        vm.prank(gov);
        auction.setPaused(true);
        vm.prank(seq);
        assertEq(auction.claim(), REWARD, "claims stay open while paused");
    }

    // ------------------------------------------------------------ bidding

    function test_bidLocksStakeUntilSealEndAndRecordsEntry() public {
        vm.roll(_bidStart(0));
        _deposit(alice, 40 ether);
        vm.expectEmit(address(auction));
        emit ISlotAuctionTypes.BidPlaced(0, 0, alice, alice, address(stake), 25 ether, 25, 25, 0);
        uint256 entry = _bid(alice, 0, 25 ether);
        assertEq(entry, 0);
        assertEq(vault.freeOf(alice, address(stake)), 15 ether);
        (ISlotAuctionTypes.Entry memory en, uint256 s, uint256 end) = auction.entryOf(0, 0);
        assertEq(en.sequencer, alice);
        assertEq(en.amount, 25 ether);
        assertEq(s, 0);
        assertEq(end, 25);
        ISlotAuctionTypes.EpochInfo memory info = auction.epochInfo(0);
        assertEq(uint8(info.status), uint8(ISlotAuctionTypes.EpochStatus.Bidding));
        assertEq(info.totalUnits, 25);
        assertEq(info.topBid, 25);
        vm.roll(_sealEnd(0));
        assertEq(vault.freeOf(alice, address(stake)), 40 ether, "bid lock expires at the end of the seal window");
    }

    function test_multiTokenWeightedStake() public {
        vm.roll(_bidStart(0));
        _depositToken(stake2, bob, 20 ether);
        vm.prank(bob);
        auction.bid(0, address(stake2), 20 ether);
        (, uint256 s, uint256 end) = auction.entryOf(0, 0);
        assertEq(end - s, 60, "20 tokens of weight 3");
        vm.expectRevert(
            abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionBelowMinStake.selector, address(stake2), 5 ether, 10 ether)
        );
        vm.prank(bob);
        auction.bid(0, address(stake2), 5 ether);
    }

    /// MECHANISM §3.4: the top two are sequencer totals (a sequencer's entries are one party), tracked as bids arrive.
    function test_topTwoSequencerTotalsTrackedAndTieMakesSecondEqualFirst() public {
        vm.roll(_bidStart(0));
        _deposit(alice, 100 ether);
        _deposit(bob, 100 ether);
        _bid(alice, 0, 30 ether);
        _bid(bob, 0, 50 ether);
        _bid(alice, 0, 20 ether);
        ISlotAuctionTypes.EpochInfo memory info = auction.epochInfo(0);
        assertEq(info.topBid, 50, "alice 30 + 20 ties bob's 50: bob stays the top");
        assertEq(info.secondBid, 50, "a tie makes the second equal to the first");
        _bid(alice, 0, 10 ether);
        info = auction.epochInfo(0);
        assertEq(info.topBid, 60, "alice's total 60 is now the top");
        assertEq(info.secondBid, 50, "bob's 50 the highest other total");
        _bid(alice, 0, 5 ether);
        info = auction.epochInfo(0);
        assertEq(info.topBid, 65, "the top raising its own total leaves the second alone");
        assertEq(info.secondBid, 50);
        assertEq(info.distinctSequencers, 2);
        assertEq(info.entries, 5);
    }

    function test_bidAfterBidEndRejected() public {
        vm.roll(_bidEnd(0) - 1); // last block of the window: accepted
        _deposit(alice, 20 ether);
        _bid(alice, 0, 10 ether);
        vm.roll(_bidEnd(0)); // first block after: refused
        vm.expectRevert(
            abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionBidAfterClose.selector, 0, _bidEnd(0), _bidEnd(0))
        );
        _bid(alice, 0, 10 ether);
    }

    function test_bidBeforeOpenRejected() public {
        vm.roll(_bidStart(1) - 1);
        _deposit(alice, 20 ether);
        vm.expectRevert(
            abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionBidBeforeOpen.selector, 1, _bidStart(1), _bidStart(1) - 1)
        );
        _bid(alice, 1, 10 ether);
    }

    function test_bidInputErrors() public {
        vm.roll(_bidStart(0));
        _deposit(alice, 20 ether);
        vm.startPrank(alice);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionTokenNotAccepted.selector, address(reward)));
        auction.bid(0, address(reward), 10 ether);
        vm.expectRevert(ISlotAuctionTypes.SlotAuctionZeroAmount.selector);
        auction.bid(0, address(stake), 0);
        vm.expectRevert(
            abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionBelowMinStake.selector, address(stake), 0.5 ether, 1 ether)
        );
        auction.bid(0, address(stake), 0.5 ether);
        uint256 tooMuch = uint256(type(uint88).max) + 1;
        vm.expectRevert(
            abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionAmountTooLarge.selector, tooMuch, type(uint88).max)
        );
        auction.bid(0, address(stake), tooMuch);
        vm.stopPrank();
        // Not enough free stake in the vault: the vault's error surfaces.
        vm.expectRevert(
            abi.encodeWithSelector(
                IStakeVault.StakeVaultInsufficientFree.selector, alice, address(stake), 30 ether, 20 ether
            )
        );
        _bid(alice, 0, 30 ether);
    }

    function test_zeroUnitsAndTotalOverflowRejected() public {
        ISlotAuctionTypes.Params memory p = _params();
        p.stakeUnit = 3 ether;
        auction = _deploy(p, 1, NO_CAP);
        vm.roll(_bidStart(0));
        _deposit(alice, 100 ether);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionZeroUnits.selector, 2 ether, 1, 3 ether));
        _bid(alice, 0, 2 ether);
        p.stakeUnit = 1e10; // 100 ether = 1e10 units > 2^28 - 1
        auction = _deploy(p, 1, NO_CAP);
        vm.expectRevert(
            abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionTotalStakeOverflow.selector, 0, 1e10, SlotAllocation.MAX_TOTAL)
        );
        _bid(alice, 0, 100 ether);
    }

    /// Capped by stake (maxSequencers <= 4): a newcomer not above the cut of a full cap is refused naming the cut,
    /// and `maxEntries` is split into per-place quotas (3 / 2 = 1 entry per place here).
    function test_maxEntriesAndMaxSequencersEnforced() public {
        ISlotAuctionTypes.Params memory p = _params();
        p.maxEntries = 3;
        auction = _deploy(p, 1, 2);
        vm.roll(_bidStart(0));
        _deposit(alice, 100 ether);
        _deposit(bob, 100 ether);
        _deposit(carol, 100 ether);
        _bid(alice, 0, 10 ether);
        _bid(bob, 0, 10 ether);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionBidBelowCut.selector, 0, 10, 10));
        _bid(carol, 0, 10 ether);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionPlaceEntriesFull.selector, 0, alice, 1));
        _bid(alice, 0, 10 ether);
    }

    /// Cap by stake (MECHANISM §3.4a): a cap the places cannot enforce by stake (above MAX_CAPPED_SEQUENCERS, or 0)
    /// would be enforced by arrival, so that N minimum bids at the first block capture the epoch. No such cap can be
    /// set: the clone arguments are refused naming the value, so no auction exists (nor, through the registry, any
    /// rollup: RollupRegistrySlotAuction.t.sol).
    function test_capByStake_noCapCanBeRegisteredThatIsEnforcedByArrival() public {
        uint32[6] memory refused = [uint32(0), 5, 7, 64, 60_000, type(uint32).max - 1];
        for (uint256 i; i < refused.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionInvalidParameter.selector, 14, refused[i])
            );
            impl.cloneArgsTail(_init(1, refused[i]), abi.encode(_params()));
        }
        // A clone made with such arguments anyway (not by the registry) cannot be initialised either.
        // Its arguments: a header with cap 5, then the tail of a valid cap.
        IRollupModule.ModuleInit memory init = _init(1, 5);
        bytes memory args = abi.encodePacked(uint32(1), uint32(5), uint8(init.tokens.length));
        for (uint256 i; i < init.tokens.length; ++i) {
            args = abi.encodePacked(args, init.tokens[i].token, init.tokens[i].minStake, init.tokens[i].weight);
        }
        args = bytes.concat(args, impl.cloneArgsTail(_init(1, 4), abi.encode(_params())));
        ISlotAuctionFull forged = ISlotAuctionFull(Clones.cloneWithImmutableArgs(address(impl), args));
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionInvalidParameter.selector, 14, 5));
        forged.initialize(_init(1, 5), abi.encode(_params()));
        // The accepted values: 1..4 (by stake) and "no cap".
        assertEq(SlotAuctionViews(address(auction)).NO_SEQUENCER_CAP(), type(uint32).max);
        for (uint32 cap = 1; cap <= 4; ++cap) {
            assertEq(_capOf(_deploy(_params(), 1, cap)), cap);
        }
        assertEq(_capOf(_deploy(_params(), 1, NO_CAP)), NO_CAP);
    }

    /// Over the whole uint32 range: a cap is accepted exactly when it is 1..4 or NO_SEQUENCER_CAP, else refused with
    /// error 14 naming it; the floor (`minSequencers`, error 13) is checked after it.
    function testFuzz_capByStake_onlyCapsEnforcedByStakeOrNoCapAreAccepted(uint32 cap, uint32 minSeq) public {
        if (minSeq % 4 == 0) cap = uint32(bound(cap, 0, 6)); // the small range and its edges often
        if (minSeq % 8 == 1) cap = type(uint32).max - uint32(bound(cap, 0, 1));
        minSeq = uint32(bound(minSeq, 0, 5));
        IRollupModule.ModuleInit memory init = _init(minSeq, cap);
        bool enforceable = (cap >= 1 && cap <= 4) || cap == type(uint32).max;
        if (!enforceable) {
            vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionInvalidParameter.selector, 14, cap));
            impl.cloneArgsTail(init, abi.encode(_params()));
        } else if (minSeq > cap) {
            vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionInvalidParameter.selector, 13, minSeq));
            impl.cloneArgsTail(init, abi.encode(_params()));
        } else {
            ISlotAuctionFull a = _deploy(_params(), minSeq, cap);
            (uint32 min, uint32 max,) = ModuleArgs.bounds(Clones.fetchCloneArgs(address(a)));
            assertEq(max, cap);
            assertEq(min, minSeq);
        }
    }

    /// @dev `nb_sequencers.max` of an auction, from its clone arguments.
    function _capOf(ISlotAuctionFull a) private view returns (uint32 max) {
        (, max,) = ModuleArgs.bounds(Clones.fetchCloneArgs(address(a)));
    }

    /// No cap (MECHANISM §3.4a): every distinct bidder is admitted, and `maxEntries` is no lockout. Minimum entries
    /// fill the line's `maxEntries`; a later bid not above the smallest entry is then refused naming that cut, with
    /// nothing locked, and a larger bid still joins (and locks its stake), from a newcomer or a bidder already in.
    function test_noCapAdmitsEveryBidderAndMaxEntriesIsNoLockout() public {
        ISlotAuctionTypes.Params memory p = _params();
        p.maxEntries = 6;
        auction = _deploy(p, 1, NO_CAP);
        vm.roll(_bidStart(0));
        address grace = makeAddr("grace");
        address[7] memory who = [alice, bob, carol, dave, makeAddr("erin"), makeAddr("frank"), grace];
        for (uint256 i; i < 7; ++i) _deposit(who[i], 1_000 ether);
        for (uint256 i; i < 6; ++i) _bid(who[i], 0, 10 ether); // six distinct minimum bidders: no cap by arrival
        assertEq(auction.epochInfo(0).entries, 6);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionBidBelowCut.selector, 0, 10, 10));
        _bid(grace, 0, 10 ether);
        assertEq(_locked(grace), 0);
        assertEq(auction.epochInfo(0).entries, 6);
        // 100 times the smallest entry: joins the full line as entry 6, its stake locked.
        assertEq(_bid(grace, 0, 1_000 ether), 6);
        assertEq(_locked(grace), 1_000 ether);
        assertEq(_bid(bob, 0, 11 ether), 7); // one unit above the cut is enough
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionBidBelowCut.selector, 0, 10, 10));
        _bid(carol, 0, 10 ether);
        assertEq(_locked(carol), 10 ether);
        vm.roll(_sealStart(0));
        auction.seal(0);
        // The large bid holds its share of the slots: 1,000 of 1,071 units of 8 slots (7.47), 6 to 8 of them.
        (, uint256 slots) = auction.slotsOf(0, 6);
        assertGe(slots, 6);
    }

    /// Whatever the order of the bids, once the line holds `maxEntries` entries a bid joins exactly when its units
    /// exceed every entry's so far, and a refused bid names that smallest entry and moves nothing.
    function testFuzz_noCapMaxEntriesIsNoLockout(uint256 seed) public {
        ISlotAuctionTypes.Params memory p = _params();
        p.maxEntries = 4;
        auction = _deploy(p, 1, NO_CAP);
        vm.roll(_bidStart(0));
        _deposit(alice, 1_000_000 ether);
        uint256 smallest = type(uint256).max;
        uint256 count;
        for (uint256 i; i < 12; ++i) {
            uint256 units = 10 + uint256(keccak256(abi.encode(seed, i))) % 40;
            if (count >= 4 && units <= smallest) {
                uint256 lockedBefore = _locked(alice);
                vm.expectRevert(
                    abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionBidBelowCut.selector, 0, units, smallest)
                );
                _bid(alice, 0, units * 1 ether);
                assertEq(_locked(alice), lockedBefore);
            } else {
                assertEq(_bid(alice, 0, units * 1 ether), count++);
                if (units < smallest) smallest = units;
            }
            assertEq(auction.epochInfo(0).entries, count);
        }
    }

    function test_evictedBidderRejected() public {
        vm.roll(_bidStart(0));
        _deposit(alice, 20 ether);
        vm.expectEmit(address(auction));
        emit IRollupModule.ParticipantEvicted(alice, gov);
        vm.prank(gov);
        auction.setEvicted(alice, true);
        assertTrue(auction.isEvicted(alice));
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionEvicted.selector, alice));
        _bid(alice, 0, 10 ether);
        // Nor can anyone delegate to an evicted sequencer, nor an evicted delegator delegate.
        _deposit(bob, 20 ether);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionEvicted.selector, alice));
        vm.prank(bob);
        auction.bidFor(0, alice, address(stake), 10 ether, 10_000);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionEvicted.selector, alice));
        vm.prank(alice);
        auction.bidFor(0, bob, address(stake), 10 ether, 10_000);
        vm.prank(gov);
        auction.setEvicted(alice, false);
        _bid(alice, 0, 10 ether);
    }

    function test_nonAllowlistedBidderRejected() public {
        ISlotAuctionTypes.Params memory p = _params();
        p.allowlistEnabled = true;
        auction = _deploy(p, 1, NO_CAP);
        vm.roll(_bidStart(0));
        _deposit(alice, 20 ether);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionNotAllowlisted.selector, alice));
        _bid(alice, 0, 10 ether);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionNotRollupOwner.selector, alice));
        vm.prank(alice);
        auction.setAllowlisted(alice, true);
        vm.prank(owner);
        auction.setAllowlisted(alice, true);
        assertTrue(auction.isAllowlisted(alice));
        _bid(alice, 0, 10 ether);
    }

    // ------------------------------------------------------------ delegation and commission

    function test_delegatedEntryCountsForSequencerAndSplitsReward() public {
        vm.prank(alice);
        auction.setCommission(1_000); // 10%, effective from epoch 0 (bidding not open yet)
        assertEq(auction.commissionOf(alice, 0), 1_000);
        vm.roll(_bidStart(0));
        _deposit(dave, 80 ether);
        _deposit(bob, 20 ether);
        _openDelegation(alice);
        vm.prank(dave);
        uint256 entry = auction.bidFor(0, alice, address(stake), 80 ether, 10_000);
        _bid(bob, 0, 20 ether);
        assertEq(vault.freeOf(dave, address(stake)), 0, "delegator's stake is locked");
        (ISlotAuctionTypes.Entry memory en,,) = auction.entryOf(0, entry);
        assertEq(en.sequencer, alice);
        assertEq(en.delegator, dave);
        assertEq(en.commissionBps, 1_000);
        vm.roll(_sealStart(0));
        auction.seal(0);
        _fundRewards(1_000 ether);
        _publishAll(0);
        vm.roll(_slotEnd(0));
        (, uint256 n) = auction.slotsOf(0, entry);
        vm.prank(alice);
        auction.settle(0, entry);
        uint256 total = REWARD * n;
        assertEq(auction.claimable(alice), total / 10);
        assertEq(auction.claimable(dave), total - total / 10);
        // Settlement lock taken on the delegator's stake.
        assertGt(_locked(dave), 0);
    }

    function test_commissionChangeOnlyAffectsEpochsNotYetOpen() public {
        vm.roll(_bidStart(0));
        vm.prank(alice);
        auction.setCommission(2_000); // epoch 0 is open: applies from epoch 1
        assertEq(auction.commissionOf(alice, 0), 0);
        assertEq(auction.commissionOf(alice, 1), 2_000);
        vm.roll(_bidStart(1));
        vm.prank(alice);
        auction.setCommission(3_000); // applies from epoch 2
        assertEq(auction.commissionOf(alice, 1), 2_000);
        assertEq(auction.commissionOf(alice, 2), 3_000);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionCommissionTooHigh.selector, 10_001, 10_000));
        vm.prank(alice);
        auction.setCommission(10_001);
    }

    function test_economicsUpdateAppliesFromNextUnopenedEpoch() public {
        vm.roll(_bidStart(0));
        _deposit(alice, 20 ether);
        _bid(alice, 0, 10 ether); // epoch 0 snapshots the initial economics
        vm.prank(owner);
        auction.updateEconomics(7 ether, 3);
        (uint128 r0,) = auction.economicsFor(0);
        (uint128 r1, uint32 m1) = auction.economicsFor(1);
        assertEq(r0, REWARD);
        assertEq(r1, 7 ether);
        assertEq(m1, 3);
        vm.roll(_bidStart(1));
        vm.prank(owner);
        auction.updateEconomics(9 ether, 4); // epoch 1 is open: from epoch 2
        (r1,) = auction.economicsFor(1);
        (uint128 r2,) = auction.economicsFor(2);
        assertEq(r1, 7 ether);
        assertEq(r2, 9 ether);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISlotAuctionTypes.SlotAuctionParameterOutOfBounds.selector, bytes32("rewardPerSlot"), 101 ether, 100 ether
            )
        );
        vm.prank(owner);
        auction.updateEconomics(101 ether, 4);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISlotAuctionTypes.SlotAuctionParameterOutOfBounds.selector, bytes32("minBid"), 1 << 24, (1 << 24) - 1
            )
        );
        vm.prank(owner);
        auction.updateEconomics(9 ether, 1 << 24);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionNotRollupOwner.selector, alice));
        vm.prank(alice);
        auction.updateEconomics(1 ether, 4);
    }

    // ------------------------------------------------------------ sealing and the schedule

    /// MECHANISM §3.1: block bidEnd's prevrandao is fixed before that block, so a seal there would use a seed the last
    /// bidder (at bidEnd - 1) could know. The first block that may seal is bidEnd + 1.
    function test_sealAtBidEndIsRefusedTheSeedComesFromALaterBlock() public {
        vm.roll(_bidStart(0));
        _deposit(alice, 20 ether);
        _bid(alice, 0, 10 ether);
        vm.roll(_bidEnd(0));
        vm.expectRevert(
            abi.encodeWithSelector(
                ISlotAuctionTypes.SlotAuctionSealOutsideWindow.selector, 0, _sealStart(0), _sealEnd(0), _bidEnd(0)
            )
        );
        auction.seal(0);
        assertEq(uint8(auction.epochStatusOf(0)), uint8(ISlotAuctionTypes.EpochStatus.AwaitingSeal));
        vm.roll(_sealStart(0));
        auction.seal(0);
        assertEq(uint8(auction.epochStatusOf(0)), uint8(ISlotAuctionTypes.EpochStatus.Elected));
    }

    function test_sealOutsideWindowFails() public {
        vm.roll(_bidStart(0));
        _deposit(alice, 20 ether);
        _bid(alice, 0, 10 ether);
        vm.roll(_bidEnd(0) - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISlotAuctionTypes.SlotAuctionSealOutsideWindow.selector, 0, _sealStart(0), _sealEnd(0), _bidEnd(0) - 1
            )
        );
        auction.seal(0);
        vm.roll(_sealEnd(0));
        vm.expectRevert(
            abi.encodeWithSelector(
                ISlotAuctionTypes.SlotAuctionSealOutsideWindow.selector, 0, _sealStart(0), _sealEnd(0), _sealEnd(0)
            )
        );
        auction.seal(0);
        vm.roll(_sealEnd(0) - 1); // last block of the window
        auction.seal(0);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionAlreadySealed.selector, 0));
        auction.seal(0);
    }

    function test_sealElectsAndScheduleMatchesLibrary() public {
        _electThree(0);
        ISlotAuctionTypes.EpochInfo memory info = auction.epochInfo(0);
        assertEq(uint8(info.status), uint8(ISlotAuctionTypes.EpochStatus.Elected));
        assertTrue(info.seed != 0);
        AuctionAllocationHarness h = new AuctionAllocationHarness();
        uint256[] memory units = new uint256[](3);
        (units[0], units[1], units[2]) = (50, 30, 20);
        h.append(units);
        uint256[] memory owners = h.schedule(bytes32(uint256(info.seed)), E);
        address[3] memory who = [alice, bob, carol];
        uint256[3] memory counted;
        for (uint256 t; t < E; ++t) {
            assertEq(auction.entryOfSlot(0, t), owners[t]);
            assertEq(auction.sequencerOf(0, t), who[owners[t]]);
            counted[owners[t]] += 1;
            uint256 item = auction.slotOfItem(0, t);
            assertLt(item, E);
        }
        for (uint256 j; j < 3; ++j) {
            (, uint256 n) = auction.slotsOf(0, j);
            assertEq(n, counted[j], "per-entry count equals schedule");
        }
    }

    function test_tooFewDistinctBiddersRunsOpenMode() public {
        auction = _deploy(_params(), 2, NO_CAP);
        vm.roll(_bidStart(0));
        _deposit(alice, 20 ether);
        _bid(alice, 0, 10 ether);
        _bid(alice, 0, 10 ether);
        vm.roll(_sealStart(0));
        auction.seal(0);
        assertEq(uint8(auction.epochStatusOf(0)), uint8(ISlotAuctionTypes.EpochStatus.Open));
        assertEq(auction.sequencerOf(0, 3), address(0));
        // Anyone publishes in open mode, and no reward is paid.
        vm.roll(_slotStart(0, 3));
        vm.prank(dave);
        auction.publishBatch(0, 3, 0, bytes32("b"));
        vm.roll(_slotEnd(0));
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionNotElected.selector, 0));
        vm.prank(alice);
        auction.settle(0, 0);
    }

    function test_unsealedEpochFallsBackToOpenMode() public {
        vm.roll(_bidStart(0));
        _deposit(alice, 20 ether);
        _bid(alice, 0, 10 ether);
        vm.roll(_sealStart(0));
        assertEq(uint8(auction.epochStatusOf(0)), uint8(ISlotAuctionTypes.EpochStatus.AwaitingSeal));
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionEpochNotSealed.selector, 0));
        auction.sequencerOf(0, 0);
        vm.roll(_slotStart(0, 0));
        assertEq(uint8(auction.epochStatusOf(0)), uint8(ISlotAuctionTypes.EpochStatus.Open));
        assertEq(auction.sequencerOf(0, 0), address(0));
        vm.prank(bob);
        auction.publishBatch(0, 0, 0, bytes32("x"));
        assertEq(auction.publishedBitmap(0, 0), 1);
    }

    function test_zeroOrRepeatedSeedNeverReusesSchedule() public {
        // The L1 randomness repeats (and is zero): every epoch still gets its own seed.
        uint96[4] memory seeds;
        for (uint64 k; k < 4; ++k) {
            vm.prevrandao(bytes32(0));
            vm.roll(_bidStart(k));
            _deposit(alice, 50 ether);
            _deposit(bob, 50 ether);
            _bid(alice, k, 50 ether);
            _bid(bob, k, 50 ether);
            vm.roll(_sealStart(k));
            auction.seal(k);
            seeds[k] = auction.epochInfo(k).seed;
            assertTrue(seeds[k] != 0, "zero means unsealed: never stored as a seed");
            for (uint64 j; j < k; ++j) assertTrue(seeds[j] != seeds[k], "seed reused");
        }
        // A second auction with the same randomness and epoch gets another seed (the contract is hashed in).
        ISlotAuctionFull other = _deploy(_params(), 1, NO_CAP);
        vm.roll(_bidStart(4));
        _deposit(carol, 20 ether);
        _deposit(dave, 20 ether);
        vm.prank(carol);
        other.bid(4, address(stake), 10 ether);
        _bid(dave, 4, 10 ether);
        vm.roll(_sealStart(4));
        vm.prevrandao(bytes32(0));
        other.seal(4);
        auction.seal(4);
        assertTrue(other.epochInfo(4).seed != auction.epochInfo(4).seed, "same randomness, other auction");
    }

    function test_drawWithZeroLow64BitsBecomesSeedOneAndSealStoresTheDrawsSeed() public {
        AuctionSeedHarness h = new AuctionSeedHarness();
        // The zero branch: a draw whose low 64 bits are zero (no keccak output found by search reaches it).
        assertEq(h.fromDraw(bytes32(0)), 1, "zero draw");
        assertEq(h.fromDraw(bytes32(uint256(0xabcdef) << 64)), 1, "high bits only");
        assertEq(h.fromDraw(bytes32(uint256(1) << 255 | 7)), 7, "low 64 bits kept");
        assertEq(h.fromDraw(bytes32(type(uint256).max)), type(uint64).max);
        // The seal stores exactly this function of its draw.
        vm.roll(_bidStart(0));
        _deposit(alice, 50 ether);
        _deposit(bob, 50 ether);
        _bid(alice, 0, 50 ether);
        _bid(bob, 0, 50 ether);
        vm.roll(_sealStart(0));
        vm.prevrandao(bytes32(uint256(42)));
        auction.seal(0);
        bytes32 draw = keccak256(abi.encode(uint256(42), uint64(0), address(auction)));
        assertEq(auction.epochInfo(0).seed, h.fromDraw(draw));
    }

    // ------------------------------------------------------------ publication

    function test_publishByOwnerRecordsBitmapAndCount() public {
        _electThree(0);
        _publishAll(0);
        assertEq(auction.publishedBitmap(0, 0), (1 << E) - 1);
        uint256 published;
        for (uint256 j; j < 3; ++j) {
            (ISlotAuctionTypes.Entry memory en,,) = auction.entryOf(0, j);
            published += en.published;
        }
        assertEq(published, E);
    }

    function test_publishByNonOwnerFails() public {
        _electThree(0);
        vm.roll(_slotStart(0, 0));
        uint256 entry = auction.entryOfSlot(0, 0);
        address seq = auction.sequencerOf(0, 0);
        address intruder = seq == alice ? bob : alice;
        vm.expectRevert(
            abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionNotEntrySequencer.selector, 0, entry, intruder)
        );
        vm.prank(intruder);
        auction.publishBatch(0, 0, entry, bytes32("x"));
        // A hint naming the intruder's own entry is refused too.
        uint256 wrong = (entry + 1) % 3;
        (, uint256 n) = auction.slotsOf(0, wrong);
        n;
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionWrongEntryHint.selector, 0, 0, wrong));
        vm.prank(intruder);
        auction.publishBatch(0, 0, wrong, bytes32("x"));
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionEntryOutOfRange.selector, 0, 3, 3));
        vm.prank(seq);
        auction.publishBatch(0, 0, 3, bytes32("x"));
    }

    function test_publishOutsideSlotFails() public {
        _electThree(0);
        uint256 entry = auction.entryOfSlot(0, 2);
        address seq = auction.sequencerOf(0, 2);
        uint64 start = _slotStart(0, 2);
        vm.roll(start - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISlotAuctionTypes.SlotAuctionPublishOutsideSlot.selector, 0, 2, start, start + SLOT_LEN, start - 1
            )
        );
        vm.prank(seq);
        auction.publishBatch(0, 2, entry, bytes32("x"));
        vm.roll(start + SLOT_LEN);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISlotAuctionTypes.SlotAuctionPublishOutsideSlot.selector, 0, 2, start, start + SLOT_LEN, start + SLOT_LEN
            )
        );
        vm.prank(seq);
        auction.publishBatch(0, 2, entry, bytes32("x"));
        vm.roll(start + SLOT_LEN - 1); // last block of the slot
        vm.prank(seq);
        auction.publishBatch(0, 2, entry, bytes32("x"));
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionSlotAlreadyPublished.selector, 0, 2));
        vm.prank(seq);
        auction.publishBatch(0, 2, entry, bytes32("y"));
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionSlotOutOfRange.selector, 0, E, E));
        vm.prank(seq);
        auction.publishBatch(0, E, entry, bytes32("y"));
    }

    function test_evictedSequencerCannotPublish() public {
        _electThree(0);
        address seq = auction.sequencerOf(0, 0);
        uint256 entry = auction.entryOfSlot(0, 0);
        vm.prank(gov);
        auction.setEvicted(seq, true);
        vm.roll(_slotStart(0, 0));
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionEvicted.selector, seq));
        vm.prank(seq);
        auction.publishBatch(0, 0, entry, bytes32("x"));
    }

    // ------------------------------------------------------------ settlement and rewards

    function test_settleLocksSecondPriceStakeAndCreditsPublishedSlots() public {
        _electThree(0);
        _fundRewards(1_000 ether);
        _publishAll(0);
        vm.roll(_slotEnd(0));
        (ISlotAuctionTypes.Entry memory en,,) = auction.entryOf(0, 0);
        (, uint256 slots) = auction.slotsOf(0, 0);
        // S' = min(bid, slots · S2 / e) with S2 = 30 (bob's bid).
        uint256 expectedUnits = slots * 30 / E;
        if (expectedUnits > 50) expectedUnits = 50;
        (uint256 units, uint256 amount) = auction.settlementStakeOf(0, 0);
        assertEq(units, expectedUnits);
        assertEq(amount, expectedUnits * 1 ether);
        vm.expectEmit(address(auction));
        emit ISlotAuctionTypes.EntrySettled(
            0, 0, alice, slots, en.published, units, amount, _slotEnd(0) + SETTLE_WINDOW + SETTLE_LOCK, REWARD * en.published
        );
        vm.prank(alice);
        auction.settle(0, 0);
        assertEq(_locked(alice), amount);
        assertEq(auction.claimable(alice), REWARD * en.published);
        vm.roll(_slotEnd(0) + SETTLE_WINDOW + SETTLE_LOCK);
        assertEq(_locked(alice), 0, "settlement lock expires");
        ISlotAuctionTypes.EpochInfo memory info = auction.epochInfo(0);
        assertEq(info.settledEntries, 1);
        assertEq(info.rewardedSlots, en.published);
    }

    function test_singleBidderPaysReserve() public {
        vm.roll(_bidStart(0));
        _deposit(alice, 50 ether);
        _bid(alice, 0, 50 ether);
        vm.roll(_sealStart(0));
        auction.seal(0);
        vm.roll(_slotEnd(0));
        (uint256 units,) = auction.settlementStakeOf(0, 0);
        assertEq(units, 10, "all 8 slots at the reserve of 10 units: 8 * 10 / 8");
    }

    function test_settleTwiceFails() public {
        _electThree(0);
        vm.roll(_slotEnd(0));
        vm.prank(alice);
        auction.settle(0, 0);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionAlreadySettled.selector, 0, 0));
        vm.prank(alice);
        auction.settle(0, 0);
    }

    function test_settleWindowAndCallerChecks() public {
        _electThree(0);
        vm.roll(_slotEnd(0) - 1);
        uint64 s = _slotEnd(0);
        vm.expectRevert(
            abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionSettleOutsideWindow.selector, 0, s, s + SETTLE_WINDOW, s - 1)
        );
        vm.prank(alice);
        auction.settle(0, 0);
        vm.roll(s);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionNotEntrySequencer.selector, 0, 0, bob));
        vm.prank(bob);
        auction.settle(0, 0);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionEntryOutOfRange.selector, 0, 9, 3));
        vm.prank(alice);
        auction.settle(0, 9);
        vm.roll(s + SETTLE_WINDOW - 1); // last block of the window
        vm.prank(alice);
        auction.settle(0, 0);
        vm.roll(s + SETTLE_WINDOW);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISlotAuctionTypes.SlotAuctionSettleOutsideWindow.selector, 0, s, s + SETTLE_WINDOW, s + SETTLE_WINDOW
            )
        );
        vm.prank(bob);
        auction.settle(0, 1);
    }

    function test_entryWithoutSlotsCannotSettle() public {
        vm.roll(_bidStart(0));
        _deposit(alice, 1_000 ether);
        _deposit(bob, 1 ether);
        _bid(alice, 0, 1_000 ether);
        _bid(bob, 0, 1 ether); // 1/1001 of 8 slots: at most one slot, usually none
        vm.roll(_sealStart(0));
        auction.seal(0);
        (, uint256 n) = auction.slotsOf(0, 1);
        vm.roll(_slotEnd(0));
        if (n == 0) {
            vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionEntryHasNoSlots.selector, 0, 1));
        }
        vm.prank(bob);
        auction.settle(0, 1);
    }

    function test_noRewardWithoutPublicationAndSettlement() public {
        _electThree(0);
        _fundRewards(1_000 ether);
        // Alice publishes nothing; bob publishes but never settles; carol publishes and settles.
        for (uint256 t; t < E; ++t) {
            address seq = auction.sequencerOf(0, t);
            if (seq == alice) continue;
            uint256 entry = auction.entryOfSlot(0, t);
            vm.roll(_slotStart(0, t));
            vm.prank(seq);
            auction.publishBatch(0, t, entry, bytes32(t));
        }
        vm.roll(_slotEnd(0));
        vm.prank(alice);
        auction.settle(0, 0);
        vm.prank(carol);
        auction.settle(0, 2);
        (ISlotAuctionTypes.Entry memory c,,) = auction.entryOf(0, 2);
        assertEq(auction.claimable(alice), 0, "settled without publishing: nothing");
        assertEq(auction.claimable(bob), 0, "published without settling: nothing");
        assertEq(auction.claimable(carol), REWARD * c.published);
        uint64 s = _slotEnd(0);
        vm.roll(s + SETTLE_WINDOW);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISlotAuctionTypes.SlotAuctionSettleOutsideWindow.selector, 0, s, s + SETTLE_WINDOW, s + SETTLE_WINDOW
            )
        );
        vm.prank(bob);
        auction.settle(0, 1);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionNothingToClaim.selector, bob));
        vm.prank(bob);
        auction.claim();
    }

    function test_claimTwicePaysOnce() public {
        uint256 owed = _electPublishAndSettleAlice();
        assertGt(owed, 0);
        vm.expectEmit(address(auction));
        emit ISlotAuctionTypes.RewardClaimed(alice, owed);
        vm.prank(alice);
        assertEq(auction.claim(), owed);
        assertEq(reward.balanceOf(alice), owed);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionNothingToClaim.selector, alice));
        vm.prank(alice);
        auction.claim();
        assertEq(reward.balanceOf(alice), owed);
    }

    function test_claimCannotExceedPool() public {
        _electThree(0);
        _fundRewards(REWARD + 1 ether); // less than two slots' worth
        _publishAll(0);
        vm.roll(_slotEnd(0));
        vm.prank(alice);
        auction.settle(0, 0);
        vm.prank(bob);
        auction.settle(0, 1);
        vm.prank(carol);
        auction.settle(0, 2);
        uint256 total = auction.claimable(alice) + auction.claimable(bob) + auction.claimable(carol);
        assertEq(total, REWARD + 1 ether, "credits stop at the pool");
        (uint256 unallocated, uint256 funded) = auction.rewardPool();
        assertEq(unallocated, 0);
        assertEq(reward.balanceOf(address(auction)), total);
        assertEq(funded, REWARD + 1 ether);
        address[3] memory who = [alice, bob, carol];
        for (uint256 i; i < 3; ++i) {
            if (auction.claimable(who[i]) == 0) continue;
            vm.prank(who[i]);
            auction.claim();
        }
        assertEq(reward.balanceOf(address(auction)), 0);
    }

    function test_fundRewardsRejectsZero() public {
        vm.expectRevert(ISlotAuctionTypes.SlotAuctionZeroAmount.selector);
        auction.fundRewards(0);
    }

    function test_fundRewardsBeyondThePoolWordIsRejected() public {
        // The unallocated pool shares a word with the pause switch: 248 bits, checked, never wrapped.
        uint256 tooMuch = uint256(1) << 248;
        reward.mint(address(this), tooMuch);
        reward.approve(address(auction), tooMuch);
        vm.expectRevert(
            abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionAmountTooLarge.selector, tooMuch, type(uint248).max)
        );
        auction.fundRewards(tooMuch);
        (uint256 unallocated, uint256 fundedTotal) = auction.rewardPool();
        assertEq(unallocated, 0);
        assertEq(fundedTotal, 0);
        assertEq(reward.balanceOf(address(this)), tooMuch, "nothing moved");
        assertFalse(auction.paused(), "the pause bit is untouched");
    }

    function test_reentrancyThroughMaliciousTokenFails() public {
        MaliciousToken evil = new MaliciousToken();
        ISlotAuctionTypes.Params memory p = _params();
        p.rewardToken = address(evil);
        auction = _deploy(p, 1, NO_CAP);
        evil.mint(address(this), 1_000 ether);
        evil.approve(address(auction), type(uint256).max);
        auction.fundRewards(100 ether);
        _electThree(0);
        _publishAll(0);
        vm.roll(_slotEnd(0));
        vm.prank(alice);
        auction.settle(0, 0);
        uint256 owed = auction.claimable(alice);
        // claim -> token transfer -> claim again: refused, the whole claim reverts, nothing is paid twice.
        evil.arm(address(auction), abi.encodeCall(auction.claim, ()), true);
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        vm.prank(alice);
        auction.claim();
        assertEq(evil.balanceOf(alice), 0);
        assertEq(auction.claimable(alice), owed);
        // fundRewards -> transferFrom -> settle: refused as well.
        evil.arm(address(auction), abi.encodeCall(auction.settle, (0, 1)), true);
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        auction.fundRewards(1 ether);
        // Disarmed, the claim pays exactly once.
        evil.disarm();
        vm.prank(alice);
        auction.claim();
        assertEq(evil.balanceOf(alice), owed);
    }

    // ------------------------------------------------------------ bounded gas

    function test_boundedGasAtMaxSlotsPerEpoch() public {
        ISlotAuctionTypes.Params memory p = _params();
        p.slotsPerEpoch = 1_024; // MAX_SLOTS_PER_EPOCH
        p.slotLength = 1;
        p.bidWindow = 100;
        p.sealWindow = 10;
        p.maxEntries = 200;
        auction = _deploy(p, 1, NO_CAP);
        uint64 d = 1_024;
        vm.roll(GENESIS);
        for (uint256 i; i < 200; ++i) {
            address s = address(uint160(0x1000 + i));
            _deposit(s, 10 ether + i * 1 ether);
            _bid(s, 0, 10 ether + i * 1 ether);
        }
        vm.roll(GENESIS + 101);
        auction.seal(0);
        uint256 maxView;
        uint256 maxPublish;
        for (uint256 t; t < 1_024; ++t) {
            uint256 g = gasleft();
            address seq = auction.sequencerOf(0, t);
            uint256 used = g - gasleft();
            if (used > maxView) maxView = used;
            uint256 entry = auction.entryOfSlot(0, t);
            vm.roll(GENESIS + 110 + t);
            vm.prank(seq);
            g = gasleft();
            auction.publishBatch(0, t, entry, bytes32(t));
            used = g - gasleft();
            if (used > maxPublish) maxPublish = used;
        }
        assertEq(auction.publishedBitmap(0, 3), type(uint256).max, "all 1,024 slots published");
        assertLt(maxView, 60_000);
        assertLt(maxPublish, 100_000);
        vm.roll(GENESIS + 110 + d);
        for (uint256 i; i < 200; ++i) {
            address s = address(uint160(0x1000 + i));
            (, uint256 n) = auction.slotsOf(0, i);
            if (n == 0) continue;
            vm.prank(s);
            uint256 g = gasleft();
            auction.settle(0, i);
            assertLt(g - gasleft(), 150_000);
        }
    }
}

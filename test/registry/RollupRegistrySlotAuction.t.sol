// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IRollupModule} from "../../contracts/interfaces/IRollupModule.sol";
import {IRollupRegistry} from "../../contracts/registry/IRollupRegistry.sol";
import {ISlotAuction} from "../../contracts/auction/ISlotAuction.sol";
import {ISlotAuctionTypes} from "../../contracts/auction/ISlotAuctionTypes.sol";
import {ISlotAuctionViews} from "../../contracts/auction/ISlotAuctionViews.sol";
import {SlotAuction} from "../../contracts/auction/SlotAuction.sol";
import {SlotAuctionViews} from "../../contracts/auction/SlotAuctionViews.sol";
import {RegistryFixture} from "../utils/RegistryFixture.sol";

/// @notice The registry with the real SlotAuction: registered clones, governance acting on them.
contract RollupRegistrySlotAuctionTest is RegistryFixture {
    SlotAuction internal slotAuctionImpl;
    address internal constant SEQUENCER = address(0x5E0);

    function setUp() public override {
        super.setUp();
        slotAuctionImpl = new SlotAuction(address(new SlotAuctionViews()));
        _govern(abi.encodeCall(IRollupRegistry.setImplementation, (SLOT_AUCTION, address(slotAuctionImpl))));
    }

    function _auctionRequest() internal view returns (IRollupRegistry.Request memory request) {
        request = _seedRequest();
        request.minSequencers = 1;
        request.maxSequencers = 3;
        request.params = abi.encode(
            ISlotAuctionTypes.Params({
                genesisBlock: uint64(block.number),
                slotsPerEpoch: 32,
                slotLength: 1,
                bidWindow: 16,
                sealWindow: 4,
                settlementWindow: 16,
                settlementLock: 100,
                stakeUnit: 1e18,
                maxEntries: 1024,
                rewardToken: address(tokenList[0]),
                rewardPerSlot: 1e18,
                maxRewardPerSlot: 10e18,
                minBid: 1,
                allowlistEnabled: false
            })
        );
    }

    function test_registerDeploysInitialisesAndAuthorisesSlotAuctionClone() public {
        IRollupRegistry.Request memory request = _auctionRequest();
        (uint64 rollupId, address module) = _register(request);
        assertEq(_cloneTarget(module), address(slotAuctionImpl));
        assertEq(IRollupModule(module).rollupId(), rollupId);
        assertEq(IRollupModule(module).mechanism(), SLOT_AUCTION);
        assertEq(ISlotAuctionViews(module).governance(), address(registry));
        assertEq(ISlotAuctionViews(module).rollupOwner(), ROLLUP_OWNER);
        assertEq(ISlotAuctionViews(module).vault(), address(vault));
        assertEq(abi.encode(ISlotAuctionViews(module).stakeTokens()), abi.encode(request.tokens));
        assertTrue(vault.isModule(module));
        assertEq(abi.encode(registry.rollup(rollupId).tokens), abi.encode(request.tokens));
    }

    /// Cap by stake (MECHANISM §3.4a): a cap the auction can only enforce by arrival is refused at registration with
    /// the auction's error naming it, and nothing is created (no rollup, no module); 1..4 and "no cap" register.
    function test_capByStake_registeringACapEnforcedByArrivalCreatesNothing() public {
        uint32[4] memory refused = [uint32(5), 7, 64, type(uint32).max - 1];
        for (uint256 i; i < refused.length; ++i) {
            IRollupRegistry.Request memory request = _auctionRequest();
            request.maxSequencers = refused[i];
            vm.prank(ROLLUP_OWNER);
            vm.expectRevert(
                abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionInvalidParameter.selector, 14, refused[i])
            );
            registry.register(request);
        }
        assertEq(registry.rollupCount(), 0);
        IRollupRegistry.Request memory noCap = _auctionRequest();
        noCap.maxSequencers = type(uint32).max;
        (uint64 rollupId, address module) = _register(noCap);
        assertEq(registry.rollup(rollupId).maxSequencers, type(uint32).max);
        assertTrue(vault.isModule(module));
    }

    function test_slotAuctionOwnerFollowsRegistryOwnershipTransfer() public {
        (uint64 rollupId, address module) = _register(_auctionRequest());
        address newOwner = address(0xCAFE);
        vm.prank(ROLLUP_OWNER);
        registry.transferRollupOwnership(rollupId, newOwner);
        vm.expectEmit(module);
        emit IRollupModule.RollupOwnerChanged(ROLLUP_OWNER, newOwner);
        vm.prank(newOwner);
        registry.acceptRollupOwnership(rollupId);
        assertEq(ISlotAuctionViews(module).rollupOwner(), newOwner);
        vm.prank(ROLLUP_OWNER);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionNotRollupOwner.selector, ROLLUP_OWNER));
        ISlotAuction(module).updateEconomics(1, 1);
        vm.prank(newOwner);
        ISlotAuction(module).updateEconomics(1, 1);
        // Only governance (the registry) moves it.
        vm.prank(newOwner);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionNotGovernance.selector, newOwner));
        IRollupModule(module).setRollupOwner(newOwner);
    }

    function test_slotAuctionCloneCannotBeReinitialised() public {
        _assertCloneRefusesInitialise(
            _auctionRequest(), abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionAlreadyInitialised.selector)
        );
    }

    function test_slotAuctionImplementationCannotBeInitialised() public {
        _assertImplementationRefusesInitialise(
            address(slotAuctionImpl), _auctionRequest(), abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionNotAClone.selector)
        );
    }

    function test_evictedSequencerCannotBidOnSlotAuctionUntilReinstated() public {
        (uint64 rollupId, address module) = _register(_auctionRequest());
        address token = address(tokenList[0]);
        tokenList[0].mint(SEQUENCER, 1000e18);
        vm.startPrank(SEQUENCER);
        tokenList[0].approve(address(vault), 1000e18);
        vault.deposit(token, 1000e18);
        vm.stopPrank();

        _govern(abi.encodeCall(IRollupRegistry.evict, (rollupId, SEQUENCER)));
        uint64 epoch = _rollToOpenBidding(module);
        vm.prank(SEQUENCER);
        vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionEvicted.selector, SEQUENCER));
        ISlotAuction(module).bid(epoch, token, 100e18);

        _govern(abi.encodeCall(IRollupRegistry.reinstate, (rollupId, SEQUENCER)));
        epoch = _rollToOpenBidding(module);
        vm.prank(SEQUENCER);
        ISlotAuction(module).bid(epoch, token, 100e18);
        assertEq(vault.freeOf(SEQUENCER, token), 900e18);
    }

    function test_pausedSlotAuctionRefusesBids() public {
        (uint64 rollupId, address module) = _register(_auctionRequest());
        _govern(abi.encodeCall(IRollupRegistry.pause, (rollupId)));
        assertTrue(registry.rollup(rollupId).paused);
        uint64 epoch = _rollToOpenBidding(module);
        vm.prank(SEQUENCER);
        vm.expectRevert(ISlotAuctionTypes.SlotAuctionIsPaused.selector);
        ISlotAuction(module).bid(epoch, address(tokenList[0]), 100e18);
    }

    /// @dev Rolls forward (at most one epoch, 32 blocks) to a block where bidding is open; returns that epoch.
    function _rollToOpenBidding(address module) internal returns (uint64 epoch) {
        for (uint256 i; i <= 32; ++i) {
            bool open;
            (epoch, open) = ISlotAuctionViews(module).epochAt(uint64(block.number));
            if (open) return epoch;
            vm.roll(block.number + 1);
        }
        revert("no bidding window within an epoch");
    }
}

// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IRollupRegistry} from "../../contracts/registry/IRollupRegistry.sol";
import {RegistryFixture} from "../utils/RegistryFixture.sol";
import {RegistryTestModule} from "../utils/RegistryTestModule.sol";

/// @notice What a rollup's owner can do: two-step ownership transfer and descriptor updates.
contract RollupRegistryOwnerTest is RegistryFixture {
    address internal constant NEW_OWNER = address(0xCAFE);
    uint64 internal rollupId;

    function setUp() public override {
        super.setUp();
        (rollupId,) = _register(_seedRequest());
    }

    function test_rollupOwnershipMovesInTwoSteps() public {
        vm.expectEmit(address(registry));
        emit IRollupRegistry.RollupOwnershipTransferStarted(rollupId, ROLLUP_OWNER, NEW_OWNER);
        vm.prank(ROLLUP_OWNER);
        registry.transferRollupOwnership(rollupId, NEW_OWNER);
        assertEq(registry.rollup(rollupId).pendingOwner, NEW_OWNER);
        assertEq(registry.rollupOwner(rollupId), ROLLUP_OWNER);

        vm.expectEmit(address(registry));
        emit IRollupRegistry.RollupOwnershipTransferred(rollupId, ROLLUP_OWNER, NEW_OWNER);
        vm.prank(NEW_OWNER);
        registry.acceptRollupOwnership(rollupId);
        assertEq(registry.rollupOwner(rollupId), NEW_OWNER);
        assertEq(registry.rollup(rollupId).pendingOwner, address(0));
        // The module's owner-gated settings followed the record.
        assertEq(RegistryTestModule(registry.moduleOf(rollupId)).rollupOwner(), NEW_OWNER);

        // The previous owner has lost its rights; the new one has them.
        vm.prank(ROLLUP_OWNER);
        vm.expectRevert(
            abi.encodeWithSelector(IRollupRegistry.RollupRegistryNotRollupOwner.selector, rollupId, ROLLUP_OWNER)
        );
        registry.transferRollupOwnership(rollupId, ROLLUP_OWNER);
        vm.prank(NEW_OWNER);
        registry.updateDescriptor(rollupId, _zkDescriptor());
    }

    function test_transferRollupOwnershipIsOwnerOnly() public {
        vm.prank(OTHER);
        vm.expectRevert(abi.encodeWithSelector(IRollupRegistry.RollupRegistryNotRollupOwner.selector, rollupId, OTHER));
        registry.transferRollupOwnership(rollupId, OTHER);
    }

    function test_acceptRollupOwnershipIsPendingOwnerOnly() public {
        vm.prank(ROLLUP_OWNER);
        registry.transferRollupOwnership(rollupId, NEW_OWNER);
        vm.prank(OTHER);
        vm.expectRevert(
            abi.encodeWithSelector(IRollupRegistry.RollupRegistryNotPendingRollupOwner.selector, rollupId, OTHER)
        );
        registry.acceptRollupOwnership(rollupId);
    }

    function test_transferRollupOwnershipToZeroCancels() public {
        vm.startPrank(ROLLUP_OWNER);
        registry.transferRollupOwnership(rollupId, NEW_OWNER);
        registry.transferRollupOwnership(rollupId, address(0));
        vm.stopPrank();
        vm.prank(NEW_OWNER);
        vm.expectRevert(
            abi.encodeWithSelector(IRollupRegistry.RollupRegistryNotPendingRollupOwner.selector, rollupId, NEW_OWNER)
        );
        registry.acceptRollupOwnership(rollupId);
        assertEq(registry.rollupOwner(rollupId), ROLLUP_OWNER);
    }

    function test_updateDescriptorStoresAndEmits() public {
        IRollupRegistry.Descriptor memory descriptor = _zkDescriptor();
        vm.expectEmit(address(registry));
        emit IRollupRegistry.RollupDescriptorUpdated(rollupId, descriptor);
        vm.prank(ROLLUP_OWNER);
        registry.updateDescriptor(rollupId, descriptor);
        IRollupRegistry.Rollup memory stored = registry.rollup(rollupId);
        assertEq(abi.encode(stored.descriptor), abi.encode(descriptor));
        // Nothing else moved.
        assertEq(stored.minSequencers, 3);
        assertEq(stored.maxSequencers, 3);
        assertEq(stored.owner, ROLLUP_OWNER);
        assertEq(abi.encode(stored.tokens), abi.encode(_seedRequest().tokens));
    }

    function test_updateDescriptorIsOwnerOnly() public {
        IRollupRegistry.Descriptor memory descriptor = _zkDescriptor();
        vm.prank(OTHER);
        vm.expectRevert(abi.encodeWithSelector(IRollupRegistry.RollupRegistryNotRollupOwner.selector, rollupId, OTHER));
        registry.updateDescriptor(rollupId, descriptor);
        vm.prank(address(timelock));
        vm.expectRevert(
            abi.encodeWithSelector(IRollupRegistry.RollupRegistryNotRollupOwner.selector, rollupId, address(timelock))
        );
        registry.updateDescriptor(rollupId, descriptor);
    }

    function test_rollupOwnerEntryPointsRefuseUnknownRollup() public {
        bytes memory err = abi.encodeWithSelector(IRollupRegistry.RollupRegistryUnknownRollup.selector, uint64(7));
        vm.startPrank(ROLLUP_OWNER);
        vm.expectRevert(err);
        registry.transferRollupOwnership(7, NEW_OWNER);
        vm.expectRevert(err);
        registry.acceptRollupOwnership(7);
        vm.expectRevert(err);
        registry.updateDescriptor(7, _zkDescriptor());
        vm.stopPrank();
    }

    function _zkDescriptor() internal pure returns (IRollupRegistry.Descriptor memory) {
        return IRollupRegistry.Descriptor({
            settlementLayer: IRollupRegistry.SettlementLayer.Base,
            daLayer: IRollupRegistry.DaLayer.EigenDA,
            vm: IRollupRegistry.Vm.Evm,
            rollupType: IRollupRegistry.RollupType.Zk,
            purpose: IRollupRegistry.Purpose.General
        });
    }
}

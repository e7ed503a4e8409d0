// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IRollupModule} from "../../contracts/interfaces/IRollupModule.sol";
import {IStakeVault} from "../../contracts/interfaces/IStakeVault.sol";
import {BatonTimelock} from "../../contracts/registry/BatonTimelock.sol";
import {IRollupRegistry} from "../../contracts/registry/IRollupRegistry.sol";
import {RollupRegistry} from "../../contracts/registry/RollupRegistry.sol";
import {RegistryFixture} from "../utils/RegistryFixture.sol";
import {RegistryTestModule} from "../utils/RegistryTestModule.sol";

/// @notice Reports a mechanism id of zero.
contract RegistryZeroMechanismModule {
    function mechanism() external pure returns (bytes32) {
        return bytes32(0);
    }
}

/// @notice Governance through the timelock: pause, evict, implementations, ownership, the delay floor.
contract RollupRegistryGovernanceTest is RegistryFixture {
    uint64 internal rollupId;
    address internal module;
    address internal constant SEQUENCER = address(0x5E0);

    function setUp() public override {
        super.setUp();
        (rollupId, module) = _register(_seedRequest());
    }

    // --- timelock ---

    function test_governanceActsOnlyThroughTimelock() public {
        bytes memory pauseCall = abi.encodeCall(IRollupRegistry.pause, (rollupId));

        // Neither the rollup owner, nor the timelock's proposer, nor anyone else can call the registry directly.
        address[3] memory callers = [ROLLUP_OWNER, address(this), OTHER];
        for (uint256 i; i < callers.length; ++i) {
            vm.prank(callers[i]);
            vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, callers[i]));
            registry.pause(rollupId);
        }

        // A scheduled call cannot run before the delay has passed.
        bytes32 salt = keccak256("pause");
        timelock.schedule(address(registry), 0, pauseCall, bytes32(0), salt, DELAY);
        bytes32 id = timelock.hashOperation(address(registry), 0, pauseCall, bytes32(0), salt);
        vm.warp(block.timestamp + DELAY - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                TimelockController.TimelockUnexpectedOperationState.selector,
                id,
                bytes32(1 << uint8(TimelockController.OperationState.Ready))
            )
        );
        timelock.execute(address(registry), 0, pauseCall, bytes32(0), salt);
        assertFalse(IRollupModule(module).paused());

        // Scheduling takes the proposer role; a shorter delay than the timelock's is refused.
        bytes32 proposerRole = timelock.PROPOSER_ROLE();
        vm.prank(OTHER);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, OTHER, proposerRole)
        );
        timelock.schedule(address(registry), 0, pauseCall, bytes32(0), keccak256("other"), DELAY);
        vm.expectRevert(
            abi.encodeWithSelector(TimelockController.TimelockInsufficientDelay.selector, DELAY - 1, DELAY)
        );
        timelock.schedule(address(registry), 0, pauseCall, bytes32(0), keccak256("short"), DELAY - 1);

        // Once ready, anyone may execute it, and it takes effect.
        vm.warp(block.timestamp + 1);
        vm.prank(OTHER);
        timelock.execute(address(registry), 0, pauseCall, bytes32(0), salt);
        assertTrue(IRollupModule(module).paused());
    }

    function testFuzz_governanceEntryPointsRefuseEveryoneButTheTimelock(address caller) public {
        vm.assume(caller != address(timelock));
        bytes memory err = abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, caller);
        vm.startPrank(caller);
        vm.expectRevert(err);
        registry.pause(rollupId);
        vm.expectRevert(err);
        registry.unpause(rollupId);
        vm.expectRevert(err);
        registry.evict(rollupId, SEQUENCER);
        vm.expectRevert(err);
        registry.reinstate(rollupId, SEQUENCER);
        vm.expectRevert(err);
        registry.setImplementation(SLOT_AUCTION, address(0));
        vm.expectRevert(err);
        registry.transferOwnership(caller);
        vm.stopPrank();
    }

    function test_governanceStopsWhenTimelockDelayDropsBelowFloor() public {
        _governTimelock(abi.encodeCall(TimelockController.updateDelay, (10 minutes)), DELAY);
        assertEq(timelock.getMinDelay(), 10 minutes);

        bytes memory pauseCall = abi.encodeCall(IRollupRegistry.pause, (rollupId));
        bytes32 salt = keccak256("fast pause");
        timelock.schedule(address(registry), 0, pauseCall, bytes32(0), salt, 10 minutes);
        vm.warp(block.timestamp + 10 minutes);
        vm.expectRevert(
            abi.encodeWithSelector(
                IRollupRegistry.RollupRegistryGovernanceDelayTooShort.selector,
                address(timelock),
                10 minutes,
                registry.MIN_GOVERNANCE_DELAY()
            )
        );
        timelock.execute(address(registry), 0, pauseCall, bytes32(0), salt);
        assertFalse(IRollupModule(module).paused());

        // Raising the delay back to the floor restores governance.
        _governTimelock(abi.encodeCall(TimelockController.updateDelay, (DELAY)), 10 minutes);
        _govern(pauseCall);
        assertTrue(IRollupModule(module).paused());
    }

    function test_constructorRefusesGovernanceWithoutTimelock() public {
        address[] memory impls = new address[](0);
        vm.expectRevert(abi.encodeWithSelector(IRollupRegistry.RollupRegistryGovernanceNotTimelock.selector, OTHER));
        new RollupRegistry(vault, OTHER, impls);
        // A contract that is not a timelock (no getMinDelay) is refused too.
        vm.expectRevert(
            abi.encodeWithSelector(IRollupRegistry.RollupRegistryGovernanceNotTimelock.selector, address(vault))
        );
        new RollupRegistry(vault, address(vault), impls);
    }

    function test_constructorRefusesTimelockBelowDelayFloor() public {
        BatonTimelock fast = _deployTimelock(1 hours - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IRollupRegistry.RollupRegistryGovernanceDelayTooShort.selector, address(fast), 1 hours - 1, 1 hours
            )
        );
        new RollupRegistry(vault, address(fast), new address[](0));
    }

    function test_constructorRefusesZeroVault() public {
        vm.expectRevert(IRollupRegistry.RollupRegistryZeroVault.selector);
        new RollupRegistry(IStakeVault(address(0)), address(timelock), new address[](0));
    }

    function test_constructorRefusesZeroGovernance() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableInvalidOwner.selector, address(0)));
        new RollupRegistry(vault, address(0), new address[](0));
    }

    function test_constructorAcceptsAtMostEightImplementations() public {
        address[] memory impls = new address[](8);
        for (uint256 i; i < 8; ++i) {
            impls[i] = address(auctionImpl);
        }
        RollupRegistry eight = new RollupRegistry(vault, address(timelock), impls);
        assertEq(eight.implementation(SLOT_AUCTION), address(auctionImpl));

        address[] memory nine = new address[](9);
        for (uint256 i; i < 9; ++i) {
            nine[i] = address(auctionImpl);
        }
        vm.expectRevert(abi.encodeWithSelector(IRollupRegistry.RollupRegistryTooManyImplementations.selector, 9, 8));
        new RollupRegistry(vault, address(timelock), nine);
    }

    function test_constructorRefusesImplementationsThatAreNotModules() public {
        address[] memory impls = new address[](1);
        impls[0] = OTHER;
        vm.expectRevert(abi.encodeWithSelector(IRollupRegistry.RollupRegistryNotContract.selector, OTHER));
        new RollupRegistry(vault, address(timelock), impls);

        impls[0] = address(tokenList[0]);
        vm.expectRevert(
            abi.encodeWithSelector(IRollupRegistry.RollupRegistryNotModule.selector, address(tokenList[0]))
        );
        new RollupRegistry(vault, address(timelock), impls);

        impls[0] = address(new RegistryZeroMechanismModule());
        vm.expectRevert(IRollupRegistry.RollupRegistryZeroMechanism.selector);
        new RollupRegistry(vault, address(timelock), impls);
    }

    // --- pause ---

    function test_pauseForwardedToModule() public {
        _assertPauseForwarded(true);
    }

    function test_unpauseForwardedToModule() public {
        _govern(abi.encodeCall(IRollupRegistry.pause, (rollupId)));
        _assertPauseForwarded(false);
    }

    /// @dev Pauses (or unpauses) the rollup through governance: the module and the registry both say so.
    function _assertPauseForwarded(bool pause) internal {
        bytes memory data = pause
            ? abi.encodeCall(IRollupRegistry.pause, (rollupId))
            : abi.encodeCall(IRollupRegistry.unpause, (rollupId));
        bytes32 salt = _schedule(data);
        vm.expectEmit(module);
        if (pause) emit IRollupModule.ModulePaused(address(registry));
        else emit IRollupModule.ModuleUnpaused(address(registry));
        vm.expectEmit(address(registry));
        if (pause) emit IRollupRegistry.RollupPaused(rollupId);
        else emit IRollupRegistry.RollupUnpaused(rollupId);
        _execute(data, salt);
        assertEq(IRollupModule(module).paused(), pause);
        assertEq(registry.rollup(rollupId).paused, pause);
    }

    function test_pauseRevertsWhenAlreadyPaused() public {
        _govern(abi.encodeCall(IRollupRegistry.pause, (rollupId)));
        _governExpectRevert(
            abi.encodeCall(IRollupRegistry.pause, (rollupId)),
            abi.encodeWithSelector(IRollupRegistry.RollupRegistryAlreadyPaused.selector, rollupId)
        );
    }

    function test_unpauseRevertsWhenNotPaused() public {
        _governExpectRevert(
            abi.encodeCall(IRollupRegistry.unpause, (rollupId)),
            abi.encodeWithSelector(IRollupRegistry.RollupRegistryNotPaused.selector, rollupId)
        );
    }

    function test_governanceOnUnknownRollupReverts() public {
        bytes memory err = abi.encodeWithSelector(IRollupRegistry.RollupRegistryUnknownRollup.selector, uint64(2));
        _governExpectRevert(abi.encodeCall(IRollupRegistry.pause, (2)), err);
        _governExpectRevert(abi.encodeCall(IRollupRegistry.unpause, (2)), err);
        _governExpectRevert(abi.encodeCall(IRollupRegistry.evict, (2, SEQUENCER)), err);
        _governExpectRevert(abi.encodeCall(IRollupRegistry.reinstate, (2, SEQUENCER)), err);
    }

    // --- eviction ---

    function test_evictedParticipantFlaggedOnModule() public {
        _assertEvictionForwarded(true);
        assertFalse(IRollupModule(module).isEvicted(OTHER));
    }

    function test_reinstatedParticipantClearedOnModule() public {
        _govern(abi.encodeCall(IRollupRegistry.evict, (rollupId, SEQUENCER)));
        _assertEvictionForwarded(false);
    }

    /// @dev Evicts (or reinstates) SEQUENCER through governance: the module and the registry both say so.
    function _assertEvictionForwarded(bool evict) internal {
        bytes memory data = evict
            ? abi.encodeCall(IRollupRegistry.evict, (rollupId, SEQUENCER))
            : abi.encodeCall(IRollupRegistry.reinstate, (rollupId, SEQUENCER));
        bytes32 salt = _schedule(data);
        vm.expectEmit(module);
        if (evict) emit IRollupModule.ParticipantEvicted(SEQUENCER, address(registry));
        else emit IRollupModule.ParticipantReinstated(SEQUENCER, address(registry));
        vm.expectEmit(address(registry));
        if (evict) emit IRollupRegistry.RollupParticipantEvicted(rollupId, SEQUENCER);
        else emit IRollupRegistry.RollupParticipantReinstated(rollupId, SEQUENCER);
        _execute(data, salt);
        assertEq(IRollupModule(module).isEvicted(SEQUENCER), evict);
    }

    function test_evictRevertsOnZeroParticipant() public {
        _governExpectRevert(
            abi.encodeCall(IRollupRegistry.evict, (rollupId, address(0))),
            abi.encodeWithSelector(IRollupRegistry.RollupRegistryZeroParticipant.selector)
        );
    }

    function test_evictRevertsWhenAlreadyEvicted() public {
        _govern(abi.encodeCall(IRollupRegistry.evict, (rollupId, SEQUENCER)));
        _governExpectRevert(
            abi.encodeCall(IRollupRegistry.evict, (rollupId, SEQUENCER)),
            abi.encodeWithSelector(IRollupRegistry.RollupRegistryAlreadyEvicted.selector, rollupId, SEQUENCER)
        );
    }

    function test_reinstateRevertsWhenNotEvicted() public {
        _governExpectRevert(
            abi.encodeCall(IRollupRegistry.reinstate, (rollupId, SEQUENCER)),
            abi.encodeWithSelector(IRollupRegistry.RollupRegistryNotEvicted.selector, rollupId, SEQUENCER)
        );
    }

    // --- implementations ---

    function test_setImplementationReplacesCloneSourceForNewRollupsOnly() public {
        RegistryTestModule newImpl = new RegistryTestModule();
        bytes memory data = abi.encodeCall(IRollupRegistry.setImplementation, (SLOT_AUCTION, address(newImpl)));
        bytes32 salt = _schedule(data);
        vm.expectEmit(address(registry));
        emit IRollupRegistry.ImplementationSet(SLOT_AUCTION, address(newImpl));
        _execute(data, salt);
        assertEq(registry.implementation(SLOT_AUCTION), address(newImpl));

        (, address second) = _register(_seedRequest());
        assertEq(_cloneTarget(second), address(newImpl));
        assertEq(_cloneTarget(module), address(auctionImpl));
    }

    function test_removedImplementationStopsRegistrationButNotExistingRollups() public {
        _govern(abi.encodeCall(IRollupRegistry.setImplementation, (SLOT_AUCTION, address(0))));
        assertEq(registry.implementation(SLOT_AUCTION), address(0));
        vm.expectRevert(abi.encodeWithSelector(IRollupRegistry.RollupRegistryUnknownMechanism.selector, SLOT_AUCTION));
        registry.register(_seedRequest());
        _govern(abi.encodeCall(IRollupRegistry.pause, (rollupId)));
        assertTrue(IRollupModule(module).paused());
    }

    function test_setImplementationRevertsOnMechanismMismatch() public {
        _governExpectRevert(
            abi.encodeCall(IRollupRegistry.setImplementation, (SLOT_AUCTION, address(marketImpl))),
            abi.encodeWithSelector(IRollupRegistry.RollupRegistryMechanismMismatch.selector, SLOT_AUCTION, BLOCK_MARKET)
        );
    }

    function test_setImplementationRevertsOnAccountWithoutCode() public {
        _governExpectRevert(
            abi.encodeCall(IRollupRegistry.setImplementation, (SLOT_AUCTION, OTHER)),
            abi.encodeWithSelector(IRollupRegistry.RollupRegistryNotContract.selector, OTHER)
        );
    }

    function test_setImplementationRevertsOnContractThatIsNotModule() public {
        _governExpectRevert(
            abi.encodeCall(IRollupRegistry.setImplementation, (SLOT_AUCTION, address(tokenList[0]))),
            abi.encodeWithSelector(IRollupRegistry.RollupRegistryNotModule.selector, address(tokenList[0]))
        );
    }

    function test_setImplementationRevertsOnZeroMechanism() public {
        _governExpectRevert(
            abi.encodeCall(IRollupRegistry.setImplementation, (bytes32(0), address(0))),
            abi.encodeWithSelector(IRollupRegistry.RollupRegistryZeroMechanism.selector)
        );
    }

    function test_setImplementationIsGovernanceOnly() public {
        vm.prank(OTHER);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, OTHER));
        registry.setImplementation(SLOT_AUCTION, address(0));
    }

    // --- registry ownership ---

    function test_governanceMovesToAnotherTimelockInTwoSteps() public {
        BatonTimelock next = _deployTimelock(2 hours);
        _govern(abi.encodeCall(Ownable.transferOwnership, (address(next))));
        assertEq(registry.pendingOwner(), address(next));
        assertEq(registry.owner(), address(timelock));

        bytes memory accept = abi.encodeWithSignature("acceptOwnership()");
        next.schedule(address(registry), 0, accept, bytes32(0), bytes32(0), 2 hours);
        vm.warp(block.timestamp + 2 hours);
        next.execute(address(registry), 0, accept, bytes32(0), bytes32(0));
        assertEq(registry.owner(), address(next));

        // The old timelock has lost its powers.
        _governExpectRevert(
            abi.encodeCall(IRollupRegistry.pause, (rollupId)),
            abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, address(timelock))
        );
    }

    function test_transferOwnershipRefusesAccountWithoutTimelock() public {
        _governExpectRevert(
            abi.encodeCall(Ownable.transferOwnership, (OTHER)),
            abi.encodeWithSelector(IRollupRegistry.RollupRegistryGovernanceNotTimelock.selector, OTHER)
        );
    }

    function test_transferOwnershipRefusesTimelockBelowDelayFloor() public {
        BatonTimelock fast = _deployTimelock(59 minutes);
        _governExpectRevert(
            abi.encodeCall(Ownable.transferOwnership, (address(fast))),
            abi.encodeWithSelector(
                IRollupRegistry.RollupRegistryGovernanceDelayTooShort.selector, address(fast), 59 minutes, 1 hours
            )
        );
    }

    function test_transferOwnershipToZeroCancelsPendingTransfer() public {
        BatonTimelock next = _deployTimelock(2 hours);
        _govern(abi.encodeCall(Ownable.transferOwnership, (address(next))));
        _govern(abi.encodeCall(Ownable.transferOwnership, (address(0))));
        assertEq(registry.pendingOwner(), address(0));
    }

    function test_renounceOwnershipIsDisabled() public {
        _governExpectRevert(
            abi.encodeCall(Ownable.renounceOwnership, ()),
            abi.encodeWithSelector(IRollupRegistry.RollupRegistryRenounceDisabled.selector)
        );
        assertEq(registry.owner(), address(timelock));
    }
}

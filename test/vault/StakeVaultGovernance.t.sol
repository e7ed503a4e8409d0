// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {StakeVault} from "../../contracts/vault/StakeVault.sol";
import {IStakeVault} from "../../contracts/interfaces/IStakeVault.sol";
import {BatonToken} from "../../contracts/token/BatonToken.sol";
import {BatonTimelock} from "../../contracts/registry/BatonTimelock.sol";
import {FakeTimelock} from "../utils/FakeTimelock.sol";

/// @notice The vault's governance and lock placement against the issue's exploits 3 and 4: once stake exists, no owner
/// power acts at once (only a BatonTimelock with at least `MIN_GOVERNANCE_DELAY` can use them), and a tiny lock of one
/// module never extends another module's lock.
contract StakeVaultGovernanceTest is Test {
    StakeVault internal vault;
    BatonToken internal token;
    address internal deployer = makeAddr("deployer");
    address internal alice = makeAddr("alice");
    address internal moduleA = makeAddr("moduleA");
    address internal moduleB = makeAddr("moduleB");
    address internal evil = makeAddr("evil");

    function setUp() public {
        vm.roll(1_000);
        vault = new StakeVault(deployer, 7_200);
        token = new BatonToken("Baton", "BTN", address(this));
        vm.startPrank(deployer);
        vault.setTokenAllowed(address(token), true);
        vault.setModule(moduleA, true);
        vault.setModule(moduleB, true);
        vm.stopPrank();
        token.mint(alice, 1_000_000 ether);
        vm.prank(alice);
        token.approve(address(vault), type(uint256).max);
    }

    function _deposit(uint256 amount) internal {
        vm.prank(alice);
        vault.deposit(address(token), amount);
    }

    /// @dev Deposits 10,000 for alice, locks 1,000 of it for module A until t+40 and fills every other slot with
    /// 1-wei locks of module B (until t+41, t+42, ...); returns t.
    function _fillSlotsWithOneLockOfAAndTheRestOfB() internal returns (uint64 t) {
        _deposit(10_000 ether);
        t = uint64(block.number);
        vm.prank(moduleA);
        vault.lock(alice, address(token), 1_000 ether, t + 40);
        for (uint64 i = 1; i < vault.MAX_LOCKS(); ++i) {
            vm.prank(moduleB);
            vault.lock(alice, address(token), 1, t + 40 + i);
        }
    }

    /// @dev The deployer transfers the vault to `timelock` (a one-hour delay), which accepts it through its delay.
    function _handVaultTo(BatonTimelock timelock) internal {
        vm.prank(deployer);
        vault.transferOwnership(address(timelock));
        bytes memory accept = abi.encodeCall(Ownable2Step.acceptOwnership, ());
        timelock.schedule(address(vault), 0, accept, bytes32(0), bytes32(0), 1 hours);
        vm.warp(block.timestamp + 1 hours);
        timelock.execute(address(vault), 0, accept, bytes32(0), bytes32(0));
    }

    function _timelock(uint256 delay) internal returns (BatonTimelock) {
        address[] memory proposers = new address[](1);
        proposers[0] = address(this);
        address[] memory executors = new address[](1);
        executors[0] = address(0);
        return new BatonTimelock(delay, proposers, executors, address(0));
    }

    // ------------------------------------------------------------------ exploit 4: instant owner powers

    function test_ownerPowersAreNotInstantOnceStakeExists() public {
        _deposit(1_000 ether);
        vm.prank(moduleA);
        vault.lock(alice, address(token), 1_000 ether, uint64(block.number + 100));
        assertTrue(vault.setupClosed());

        bytes memory notTimelock = abi.encodeWithSelector(IStakeVault.StakeVaultGovernanceNotTimelock.selector, deployer);
        vm.startPrank(deployer);
        vm.expectRevert(notTimelock);
        vault.setModule(evil, true);
        vm.expectRevert(notTimelock);
        vault.setAuthoriser(evil);
        vm.expectRevert(notTimelock);
        vault.setWithdrawalDelay(64);
        vm.expectRevert(notTimelock);
        vault.setTokenAllowed(address(token), false);
        // Nor can it hand the vault to a contract that only claims a long delay.
        FakeTimelock fake = new FakeTimelock();
        vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultGovernanceNotTimelock.selector, address(fake)));
        vault.transferOwnership(address(fake));
        vm.stopPrank();

        // Nothing moved.
        assertFalse(vault.isModule(evil));
        assertEq(vault.authoriser(), address(0));
        assertEq(vault.withdrawalDelay(), 7_200);
        assertTrue(vault.isTokenAllowed(address(token)));
        assertEq(vault.pendingOwner(), address(0));
        assertEq(vault.balanceOf(alice, address(token)).locked, 1_000 ether);
    }

    function test_ownerPowersGoThroughATimelockWithADelayFloor() public {
        // A real timelock below the floor is refused.
        BatonTimelock quick = _timelock(10 minutes);
        _deposit(1 ether);
        vm.prank(deployer);
        vm.expectRevert(
            abi.encodeWithSelector(
                IStakeVault.StakeVaultGovernanceDelayTooShort.selector, address(quick), 10 minutes, 1 hours
            )
        );
        vault.transferOwnership(address(quick));

        // A timelock at the floor takes over, and its calls wait for the delay.
        BatonTimelock timelock = _timelock(1 hours);
        _handVaultTo(timelock);
        assertEq(vault.owner(), address(timelock));

        bytes memory data = abi.encodeCall(IStakeVault.setModule, (evil, true));
        timelock.schedule(address(vault), 0, data, bytes32(0), bytes32(0), 1 hours);
        bytes32 id = timelock.hashOperation(address(vault), 0, data, bytes32(0), bytes32(0));
        vm.expectRevert(
            abi.encodeWithSelector(
                TimelockController.TimelockUnexpectedOperationState.selector,
                id,
                bytes32(1 << uint8(TimelockController.OperationState.Ready))
            )
        );
        timelock.execute(address(vault), 0, data, bytes32(0), bytes32(0));
        assertFalse(vault.isModule(evil));
        vm.warp(block.timestamp + 1 hours);
        timelock.execute(address(vault), 0, data, bytes32(0), bytes32(0));
        assertTrue(vault.isModule(evil));

        // Even then a newly authorised module cannot touch stake locked for another one.
        vm.prank(moduleA);
        vault.lock(alice, address(token), 1 ether, uint64(block.number + 10));
        vm.prank(evil);
        assertEq(vault.slash(alice, address(token), 1 ether, 0, evil, 0), 0);
        assertEq(vault.balanceOf(alice, address(token)).locked, 1 ether);
    }

    function test_lateDelayFloorStopsGovernanceInsteadOfMakingItInstant() public {
        BatonTimelock timelock = _timelock(1 hours);
        _handVaultTo(timelock);
        _deposit(1 ether);
        // The timelock lowers its own delay below the floor: the vault now refuses it.
        bytes memory lower = abi.encodeCall(TimelockController.updateDelay, (1));
        timelock.schedule(address(timelock), 0, lower, bytes32(0), bytes32(0), 1 hours);
        vm.warp(block.timestamp + 1 hours);
        timelock.execute(address(timelock), 0, lower, bytes32(0), bytes32(0));
        bytes memory data = abi.encodeCall(IStakeVault.setModule, (evil, true));
        timelock.schedule(address(vault), 0, data, bytes32(0), bytes32(0), 1);
        vm.warp(block.timestamp + 1);
        vm.expectRevert(
            abi.encodeWithSelector(IStakeVault.StakeVaultGovernanceDelayTooShort.selector, address(timelock), 1, 1 hours)
        );
        timelock.execute(address(vault), 0, data, bytes32(0), bytes32(0));
        assertFalse(vault.isModule(evil));
    }

    function test_tokensNeedAContract() public {
        vm.prank(deployer);
        vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultTokenNotContract.selector, evil));
        vault.setTokenAllowed(evil, true);
    }

    // ------------------------------------------------------------------ exploit 3: a tiny lock extending another

    function test_tinyLockNeverExtendsAnotherModulesLock() public {
        uint64 t = _fillSlotsWithOneLockOfAAndTheRestOfB();
        // Module B's 1-wei lock for a million blocks merges into B's own latest slot, never into A's.
        vm.prank(moduleB);
        vault.lock(alice, address(token), 1, t + 1_000_000);
        (uint256 lockedA,) = vault.lockedFor(alice, address(token), moduleA);
        assertEq(lockedA, 1_000 ether);
        vm.roll(t + 40);
        (lockedA,) = vault.lockedFor(alice, address(token), moduleA);
        assertEq(lockedA, 0, "A's lock freed at its own expiry");
        assertEq(vault.balanceOf(alice, address(token)).locked, 8);
        assertEq(vault.freeOf(alice, address(token)), 10_000 ether - 8);
    }

    function test_lockWithEverySlotHeldByOtherModulesIsRefused() public {
        address moduleC = makeAddr("moduleC");
        vm.prank(deployer);
        vault.setModule(moduleC, true);
        uint64 t = _fillSlotsWithOneLockOfAAndTheRestOfB();
        IStakeVault.Balance memory before = vault.balanceOf(alice, address(token));
        vm.expectRevert(
            abi.encodeWithSelector(IStakeVault.StakeVaultLockSlotsFull.selector, alice, address(token), 8)
        );
        vm.prank(moduleC);
        vault.lock(alice, address(token), 1, t + 1_000_000);
        IStakeVault.Balance memory afterTry = vault.balanceOf(alice, address(token));
        assertEq(afterTry.locked, before.locked);
        assertEq(afterTry.free, before.free);
        vm.roll(t + 40);
        (uint256 lockedA,) = vault.lockedFor(alice, address(token), moduleA);
        assertEq(lockedA, 0);
    }

    // ------------------------------------------------------------------ declared slashing horizons

    function test_zeroHorizonModuleCannotSlashAfterExpiryAndFreesItsSlotAtOnce() public {
        address auction = makeAddr("auction");
        vm.prank(deployer);
        vault.authoriseModule(auction, 0);
        _deposit(100 ether);
        uint64 until = uint64(block.number + 5);
        vm.prank(auction);
        vault.lock(alice, address(token), 100 ether, until);
        vm.roll(until);
        vm.prank(auction);
        assertEq(vault.slash(alice, address(token), 100 ether, 0, auction, 0), 0);
        assertEq(vault.locksOf(alice, address(token)).length, 0);
        // Another module can lock the stake at once (no tail promised it to the auction).
        vm.prank(moduleA);
        vault.lock(alice, address(token), 100 ether, until + 10);
    }

    function test_horizonAboveTheMaximumIsRefused() public {
        uint8 max = vault.SLASHING_HORIZON();
        vm.prank(deployer);
        vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultHorizonTooLong.selector, evil, max + 1, max));
        vault.authoriseModule(evil, max + 1);
        assertFalse(vault.isModule(evil));
    }

    function test_defaultHorizonKeepsExpiredStakeSlashableAndUnlockableByOthers() public {
        _deposit(100 ether);
        uint64 until = uint64(block.number + 5);
        vm.prank(moduleA);
        vault.lock(alice, address(token), 100 ether, until);
        vm.roll(until);
        // Free to request for withdrawal, but promised to module A's tail: module B cannot lock it.
        assertEq(vault.freeOf(alice, address(token)), 100 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IStakeVault.StakeVaultInsufficientFree.selector, alice, address(token), 1, 0)
        );
        vm.prank(moduleB);
        vault.lock(alice, address(token), 1, until + 10);
        IStakeVault.ModuleLock[] memory locks = vault.locksOf(alice, address(token));
        assertEq(locks.length, 1);
        assertEq(locks[0].module, moduleA);
        assertEq(locks[0].until, until);
        assertEq(locks[0].slashableUntil, until + vault.SLASHING_HORIZON());
        // Module A itself can lock it again (its tail becomes the new live lock).
        vm.prank(moduleA);
        vault.lock(alice, address(token), 100 ether, until + 10);
        (uint256 locked, uint256 slashable) = vault.lockedFor(alice, address(token), moduleA);
        assertEq(locked, 100 ether);
        assertEq(slashable, 100 ether);
    }

    // ------------------------------------------------------------------ fuzz at the documented maxima

    /// Any set of MAX_LOCKS locks from MAX_LOCKS modules (all slots full), of amounts adding up to MAX_STAKE, and any
    /// slash amount up to 2^256 - 1 at any later block: the slashing module takes at most its own claim and every other
    /// module's live lock stays as it was.
    function testFuzz_slashAtMaximaTakesOnlyTheCallersClaim(uint256 seed, uint256 slashAmount, uint8 slasher)
        public
    {
        StakeVault v = new StakeVault(deployer, 64);
        uint256 n = v.MAX_LOCKS();
        address[] memory mods = new address[](n);
        vm.startPrank(deployer);
        v.setTokenAllowed(address(token), true);
        for (uint256 i; i < n; ++i) {
            mods[i] = address(uint160(0x1000 + i));
            v.setModule(mods[i], true);
        }
        vm.stopPrank();
        uint256 max = v.MAX_STAKE();
        token.mint(alice, max);
        vm.startPrank(alice);
        token.approve(address(v), max);
        v.deposit(address(token), max);
        vm.stopPrank();

        uint256 remaining = max;
        for (uint256 i; i < n; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            uint256 amount = i == n - 1 ? remaining : bound(r, 1, remaining - (n - 1 - i));
            remaining -= amount;
            vm.prank(mods[i]);
            v.lock(alice, address(token), amount, uint64(block.number + 1 + (r >> 128) % 200));
        }
        assertEq(v.freeOf(alice, address(token)), 0);
        uint256 who = slasher % n;
        vm.roll(block.number + seed % 300);
        uint256[] memory before = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            (before[i],) = v.lockedFor(alice, address(token), mods[i]);
        }
        (, uint256 claim) = v.lockedFor(alice, address(token), mods[who]);
        vm.prank(mods[who]);
        uint256 taken = v.slash(alice, address(token), slashAmount, 0, address(0xBEEF), 0);
        assertEq(taken, slashAmount < claim ? slashAmount : claim);
        for (uint256 i; i < n; ++i) {
            if (i == who) continue;
            (uint256 lockedNow,) = v.lockedFor(alice, address(token), mods[i]);
            assertEq(lockedNow, before[i]);
        }
        IStakeVault.Balance memory b = v.balanceOf(alice, address(token));
        assertEq(token.balanceOf(address(v)), b.free + b.locked + b.pending);
        assertEq(b.free + b.locked + b.pending, max - taken);
    }
}

// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {StakeVault} from "../../contracts/vault/StakeVault.sol";
import {IStakeVault} from "../../contracts/interfaces/IStakeVault.sol";
import {BatonToken} from "../../contracts/token/BatonToken.sol";
import {FeeOnTransferToken} from "../utils/FeeOnTransferToken.sol";
import {MaliciousToken, ReentryAssertions} from "../utils/MaliciousToken.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {BatonTimelock} from "../../contracts/registry/BatonTimelock.sol";

/// @dev A token whose `burn` succeeds without burning (a catch-all that ignores the call).
contract NoOpBurnToken is ERC20 {
    constructor() ERC20("NoOp Burn", "NOB") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function burn(uint256) external {}
}

/// @dev A token whose `burn` destroys twice the amount asked.
contract GreedyBurnToken is ERC20 {
    constructor() ERC20("Greedy Burn", "GRB") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function burn(uint256 amount) external {
        _burn(msg.sender, 2 * amount);
    }
}

contract StakeVaultTest is ReentryAssertions {
    uint64 internal constant DELAY = 100;
    address internal constant DEAD = 0x000000000000000000000000000000000000dEaD;

    StakeVault internal vault;
    BatonToken internal token;
    address internal owner = makeAddr("owner");
    address internal registry = makeAddr("registry");
    address internal module = makeAddr("module");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal treasury = makeAddr("treasury");
    BatonTimelock internal timelock;
    uint256 private _salt;

    function setUp() public {
        vm.roll(1_000);
        vault = new StakeVault(owner, DELAY);
        token = new BatonToken("Baton", "BTN", address(this));
        vm.startPrank(owner);
        vault.setTokenAllowed(address(token), true);
        vault.setModule(module, true);
        vm.stopPrank();
        _fund(alice, 1_000_000 ether);
        _fund(bob, 1_000_000 ether);
    }

    // ----------------------------------------------------------------------------------------------------
    // helpers
    // ----------------------------------------------------------------------------------------------------

    function _fund(address who, uint256 amount) internal {
        token.mint(who, amount);
        vm.prank(who);
        token.approve(address(vault), type(uint256).max);
    }

    function _deposit(address who, uint256 amount) internal {
        vm.prank(who);
        vault.deposit(address(token), amount);
    }

    function _lock(address who, uint256 amount, uint64 until) internal {
        vm.prank(module);
        vault.lock(who, address(token), amount, until);
    }

    function _lockToken(address who, address erc20, uint256 amount, uint64 until) internal {
        vm.prank(module);
        vault.lock(who, erc20, amount, until);
    }

    /// @dev Hands the vault to a BatonTimelock (1 hour, this test proposes and anyone executes) during set-up.
    function _handToTimelock() internal {
        address[] memory proposers = new address[](1);
        proposers[0] = address(this);
        address[] memory executors = new address[](1);
        executors[0] = address(0);
        timelock = new BatonTimelock(1 hours, proposers, executors, address(0));
        vm.prank(owner);
        vault.transferOwnership(address(timelock));
        _govern(abi.encodeCall(Ownable2Step.acceptOwnership, ()));
    }

    /// @dev Schedules `data` on the vault through the timelock, waits the delay and executes it.
    function _govern(bytes memory data) internal {
        bytes32 salt = bytes32(++_salt);
        timelock.schedule(address(vault), 0, data, bytes32(0), salt, 1 hours);
        vm.warp(block.timestamp + 1 hours);
        timelock.execute(address(vault), 0, data, bytes32(0), salt);
    }

    /// @dev Deposits 1,000 for alice and locks 10·i until t+10·i for i = 1..count; returns t.
    function _lockLadder(uint64 count) internal returns (uint64 t) {
        _deposit(alice, 1_000);
        t = _now();
        for (uint64 i = 1; i <= count; ++i) {
            _lock(alice, 10 * i, t + 10 * i);
        }
    }

    /// @dev Deposits 1,000 for alice and locks 10, 20, 30, 40 until t+10, t+30, t+20, t+40; returns t.
    function _lockOutOfOrder() internal returns (uint64 t) {
        _deposit(alice, 1_000);
        t = _now();
        _lock(alice, 10, t + 10);
        _lock(alice, 20, t + 30);
        _lock(alice, 30, t + 20);
        _lock(alice, 40, t + 40);
    }

    /// @dev After 45 was taken for the t+20 lock of `_lockOutOfOrder`: 30 from it, 15 from t+30, nothing else.
    function _assertNamedLockTakenFirst() internal view {
        IStakeVault.ModuleLock[] memory locks = vault.locksOf(alice, address(token));
        assertEq(locks.length, 3, "the t+20 lock is used up");
        assertEq(locks[0].amount, 10, "the earlier lock is untouched");
        assertEq(locks[1].amount, 5);
        assertEq(locks[2].amount, 40, "the latest lock is untouched");
    }

    /// @dev Rolls to block `at` and checks what alice then has locked.
    function _assertLockedAt(uint64 at, uint256 expected) internal {
        vm.roll(at);
        assertEq(_bal(alice).locked, expected);
    }

    function _bal(address who) internal view returns (IStakeVault.Balance memory) {
        return vault.balanceOf(who, address(token));
    }

    function _now() internal view returns (uint64) {
        return uint64(block.number);
    }

    // ----------------------------------------------------------------------------------------------------
    // constructor and administration
    // ----------------------------------------------------------------------------------------------------

    function test_constructorSetsOwnerAndDelay() public {
        vm.expectEmit(false, false, false, true);
        emit IStakeVault.WithdrawalDelaySet(DELAY);
        StakeVault fresh = new StakeVault(owner, DELAY);
        assertEq(fresh.owner(), owner);
        assertEq(fresh.withdrawalDelay(), DELAY);
        assertEq(fresh.authoriser(), address(0));
    }

    function test_constructorRefusesDelayOutsideBounds() public {
        uint64 minimum = vault.MIN_WITHDRAWAL_DELAY();
        uint64 maximum = vault.MAX_WITHDRAWAL_DELAY();
        vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultDelayBelowMinimum.selector, minimum - 1, minimum));
        new StakeVault(owner, minimum - 1);
        vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultDelayAboveMaximum.selector, maximum + 1, maximum));
        new StakeVault(owner, maximum + 1);
    }

    function test_constructorRefusesZeroOwner() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableInvalidOwner.selector, address(0)));
        new StakeVault(address(0), DELAY);
    }

    function test_setWithdrawalDelay() public {
        vm.expectEmit(address(vault));
        emit IStakeVault.WithdrawalDelaySet(500);
        vm.prank(owner);
        vault.setWithdrawalDelay(500);
        assertEq(vault.withdrawalDelay(), 500);
        uint64 minimum = vault.MIN_WITHDRAWAL_DELAY();
        vm.prank(owner);
        vault.setWithdrawalDelay(minimum);
        assertEq(vault.withdrawalDelay(), minimum);
    }

    function test_withdrawalDelayCannotGoBelowMinimum() public {
        uint64 minimum = vault.MIN_WITHDRAWAL_DELAY();
        assertEq(minimum, 64);
        for (uint64 delay = 0; delay < minimum; delay += 7) {
            vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultDelayBelowMinimum.selector, delay, minimum));
            vm.prank(owner);
            vault.setWithdrawalDelay(delay);
        }
        vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultDelayBelowMinimum.selector, minimum - 1, minimum));
        vm.prank(owner);
        vault.setWithdrawalDelay(minimum - 1);
        // Neither the authoriser can.
        vm.prank(owner);
        vault.setAuthoriser(registry);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, registry));
        vm.prank(registry);
        vault.setWithdrawalDelay(minimum);
        assertEq(vault.withdrawalDelay(), DELAY);
    }

    function test_setWithdrawalDelayAboveMaximumReverts() public {
        uint64 maximum = vault.MAX_WITHDRAWAL_DELAY();
        vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultDelayAboveMaximum.selector, maximum + 1, maximum));
        vm.prank(owner);
        vault.setWithdrawalDelay(maximum + 1);
        vm.prank(owner);
        vault.setWithdrawalDelay(maximum);
        assertEq(vault.withdrawalDelay(), maximum);
    }

    function test_delayChangeKeepsPendingWithdrawableAt() public {
        _handToTimelock();
        _deposit(alice, 10);
        vm.prank(alice);
        vault.requestWithdrawal(address(token), 10);
        uint64 at = _bal(alice).withdrawableAt;
        _govern(abi.encodeCall(IStakeVault.setWithdrawalDelay, (10_000)));
        assertEq(_bal(alice).withdrawableAt, at);
        vm.roll(at);
        vm.prank(alice);
        assertEq(vault.withdraw(address(token)), 10);
    }

    function test_setAuthoriserOnlyOwner() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, alice));
        vm.prank(alice);
        vault.setAuthoriser(alice);

        vm.expectEmit(address(vault));
        emit IStakeVault.AuthoriserSet(registry);
        vm.prank(owner);
        vault.setAuthoriser(registry);
        assertEq(vault.authoriser(), registry);
    }

    function test_authoriserSetsModulesButNeverTokens() public {
        vm.prank(owner);
        vault.setAuthoriser(registry);
        address newModule = makeAddr("newModule");
        vm.expectEmit(address(vault));
        emit IStakeVault.ModuleAuthorised(newModule, true);
        vm.prank(registry);
        vault.setModule(newModule, true);
        assertTrue(vault.isModule(newModule));

        address newToken = address(new BatonToken("New", "NEW", address(this)));
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, registry));
        vm.prank(registry);
        vault.setTokenAllowed(newToken, true);
        assertFalse(vault.isTokenAllowed(newToken));

        vm.prank(registry);
        vault.setModule(newModule, false);
        assertFalse(vault.isModule(newModule));
    }

    function test_strangersCannotSetModulesOrTokens() public {
        vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultNotAuthoriser.selector, alice));
        vm.prank(alice);
        vault.setModule(alice, true);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, alice));
        vm.prank(alice);
        vault.setTokenAllowed(alice, true);
    }

    function test_removedAuthoriserLosesRights() public {
        vm.startPrank(owner);
        vault.setAuthoriser(registry);
        vault.setAuthoriser(address(0));
        vm.stopPrank();
        vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultNotAuthoriser.selector, registry));
        vm.prank(registry);
        vault.setModule(registry, true);
        vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultNotAuthoriser.selector, address(0)));
        vm.prank(address(0));
        vault.setModule(registry, true);
    }

    function test_ownershipTransfersInTwoSteps() public {
        vm.prank(owner);
        vault.transferOwnership(alice);
        assertEq(vault.owner(), owner);
        vm.prank(alice);
        vault.acceptOwnership();
        assertEq(vault.owner(), alice);
    }

    // ----------------------------------------------------------------------------------------------------
    // deposit
    // ----------------------------------------------------------------------------------------------------

    function test_depositCreditsFreeStake() public {
        vm.expectEmit(address(vault));
        emit IStakeVault.Deposited(alice, address(token), 100 ether);
        _deposit(alice, 100 ether);
        _deposit(alice, 50 ether);
        IStakeVault.Balance memory b = _bal(alice);
        assertEq(b.free, 150 ether);
        assertEq(b.locked, 0);
        assertEq(b.pending, 0);
        assertEq(b.withdrawableAt, 0);
        assertEq(vault.freeOf(alice, address(token)), 150 ether);
        assertEq(token.balanceOf(address(vault)), 150 ether);
    }

    function test_depositZeroReverts() public {
        vm.expectRevert(IStakeVault.StakeVaultZeroAmount.selector);
        _deposit(alice, 0);
    }

    function test_depositOfDisallowedTokenReverts() public {
        BatonToken other = new BatonToken("Other", "OTH", address(this));
        vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultTokenNotAllowed.selector, address(other)));
        vm.prank(alice);
        vault.deposit(address(other), 1);
    }

    function test_disallowedTokenStillWithdraws() public {
        _handToTimelock();
        _deposit(alice, 10);
        vm.prank(alice);
        vault.requestWithdrawal(address(token), 10);
        _govern(abi.encodeCall(IStakeVault.setTokenAllowed, (address(token), false)));
        vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultTokenNotAllowed.selector, address(token)));
        _deposit(alice, 1);
        vm.roll(block.number + DELAY);
        vm.prank(alice);
        assertEq(vault.withdraw(address(token)), 10);
    }

    function test_depositAboveMaximumReverts() public {
        uint256 max = vault.MAX_STAKE();
        _fund(alice, max);
        vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultAmountTooLarge.selector, max + 1));
        _deposit(alice, max + 1);
        _deposit(alice, max - 5);
        vm.prank(alice);
        vault.requestWithdrawal(address(token), max - 10);
        // staked + pending counts: only 5 more fit.
        vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultAmountTooLarge.selector, 6));
        _deposit(alice, 6);
        _deposit(alice, 5);
        assertEq(_bal(alice).free + _bal(alice).pending, max);
    }

    function test_feeOnTransferTokenRefused() public {
        FeeOnTransferToken fot = new FeeOnTransferToken(100); // 1 %
        vm.prank(owner);
        vault.setTokenAllowed(address(fot), true);
        fot.mint(alice, 1_000 ether);
        vm.prank(alice);
        fot.approve(address(vault), type(uint256).max);

        vm.expectRevert(
            abi.encodeWithSelector(IStakeVault.StakeVaultFeeOnTransfer.selector, address(fot), 100 ether, 99 ether)
        );
        vm.prank(alice);
        vault.deposit(address(fot), 100 ether);
        assertEq(fot.balanceOf(alice), 1_000 ether);
        assertEq(vault.balanceOf(alice, address(fot)).free, 0);

        // The same token without its fee is accepted.
        fot.setFeeBps(0);
        vm.prank(alice);
        vault.deposit(address(fot), 100 ether);
        assertEq(vault.balanceOf(alice, address(fot)).free, 100 ether);
    }

    // ----------------------------------------------------------------------------------------------------
    // requestWithdrawal and withdraw
    // ----------------------------------------------------------------------------------------------------

    function test_requestWithdrawalMovesFreeToPending() public {
        _deposit(alice, 100);
        uint64 expectedAt = _now() + DELAY;
        vm.expectEmit(address(vault));
        emit IStakeVault.WithdrawalRequested(alice, address(token), 40, expectedAt);
        vm.prank(alice);
        vault.requestWithdrawal(address(token), 40);
        IStakeVault.Balance memory b = _bal(alice);
        assertEq(b.free, 60);
        assertEq(b.pending, 40);
        assertEq(b.withdrawableAt, expectedAt);
    }

    function test_requestWithdrawalRestartsDelay() public {
        _deposit(alice, 100);
        vm.prank(alice);
        vault.requestWithdrawal(address(token), 40);
        vm.roll(block.number + DELAY - 1);
        vm.prank(alice);
        vault.requestWithdrawal(address(token), 10);
        assertEq(_bal(alice).pending, 50);
        assertEq(_bal(alice).withdrawableAt, _now() + DELAY);
        vm.roll(block.number + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IStakeVault.StakeVaultWithdrawalNotReady.selector, alice, address(token), _now() + DELAY - 1, _now()
            )
        );
        vm.prank(alice);
        vault.withdraw(address(token));
    }

    function test_requestWithdrawalZeroReverts() public {
        _deposit(alice, 100);
        vm.expectRevert(IStakeVault.StakeVaultZeroAmount.selector);
        vm.prank(alice);
        vault.requestWithdrawal(address(token), 0);
    }

    function test_requestWithdrawalBeyondFreeReverts() public {
        _deposit(alice, 100);
        _lock(alice, 30, _now() + 10);
        vm.expectRevert(
            abi.encodeWithSelector(IStakeVault.StakeVaultInsufficientFree.selector, alice, address(token), 71, 70)
        );
        vm.prank(alice);
        vault.requestWithdrawal(address(token), 71);
        vm.prank(alice);
        vault.requestWithdrawal(address(token), 70);
        assertEq(_bal(alice).free, 0);
        assertEq(_bal(alice).locked, 30);
    }

    function test_withdrawReadyExactlyAtDelay() public {
        _deposit(alice, 100);
        vm.prank(alice);
        vault.requestWithdrawal(address(token), 100);
        uint64 at = _now() + DELAY;

        vm.roll(at - 1);
        vm.expectRevert(
            abi.encodeWithSelector(IStakeVault.StakeVaultWithdrawalNotReady.selector, alice, address(token), at, at - 1)
        );
        vm.prank(alice);
        vault.withdraw(address(token));

        vm.roll(at);
        uint256 before = token.balanceOf(alice);
        vm.expectEmit(address(vault));
        emit IStakeVault.Withdrawn(alice, address(token), 100);
        vm.prank(alice);
        assertEq(vault.withdraw(address(token)), 100);
        assertEq(token.balanceOf(alice), before + 100);
        IStakeVault.Balance memory b = _bal(alice);
        assertEq(b.pending, 0);
        assertEq(b.withdrawableAt, 0);
        assertEq(token.balanceOf(address(vault)), 0);
    }

    function test_withdrawWithNothingPendingReverts() public {
        _deposit(alice, 100);
        vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultNothingPending.selector, alice, address(token)));
        vm.prank(alice);
        vault.withdraw(address(token));
        // And a second withdraw after a payout.
        vm.prank(alice);
        vault.requestWithdrawal(address(token), 100);
        vm.roll(block.number + DELAY);
        vm.prank(alice);
        vault.withdraw(address(token));
        vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultNothingPending.selector, alice, address(token)));
        vm.prank(alice);
        vault.withdraw(address(token));
    }

    function test_withdrawalBlockedWhileLockedThenWorksAfterExpiry() public {
        _deposit(alice, 100);
        uint64 until = _now() + 20;
        _lock(alice, 100, until);
        vm.expectRevert(
            abi.encodeWithSelector(IStakeVault.StakeVaultInsufficientFree.selector, alice, address(token), 1, 0)
        );
        vm.prank(alice);
        vault.requestWithdrawal(address(token), 1);
        vm.roll(until);
        vm.prank(alice);
        vault.requestWithdrawal(address(token), 100);
        vm.roll(block.number + DELAY);
        vm.prank(alice);
        assertEq(vault.withdraw(address(token)), 100);
    }

    // ----------------------------------------------------------------------------------------------------
    // lock
    // ----------------------------------------------------------------------------------------------------

    function test_lockHoldsUntilLastBlockAndFreesAtUntil() public {
        _deposit(alice, 100);
        uint64 until = _now() + 10;
        vm.expectEmit(address(vault));
        emit IStakeVault.Locked(alice, address(token), module, 60, until);
        _lock(alice, 60, until);
        assertEq(_bal(alice).locked, 60);
        assertEq(_bal(alice).free, 40);

        vm.roll(until - 1); // the lock's last block
        assertEq(_bal(alice).locked, 60);
        assertEq(vault.freeOf(alice, address(token)), 40);

        vm.roll(until); // the first block after expiry
        assertEq(_bal(alice).locked, 0);
        assertEq(vault.freeOf(alice, address(token)), 100);
    }

    function test_expiredLockFreesWithoutTransaction() public {
        _deposit(alice, 100);
        uint64 until = _now() + 5;
        _lock(alice, 100, until);
        assertEq(vault.freeOf(alice, address(token)), 0);
        vm.roll(until);
        // No transaction touched the vault: the lock is gone and the whole stake can be re-locked or withdrawn.
        assertEq(vault.freeOf(alice, address(token)), 100);
        _lock(alice, 100, _now() + 5);
        assertEq(_bal(alice).locked, 100);
        vm.roll(block.number + 5);
        vm.prank(alice);
        vault.requestWithdrawal(address(token), 100);
        assertEq(_bal(alice).pending, 100);
    }

    function test_lockZeroReverts() public {
        _deposit(alice, 100);
        vm.expectRevert(IStakeVault.StakeVaultZeroAmount.selector);
        _lock(alice, 0, _now() + 1);
    }

    function test_lockInPastReverts() public {
        _deposit(alice, 100);
        vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultLockInPast.selector, _now(), _now()));
        _lock(alice, 1, _now());
        vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultLockInPast.selector, _now() - 1, _now()));
        _lock(alice, 1, _now() - 1);
        _lock(alice, 1, _now() + 1);
        assertEq(_bal(alice).locked, 1);
    }

    function test_lockBeyondFreeReverts() public {
        _deposit(alice, 100);
        _lock(alice, 70, _now() + 10);
        vm.expectRevert(
            abi.encodeWithSelector(IStakeVault.StakeVaultInsufficientFree.selector, alice, address(token), 31, 30)
        );
        _lock(alice, 31, _now() + 20);
        vm.prank(alice);
        vault.requestWithdrawal(address(token), 30);
        // Pending stake is not free.
        vm.expectRevert(
            abi.encodeWithSelector(IStakeVault.StakeVaultInsufficientFree.selector, alice, address(token), 1, 0)
        );
        _lock(alice, 1, _now() + 20);
    }

    function test_onlyModulesLockAndSlash() public {
        _handToTimelock();
        _deposit(alice, 100);
        address[3] memory strangers = [alice, address(timelock), registry];
        for (uint256 i = 0; i < strangers.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultNotModule.selector, strangers[i]));
            vm.prank(strangers[i]);
            vault.lock(alice, address(token), 1, _now() + 1);
            vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultNotModule.selector, strangers[i]));
            vm.prank(strangers[i]);
            vault.slash(alice, address(token), 1, 0, strangers[i], 0);
        }
        // A revoked module loses both rights.
        _govern(abi.encodeCall(IStakeVault.setModule, (module, false)));
        vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultNotModule.selector, module));
        _lock(alice, 1, _now() + 1);
        vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultNotModule.selector, module));
        vm.prank(module);
        vault.slash(alice, address(token), 1, 0, module, 0);
        assertEq(_bal(alice).free, 100);
        assertEq(token.balanceOf(address(vault)), 100);
    }

    function test_lockSameUntilMerges() public {
        _deposit(alice, 100);
        uint64 until = _now() + 10;
        _lock(alice, 10, until);
        _lock(alice, 15, until);
        assertEq(_bal(alice).locked, 25);
        _assertLockedAt(until, 0);
    }

    function test_lockUsesMaxSlotsThenMergesIntoCeiling() public {
        // MAX_LOCKS live slots of this module with distinct expiries.
        assertEq(vault.MAX_LOCKS(), 8);
        uint64 t = _lockLadder(8);
        assertEq(_bal(alice).locked, 360);
        // A ninth lock until t+25 merges into the module's slot ending at t+30 (held 5 blocks longer than asked).
        _lock(alice, 5, t + 25);
        assertEq(_bal(alice).locked, 365);
        _assertLockedAt(t + 25, 365 - 10 - 20);
        _assertLockedAt(t + 30, 360 - 60);
        _assertLockedAt(t + 80, 0);
    }

    function test_lockBeyondAllSlotsExtendsLatest() public {
        _deposit(alice, 1_000);
        uint64 t = _now();
        for (uint64 i = 1; i <= 8; ++i) {
            _lock(alice, i, t + 10 * i);
        }
        // Later than every slot: this module's own t+80 slot grows and now ends at t+90.
        _lock(alice, 50, t + 90);
        assertEq(_bal(alice).locked, 36 + 50);
        _assertLockedAt(t + 80, 58);
        _assertLockedAt(t + 89, 58);
        _assertLockedAt(t + 90, 0);
    }

    function test_lockReusesExpiredSlot() public {
        uint64 t = _lockLadder(4);
        vm.roll(t + 10); // slot 0 expired
        _lock(alice, 7, t + 15);
        assertEq(_bal(alice).locked, 97);
        vm.roll(t + 15);
        // The new lock ended exactly at its own expiry: nothing was over-locked.
        assertEq(_bal(alice).locked, 90);
    }

    function test_lockAfterEveryLockExpiredStartsAgain() public {
        uint64 t = _lockLadder(3);
        _assertLockedAt(t + 30, 0);
        _lock(alice, 5, t + 35);
        _lock(alice, 6, t + 36);
        assertEq(_bal(alice).locked, 11);
        _assertLockedAt(t + 35, 6);
        _assertLockedAt(t + 36, 0);
    }

    // ----------------------------------------------------------------------------------------------------
    // slash
    // ----------------------------------------------------------------------------------------------------

    function test_slashTakesOnlyWhatWasLockedForTheModule() public {
        _deposit(alice, 100);
        _lock(alice, 30, _now() + 10);
        vm.prank(alice);
        vault.requestWithdrawal(address(token), 50); // free 20, locked 30, pending 50

        vm.expectEmit(address(vault));
        emit IStakeVault.Slashed(alice, address(token), module, 20, treasury, 7);
        vm.prank(module);
        assertEq(vault.slash(alice, address(token), 20, 0, treasury, 7), 20);
        IStakeVault.Balance memory b = _bal(alice);
        assertEq(b.locked, 10);
        assertEq(b.pending, 50);
        assertEq(b.free, 20);

        // Only the 10 still locked for the module: free and pending stake were never put at its disposal.
        vm.prank(module);
        assertEq(vault.slash(alice, address(token), 80, 0, treasury, 7), 10);
        b = _bal(alice);
        assertEq(b.locked, 0);
        assertEq(b.pending, 50);
        assertEq(b.free, 20);
        vm.prank(module);
        assertEq(vault.slash(alice, address(token), 80, 0, treasury, 7), 0);
        assertEq(token.balanceOf(treasury), 30);
        assertEq(token.balanceOf(address(vault)), 70);
    }

    function test_slashReturnsWhatWasTaken() public {
        _deposit(alice, 100);
        _lock(alice, 100, _now() + 10);
        vm.prank(module);
        assertEq(vault.slash(alice, address(token), 500, 0, treasury, 1), 100);
        assertEq(token.balanceOf(treasury), 100);
        // Nothing left: a no-op returning 0.
        vm.recordLogs();
        vm.prank(module);
        assertEq(vault.slash(alice, address(token), 500, 0, treasury, 1), 0);
        assertEq(vm.getRecordedLogs().length, 0);
        // Zero asked: a no-op returning 0.
        vm.prank(module);
        assertEq(vault.slash(bob, address(token), 0, 0, treasury, 1), 0);
    }

    function test_slashAcrossSeveralLockSlots() public {
        uint64 t = _lockLadder(4);
        vm.roll(t + 10); // slot 0 expired: its 10 are free again (still slashable in its tail)
        vm.prank(module);
        assertEq(vault.slash(alice, address(token), 60, t + 20, treasury, 0), 60);
        IStakeVault.Balance memory b = _bal(alice);
        // Owed by the t+20 lock: 20 from it, 30 from t+30, 10 from t+40; the earlier slot's tail keeps its claim.
        assertEq(b.locked, 30);
        assertEq(b.free, 910);
        _assertLockedAt(t + 30, 30);
        _assertLockedAt(t + 40, 0);
        assertEq(_bal(alice).free, 940);
    }

    function test_slashTakesTheNamedLockFirstThenOnlyLaterOnes() public {
        uint64 t = _lockOutOfOrder();
        vm.prank(module);
        // owed by the t+20 lock (slot 2): 30 from it, then 15 from t+30 (the next to expire), never the t+10 lock
        assertEq(vault.slash(alice, address(token), 45, t + 20, treasury, 0), 45);
        _assertNamedLockTakenFirst();
        // more than the locks from t+20 on hold: only those pay
        vm.prank(module);
        assertEq(vault.slash(alice, address(token), 1_000, t + 11, treasury, 0), 45);
        assertEq(vault.locksOf(alice, address(token))[0].amount, 10);
        assertEq(_bal(alice).locked, 10);
        assertEq(token.balanceOf(treasury), 90);
    }

    function test_slashWithoutANamedLockTakesTheSoonestExpiringFirst() public {
        _deposit(alice, 1_000);
        uint64 t = _now();
        _lock(alice, 40, t + 40);
        _lock(alice, 10, t + 10);
        _lock(alice, 20, t + 20);
        vm.roll(t + 10); // the t+10 lock is in its tail: it expired first, so it pays first
        vm.prank(module);
        assertEq(vault.slash(alice, address(token), 25, 0, treasury, 0), 25);
        IStakeVault.ModuleLock[] memory locks = vault.locksOf(alice, address(token));
        assertEq(locks.length, 2, "the tail is used up");
        assertEq(locks[0].amount, 40, "the latest lock is untouched");
        assertEq(locks[1].amount, 5);
        assertEq(_bal(alice).free, 930);
    }

    // ----------------------------------------------------------------------------------------------------
    // unlock
    // ----------------------------------------------------------------------------------------------------

    function test_unlockFreesTheModulesOwnLockAtOnce() public {
        _deposit(alice, 100);
        uint64 until = _now() + 10;
        _lock(alice, 60, until);
        vm.expectEmit(address(vault));
        emit IStakeVault.Unlocked(alice, address(token), module, 40, until);
        vm.prank(module);
        vault.unlock(alice, address(token), 40, until);
        assertEq(_bal(alice).free, 80);
        assertEq(_bal(alice).locked, 20);
        // Free in the same block: requested for withdrawal, and the rest released leaves no slot (no tail either).
        vm.prank(alice);
        vault.requestWithdrawal(address(token), 80);
        vm.prank(module);
        vault.unlock(alice, address(token), 20, until);
        assertEq(vault.locksOf(alice, address(token)).length, 0);
        (, uint256 slashable) = vault.lockedFor(alice, address(token), module);
        assertEq(slashable, 0);
    }

    function test_unlockTakesTheNamedLockFirstThenOnlyLaterOnes() public {
        uint64 t = _lockOutOfOrder();
        vm.prank(module);
        // owed by the t+20 lock: 30 from it, then 15 from t+30 (the next to expire), never the t+10 lock
        vault.unlock(alice, address(token), 45, t + 20);
        _assertNamedLockTakenFirst();
        // more than the locks from t+11 on hold: refused, nothing moves
        vm.expectRevert(
            abi.encodeWithSelector(IStakeVault.StakeVaultUnlockExceedsLock.selector, alice, address(token), 46, 45)
        );
        vm.prank(module);
        vault.unlock(alice, address(token), 46, t + 11);
        assertEq(_bal(alice).locked, 55);
        assertEq(_bal(alice).free, 945);
    }

    /// A hostile module cannot release another module's lock, whatever expiry it names, nor more than its own.
    function test_unlockNeverReleasesAnotherModulesLock() public {
        address hostile = makeAddr("hostileModule");
        vm.prank(owner);
        vault.setModule(hostile, true);
        _deposit(alice, 100);
        uint64 until = _now() + 10;
        _lock(alice, 50, until);
        uint64[3] memory named = [uint64(0), until, until + 1];
        for (uint256 i; i < named.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(IStakeVault.StakeVaultUnlockExceedsLock.selector, alice, address(token), 50, 0)
            );
            vm.prank(hostile);
            vault.unlock(alice, address(token), 50, named[i]);
        }
        // With a lock of its own it releases that and nothing more.
        vm.prank(hostile);
        vault.lock(alice, address(token), 5, until);
        vm.expectRevert(
            abi.encodeWithSelector(IStakeVault.StakeVaultUnlockExceedsLock.selector, alice, address(token), 50, 5)
        );
        vm.prank(hostile);
        vault.unlock(alice, address(token), 50, 0);
        vm.prank(hostile);
        vault.unlock(alice, address(token), 5, 0);
        (uint256 honest,) = vault.lockedFor(alice, address(token), module);
        assertEq(honest, 50, "the honest module's lock did not move");
        assertEq(_bal(alice).free, 50);
    }

    /// Only live locks are released: a lock in its tail stays slashable by its module.
    function test_unlockLeavesTailsAlone() public {
        _deposit(alice, 100);
        uint64 until = _now() + 10;
        _lock(alice, 30, until);
        vm.roll(until);
        vm.expectRevert(
            abi.encodeWithSelector(IStakeVault.StakeVaultUnlockExceedsLock.selector, alice, address(token), 30, 0)
        );
        vm.prank(module);
        vault.unlock(alice, address(token), 30, until);
        (, uint256 slashable) = vault.lockedFor(alice, address(token), module);
        assertEq(slashable, 30);
    }

    function test_onlyModulesUnlockAndNeverZero() public {
        _deposit(alice, 100);
        _lock(alice, 10, _now() + 10);
        vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultNotModule.selector, alice));
        vm.prank(alice);
        vault.unlock(alice, address(token), 10, 0);
        vm.expectRevert(IStakeVault.StakeVaultZeroAmount.selector);
        vm.prank(module);
        vault.unlock(alice, address(token), 0, 0);
        assertEq(_bal(alice).locked, 10);
    }

    function test_slashToBurnBurnsBurnableToken() public {
        _deposit(alice, 100);
        _lock(alice, 100, _now() + 10);
        uint256 supply = token.totalSupply();
        vm.prank(module);
        assertEq(vault.slash(alice, address(token), 40, 0, address(0), 2), 40);
        assertEq(token.totalSupply(), supply - 40);
        assertEq(token.balanceOf(address(vault)), 60);
        assertEq(token.balanceOf(DEAD), 0);
    }

    function test_slashToBurnSendsUnburnableTokenToDeadAddress() public {
        _assertSlashToBurnSendsToDeadAddress(new FeeOnTransferToken(0)); // no burn function at all
    }

    function test_slashToBurnWithNoOpBurnSendsToDeadAddress() public {
        NoOpBurnToken noop = new NoOpBurnToken();
        noop.mint(alice, 100);
        _assertSlashToBurnSendsToDeadAddress(noop);
    }

    function test_slashToBurnWithMisbehavingBurnReverts() public {
        GreedyBurnToken greedy = new GreedyBurnToken();
        greedy.mint(alice, 100);
        _allowDepositAndLock(address(greedy));
        vm.expectRevert(
            abi.encodeWithSelector(IStakeVault.StakeVaultBurnMismatch.selector, address(greedy), 40, 100, 20)
        );
        vm.prank(module);
        vault.slash(alice, address(greedy), 40, 0, address(0), 2);
    }

    /// @dev Slashing 40 of a locked 100 to burn: the token has no working burn, so the 40 go to the dead address.
    function _assertSlashToBurnSendsToDeadAddress(ERC20 erc20) internal {
        _allowDepositAndLock(address(erc20));
        vm.prank(module);
        assertEq(vault.slash(alice, address(erc20), 40, 0, address(0), 2), 40);
        assertEq(erc20.balanceOf(DEAD), 40);
        assertEq(erc20.balanceOf(address(vault)), 60);
    }

    /// @dev Allows `erc20`, deposits 100 of it for alice and locks all of it for the module.
    function _allowDepositAndLock(address erc20) internal {
        _allowAndDeposit(erc20, 100);
        _lockToken(alice, erc20, 100, _now() + 10);
    }

    function _allowAndDeposit(address erc20, uint256 amount) internal {
        vm.prank(owner);
        vault.setTokenAllowed(erc20, true);
        if (ERC20(erc20).balanceOf(alice) < amount) FeeOnTransferToken(erc20).mint(alice, amount);
        vm.startPrank(alice);
        ERC20(erc20).approve(address(vault), amount);
        vault.deposit(erc20, amount);
        vm.stopPrank();
    }

    function test_slashingCannotBeEscapedByPendingWithdrawal() public {
        uint64 minimum = vault.MIN_WITHDRAWAL_DELAY();
        vm.prank(owner);
        vault.setWithdrawalDelay(minimum);
        _deposit(alice, 100);
        uint64 until = _now() + 10;
        _lock(alice, 100, until);
        // The lock expires; the stake that left it goes pending at once, and stays slashable by its module for
        // SLASHING_HORIZON blocks, which never exceeds the withdrawal delay.
        vm.roll(until);
        vm.prank(alice);
        vault.requestWithdrawal(address(token), 100);
        uint64 at = _bal(alice).withdrawableAt;
        assertGe(at, until + vault.SLASHING_HORIZON());
        vm.roll(until + vault.SLASHING_HORIZON() - 1);
        vm.prank(module);
        assertEq(vault.slash(alice, address(token), 100, 0, treasury, 3), 100);
        IStakeVault.Balance memory b = _bal(alice);
        assertEq(b.pending, 0);
        assertEq(b.withdrawableAt, 0);
        vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultNothingPending.selector, alice, address(token)));
        vm.prank(alice);
        vault.withdraw(address(token));
        assertEq(token.balanceOf(treasury), 100);

        // And the delay itself cannot be dodged: a request made right after misbehaving waits at least the minimum.
        _deposit(bob, 50);
        _lock(bob, 50, _now() + 1);
        vm.roll(block.number + 1);
        vm.prank(bob);
        vault.requestWithdrawal(address(token), 50);
        vm.roll(block.number + minimum - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IStakeVault.StakeVaultWithdrawalNotReady.selector, bob, address(token), _now() + 1, _now()
            )
        );
        vm.prank(bob);
        vault.withdraw(address(token));
        vm.prank(module);
        assertEq(vault.slash(bob, address(token), 50, 0, address(0), 3), 50);
    }

    // ----------------------------------------------------------------------------------------------------
    // reentrancy through a malicious token
    // ----------------------------------------------------------------------------------------------------

    function test_reentrancyThroughMaliciousTokenFails() public {
        MaliciousToken mal = new MaliciousToken();
        vm.startPrank(owner);
        vault.setTokenAllowed(address(mal), true);
        // Worst case: the token itself is an authorised module, so only the reentrancy guard stops it.
        vault.setModule(address(mal), true);
        vm.stopPrank();
        mal.mint(alice, 1_000);
        vm.prank(alice);
        mal.approve(address(vault), type(uint256).max);
        // The token has its own stake, so re-entering as itself has something to take.
        mal.mint(address(mal), 1_000);
        mal.execute(address(mal), abi.encodeCall(ERC20.approve, (address(vault), type(uint256).max)));
        mal.execute(address(vault), abi.encodeCall(IStakeVault.deposit, (address(mal), 500)));
        vm.prank(alice);
        vault.deposit(address(mal), 500);
        // Locked for the module, so the slash entries below have something to take.
        _lockToken(alice, address(mal), 200, uint64(block.number + 10_000));

        bytes[] memory reentries = new bytes[](5);
        reentries[0] = abi.encodeCall(IStakeVault.deposit, (address(mal), 1));
        reentries[1] = abi.encodeCall(IStakeVault.requestWithdrawal, (address(mal), 1));
        reentries[2] = abi.encodeCall(IStakeVault.withdraw, (address(mal)));
        reentries[3] = abi.encodeCall(IStakeVault.lock, (alice, address(mal), 1, uint64(block.number + 5)));
        reentries[4] = abi.encodeCall(IStakeVault.slash, (alice, address(mal), 100, 0, address(mal), 9));

        for (uint256 i = 0; i < reentries.length; ++i) {
            // Entry 1: deposit (transferFrom hook).
            mal.arm(address(vault), reentries[i], false);
            uint256 attempts = mal.reentryAttempts();
            vm.prank(alice);
            vault.deposit(address(mal), 10);
            _assertReentryBlocked(mal, attempts);

            // Entry 2: withdraw (transfer hook).
            mal.arm(address(0), "", false);
            vm.prank(alice);
            vault.requestWithdrawal(address(mal), 10);
            vm.roll(block.number + DELAY);
            mal.arm(address(vault), reentries[i], false);
            attempts = mal.reentryAttempts();
            vm.prank(alice);
            assertEq(vault.withdraw(address(mal)), 10);
            _assertReentryBlocked(mal, attempts);

            // Entry 3: slash to a recipient (transfer hook) and to burn (burn hook).
            attempts = mal.reentryAttempts();
            vm.prank(module);
            vault.slash(alice, address(mal), 1, 0, treasury, 0);
            _assertReentryBlocked(mal, attempts);
            attempts = mal.reentryAttempts();
            vm.prank(module);
            vault.slash(alice, address(mal), 1, 0, address(0), 0);
            _assertReentryBlocked(mal, attempts);

            // With the failure bubbled, the outer call reverts with the guard's error and changes nothing.
            mal.arm(address(vault), reentries[i], true);
            vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
            vm.prank(alice);
            vault.deposit(address(mal), 10);
        }
        assertEq(mal.reentrySuccesses(), 0);
        // Conservation held throughout: the token's vault balance equals every staker's stake.
        mal.arm(address(0), "", false);
        IStakeVault.Balance memory a = vault.balanceOf(alice, address(mal));
        IStakeVault.Balance memory m = vault.balanceOf(address(mal), address(mal));
        assertEq(mal.balanceOf(address(vault)), a.free + a.locked + a.pending + m.free + m.locked + m.pending);
        assertEq(m.free, 500);
    }

    // ----------------------------------------------------------------------------------------------------
    // fuzz
    // ----------------------------------------------------------------------------------------------------

    function testFuzz_depositRequestWithdraw(uint256 depositAmount, uint256 requestAmount, uint256 secondDeposit)
        public
    {
        depositAmount = bound(depositAmount, 1, 500_000 ether);
        requestAmount = bound(requestAmount, 1, depositAmount);
        secondDeposit = bound(secondDeposit, 1, 500_000 ether);
        uint256 walletBefore = token.balanceOf(alice);

        _deposit(alice, depositAmount);
        vm.prank(alice);
        vault.requestWithdrawal(address(token), requestAmount);
        _deposit(alice, secondDeposit);
        uint256 deposited = depositAmount + secondDeposit;
        IStakeVault.Balance memory b = _bal(alice);
        assertEq(b.free, deposited - requestAmount);
        assertEq(b.pending, requestAmount);
        assertEq(token.balanceOf(address(vault)), b.free + b.locked + b.pending);

        vm.roll(block.number + DELAY);
        vm.prank(alice);
        assertEq(vault.withdraw(address(token)), requestAmount);
        assertEq(token.balanceOf(alice), walletBefore - deposited + requestAmount);
        assertEq(token.balanceOf(address(vault)), deposited - requestAmount);
    }

    function testFuzz_slashArithmetic(
        uint256 depositAmount,
        uint256 lockAmount,
        uint256 pendingAmount,
        uint256 slashAmount,
        uint8 lockBlocks,
        uint8 elapsed
    ) public {
        depositAmount = bound(depositAmount, 1, 1_000_000 ether);
        lockAmount = bound(lockAmount, 1, depositAmount);
        pendingAmount = bound(pendingAmount, 0, depositAmount - lockAmount);
        slashAmount = bound(slashAmount, 0, 2 * depositAmount);
        uint64 until = _now() + uint64(bound(lockBlocks, 1, 100));

        _deposit(alice, depositAmount);
        _lock(alice, lockAmount, until);
        if (pendingAmount > 0) {
            vm.prank(alice);
            vault.requestWithdrawal(address(token), pendingAmount);
        }
        vm.roll(block.number + bound(elapsed, 0, 120));
        IStakeVault.Balance memory before = _bal(alice);

        vm.prank(module);
        uint256 slashed = vault.slash(alice, address(token), slashAmount, 0, treasury, 0);
        IStakeVault.Balance memory afterSlash = _bal(alice);

        // Only what was locked for the module: all of it while live, then (in the tail) out of free, then pending.
        uint256 claim;
        if (block.number < until) claim = lockAmount;
        else if (block.number < until + vault.SLASHING_HORIZON()) claim = lockAmount;
        uint256 expected = slashAmount < claim ? slashAmount : claim;
        assertEq(slashed, expected);
        if (block.number < until) {
            assertEq(afterSlash.locked, before.locked - expected);
            assertEq(afterSlash.pending, before.pending);
            assertEq(afterSlash.free, before.free);
        } else {
            uint256 fromFree = expected < before.free ? expected : before.free;
            assertEq(afterSlash.locked, 0);
            assertEq(afterSlash.free, before.free - fromFree);
            assertEq(afterSlash.pending, before.pending - (expected - fromFree));
        }
        assertEq(token.balanceOf(treasury), expected);
        assertEq(token.balanceOf(address(vault)), afterSlash.free + afterSlash.locked + afterSlash.pending);
        if (afterSlash.pending == 0) assertEq(afterSlash.withdrawableAt, 0);
    }

    /// Random lock sequences never under-lock: at every later block, the vault's locked amount is at least
    /// what the requested locks still require, and never exceeds the stake.
    function testFuzz_lockNeverUnderLocks(uint256 seed) public {
        uint256 stake = 1_000_000;
        _deposit(alice, stake);
        uint256 count = 2 + (seed % 7); // 2..8 locks: exercises every placement rule
        uint256[] memory amounts = new uint256[](count);
        uint64[] memory untils = new uint64[](count);
        uint64 start = _now();
        for (uint256 i = 0; i < count; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            vm.roll(start + (r % 5)); // some locks are taken a little later, some after others expired
            start = _now();
            untils[i] = start + 1 + uint64((r >> 8) % 40);
            uint256 freeNow = vault.freeOf(alice, address(token));
            amounts[i] = 1 + ((r >> 16) % 1_000);
            if (amounts[i] > freeNow) amounts[i] = freeNow;
            if (amounts[i] == 0) continue;
            _lock(alice, amounts[i], untils[i]);
        }
        uint64 end = _now() + 45;
        for (uint64 b = _now(); b <= end; ++b) {
            vm.roll(b);
            uint256 required;
            for (uint256 i = 0; i < count; ++i) {
                if (untils[i] > b) required += amounts[i];
            }
            IStakeVault.Balance memory bal = _bal(alice);
            assertGe(bal.locked, required);
            assertEq(bal.free + bal.locked, stake);
        }
        assertEq(_bal(alice).locked, 0);
    }
}

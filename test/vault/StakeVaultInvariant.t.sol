// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {StakeVault} from "../../contracts/vault/StakeVault.sol";
import {IStakeVault} from "../../contracts/interfaces/IStakeVault.sol";
import {BatonToken} from "../../contracts/token/BatonToken.sol";
import {BatonTimelock} from "../../contracts/registry/BatonTimelock.sol";
import {FeeOnTransferToken} from "../utils/FeeOnTransferToken.sol";

/// @dev Drives every vault entry point with bounded random inputs, from several modules: two honest ones (bounded
/// locks, slashes of a rate) and a hostile one, authorised like any registered module, that locks any staker's free
/// stake for as long as the vault allows and slashes everything it can to an attacker's address. The handler is the
/// vault's authoriser (as the registry is); governance (tokens, delay) goes through a BatonTimelock. Two tokens: a
/// burnable one and one without `burn`. Ghost variables track what each staker put in, took out and lost, and what
/// each module locked, took and released per staker. Every module call checks that no other module's live lock moved.
contract StakeVaultHandler is Test {
    address internal constant DEAD = 0x000000000000000000000000000000000000dEaD;
    uint256 internal constant ACTORS = 4;
    uint256 internal constant MODULES = 3;
    uint256 internal constant HOSTILE = 2;

    StakeVault public vault;
    BatonTimelock public timelock;
    BatonToken public burnable;
    FeeOnTransferToken public plain;
    address public recipient = makeAddr("slashRecipient");
    address[] public actors;
    address[] public modules;
    address[2] public tokens;
    uint256 private _salt;

    mapping(address staker => mapping(address token => uint256)) public ghostDeposited;
    mapping(address staker => mapping(address token => uint256)) public ghostWithdrawn;
    mapping(address staker => mapping(address token => uint256)) public ghostSlashed;
    mapping(address staker => mapping(address token => mapping(address module => uint256))) public ghostLockedFor;
    mapping(address staker => mapping(address token => mapping(address module => uint256))) public ghostTakenBy;
    mapping(address staker => mapping(address token => mapping(address module => uint256))) public ghostUnlockedBy;
    mapping(address token => uint256) public ghostSentToRecipient;
    mapping(address token => uint256) public ghostBurned;
    mapping(address token => uint256) public ghostMinted;
    mapping(bytes32 action => uint256) public calls;
    /// @dev Violations seen inside handler calls (recorded, not asserted: a reverting handler call is dropped).
    uint256 public ghostForeignLockMoved;
    uint256 public ghostTookBeyondClaim;
    /// @dev Slashes that lowered one of the module's locks expiring before the named one, or took more than its
    /// locks from the named expiry on held.
    uint256 public ghostTookFromEarlierLock;
    uint256 public ghostUnexpectedLockFailure;
    /// @dev Unlocks that released more than the caller's own live locks from the named expiry on held, released
    /// anything from an earlier one, or failed other than as documented.
    uint256 public ghostUnlockBeyondOwn;

    constructor() {
        vault = new StakeVault(address(this), 64);
        burnable = new BatonToken("Baton", "BTN", address(this));
        plain = new FeeOnTransferToken(0);
        tokens = [address(burnable), address(plain)];
        vault.setTokenAllowed(address(burnable), true);
        vault.setTokenAllowed(address(plain), true);
        vault.setAuthoriser(address(this));
        for (uint256 i = 0; i < MODULES; ++i) {
            address m = makeAddr(string(abi.encodePacked("module", vm.toString(i))));
            modules.push(m);
            vault.setModule(m, true);
        }
        address[] memory proposers = new address[](1);
        proposers[0] = address(this);
        address[] memory executors = new address[](1);
        executors[0] = address(0);
        timelock = new BatonTimelock(1 hours, proposers, executors, address(0));
        vault.transferOwnership(address(timelock));
        _govern(abi.encodeCall(Ownable2Step.acceptOwnership, ()));
        for (uint256 i = 0; i < ACTORS; ++i) {
            address actor = makeAddr(string(abi.encodePacked("staker", vm.toString(i))));
            actors.push(actor);
            for (uint256 j = 0; j < 2; ++j) {
                vm.prank(actor);
                IERC20(tokens[j]).approve(address(vault), type(uint256).max);
            }
        }
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function moduleCount() external view returns (uint256) {
        return modules.length;
    }

    function _govern(bytes memory data) internal {
        bytes32 salt = bytes32(++_salt);
        timelock.schedule(address(vault), 0, data, bytes32(0), salt, 1 hours);
        vm.warp(block.timestamp + 1 hours);
        timelock.execute(address(vault), 0, data, bytes32(0), salt);
    }

    function _pick(uint256 actorSeed, uint256 tokenSeed) internal view returns (address actor, address token) {
        actor = actors[actorSeed % actors.length];
        token = tokens[tokenSeed % 2];
    }

    function _mint(address token, address to, uint256 amount) internal {
        ghostMinted[token] += amount;
        if (token == address(burnable)) burnable.mint(to, amount);
        else plain.mint(to, amount);
    }

    /// @dev Live locks of every module except `except` (MODULES: none excepted) for `staker` in `token`.
    function _liveLocks(address staker, address token) internal view returns (uint256[] memory live) {
        live = new uint256[](MODULES);
        for (uint256 i = 0; i < MODULES; ++i) {
            (live[i],) = vault.lockedFor(staker, token, modules[i]);
        }
    }

    /// @dev No live lock of a module other than `caller` (MODULES: any module) changed.
    function _assertOthersUnchanged(uint256[] memory before, address staker, address token, uint256 caller)
        internal
    {
        uint256[] memory afterCall = _liveLocks(staker, token);
        for (uint256 i = 0; i < MODULES; ++i) {
            if (i == caller) continue;
            if (afterCall[i] != before[i]) ghostForeignLockMoved++;
        }
    }

    function deposit(uint256 actorSeed, uint256 tokenSeed, uint256 amount) external {
        (address actor, address token) = _pick(actorSeed, tokenSeed);
        amount = _bound(amount, 1, 1e30);
        _mint(token, actor, amount);
        if (!vault.isTokenAllowed(token)) {
            vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultTokenNotAllowed.selector, token));
            vm.prank(actor);
            vault.deposit(token, amount);
            return;
        }
        uint256[] memory before = _liveLocks(actor, token);
        vm.prank(actor);
        vault.deposit(token, amount);
        _assertOthersUnchanged(before, actor, token, MODULES);
        ghostDeposited[actor][token] += amount;
        calls["deposit"]++;
    }

    function requestWithdrawal(uint256 actorSeed, uint256 tokenSeed, uint256 amount) external {
        (address actor, address token) = _pick(actorSeed, tokenSeed);
        uint256 free = vault.freeOf(actor, token);
        if (free == 0) return;
        amount = _bound(amount, 1, free);
        uint256[] memory before = _liveLocks(actor, token);
        vm.prank(actor);
        vault.requestWithdrawal(token, amount);
        _assertOthersUnchanged(before, actor, token, MODULES);
        calls["requestWithdrawal"]++;
    }

    function withdraw(uint256 actorSeed, uint256 tokenSeed) external {
        (address actor, address token) = _pick(actorSeed, tokenSeed);
        IStakeVault.Balance memory b = vault.balanceOf(actor, token);
        if (b.pending == 0 || block.number < b.withdrawableAt) return;
        uint256 walletBefore = IERC20(token).balanceOf(actor);
        uint256[] memory before = _liveLocks(actor, token);
        vm.prank(actor);
        uint256 paid = vault.withdraw(token);
        _assertOthersUnchanged(before, actor, token, MODULES);
        assertEq(paid, b.pending);
        assertEq(IERC20(token).balanceOf(actor), walletBefore + paid);
        ghostWithdrawn[actor][token] += paid;
        calls["withdraw"]++;
    }

    /// @dev An honest module locks part of what the staker can lock, for at most 300 blocks.
    function lock(uint256 moduleSeed, uint256 actorSeed, uint256 tokenSeed, uint256 amount, uint256 duration)
        external
    {
        _lock(moduleSeed % HOSTILE, actorSeed, tokenSeed, amount, _bound(duration, 1, 300));
        calls["lock"]++;
    }

    /// @dev The hostile module locks whatever it can, for up to a million blocks.
    function hostileLock(uint256 actorSeed, uint256 tokenSeed, uint256 amount, uint256 duration) external {
        _lock(HOSTILE, actorSeed, tokenSeed, amount, _bound(duration, 1, 1_000_000));
        calls["hostileLock"]++;
    }

    function _lock(uint256 m, uint256 actorSeed, uint256 tokenSeed, uint256 amount, uint256 duration) internal {
        (address actor, address token) = _pick(actorSeed, tokenSeed);
        uint256 free = vault.freeOf(actor, token);
        if (free == 0) return;
        amount = _bound(amount, 1, free);
        uint64 until = uint64(block.number + duration);
        uint256[] memory before = _liveLocks(actor, token);
        vm.prank(modules[m]);
        try vault.lock(actor, token, amount, until) {
            ghostLockedFor[actor][token][modules[m]] += amount;
        } catch (bytes memory reason) {
            // Refused only for stake promised to another module's tail, or when every slot is another module's.
            bytes4 selector = bytes4(reason);
            if (
                selector != IStakeVault.StakeVaultInsufficientFree.selector
                    && selector != IStakeVault.StakeVaultLockSlotsFull.selector
            ) ghostUnexpectedLockFailure++;
        }
        _assertOthersUnchanged(before, actor, token, m);
    }

    /// @dev An honest module slashes a share of the stake (more than it may have locked).
    function slash(uint256 moduleSeed, uint256 actorSeed, uint256 tokenSeed, uint256 amount, bool toBurn) external {
        (address actor, address token) = _pick(actorSeed, tokenSeed);
        IStakeVault.Balance memory b = vault.balanceOf(actor, token);
        uint256 total = b.free + b.locked + b.pending;
        _slash(moduleSeed % HOSTILE, moduleSeed >> 8, actor, token, _bound(amount, 0, total + total / 2 + 1), toBurn);
        calls[toBurn ? bytes32("slashToBurn") : bytes32("slashToRecipient")]++;
    }

    /// @dev The hostile module slashes everything the staker has, to the attacker.
    function hostileSlash(uint256 actorSeed, uint256 tokenSeed) external {
        (address actor, address token) = _pick(actorSeed, tokenSeed);
        _slash(HOSTILE, actorSeed >> 8, actor, token, type(uint256).max, false);
        calls["hostileSlash"]++;
    }

    function _slash(uint256 m, uint256 untilSeed, address actor, address token, uint256 amount, bool toBurn)
        internal
    {
        (, uint256 slashable) = vault.lockedFor(actor, token, modules[m]);
        uint256[] memory before = _liveLocks(actor, token);
        IStakeVault.ModuleLock[] memory locksBefore = vault.locksOf(actor, token);
        // the expiry of one of the module's locks (or of none: 0, or one block past a lock)
        uint256 until;
        if (locksBefore.length != 0 && untilSeed % 4 != 0) {
            until = locksBefore[untilSeed % locksBefore.length].until + (untilSeed % 4 == 3 ? 1 : 0);
        }
        vm.prank(modules[m]);
        uint256 taken = vault.slash(actor, token, amount, until, toBurn ? address(0) : recipient, 1);
        _assertOthersUnchanged(before, actor, token, m);
        _assertEarlierLocksUnchanged(locksBefore, actor, token, modules[m], until, taken);
        if (taken > amount || taken > slashable) ghostTookBeyondClaim++;
        ghostSlashed[actor][token] += taken;
        ghostTakenBy[actor][token][modules[m]] += taken;
        if (toBurn) ghostBurned[token] += taken;
        else ghostSentToRecipient[token] += taken;
    }

    /// @dev A slash owed by the lock expiring at `until` leaves the module's earlier locks as they were and takes at
    /// most what its locks from `until` on held.
    function _assertEarlierLocksUnchanged(
        IStakeVault.ModuleLock[] memory locksBefore,
        address actor,
        address token,
        address module,
        uint256 until,
        uint256 taken
    ) internal {
        IStakeVault.ModuleLock[] memory locksAfter = vault.locksOf(actor, token);
        uint256 owed;
        for (uint256 i; i < locksBefore.length; ++i) {
            IStakeVault.ModuleLock memory l = locksBefore[i];
            if (l.module != module) continue;
            if (l.until >= until) {
                owed += l.amount;
                continue;
            }
            uint256 amountAfter;
            for (uint256 j; j < locksAfter.length; ++j) {
                if (locksAfter[j].module == module && locksAfter[j].until == l.until) amountAfter += locksAfter[j].amount;
            }
            if (amountAfter != l.amount) ghostTookFromEarlierLock++;
        }
        if (taken > owed) ghostTookFromEarlierLock++;
    }

    /// @dev An honest module releases part of its own live locks, naming one of their expiries.
    function unlock(uint256 moduleSeed, uint256 actorSeed, uint256 tokenSeed, uint256 amount) external {
        uint256 m = moduleSeed % HOSTILE;
        (address actor, address token) = _pick(actorSeed, tokenSeed);
        (uint64 until, uint256 held) = _ownLiveFrom(actor, token, modules[m], moduleSeed >> 8);
        if (held == 0) return;
        amount = _bound(amount, 1, held);
        _unlock(m, actor, token, amount, until, held);
        calls["unlock"]++;
    }

    /// @dev The hostile module tries to release more than its own live locks hold (another module's lock, named by
    /// its expiry), then what its own hold.
    function hostileUnlock(uint256 actorSeed, uint256 tokenSeed, uint256 lockSeed, uint256 extra) external {
        (address actor, address token) = _pick(actorSeed, tokenSeed);
        IStakeVault.ModuleLock[] memory locks = vault.locksOf(actor, token);
        if (locks.length == 0) return;
        IStakeVault.ModuleLock memory target = locks[lockSeed % locks.length];
        (, uint256 held) = _ownLiveFrom(actor, token, modules[HOSTILE], type(uint256).max);
        uint256 ownFromTarget = _liveFrom(actor, token, modules[HOSTILE], target.until);
        uint256 amount = ownFromTarget + _bound(extra, 1, target.amount + 1);
        _unlock(HOSTILE, actor, token, amount, target.until, ownFromTarget);
        if (held != 0) _unlock(HOSTILE, actor, token, held, 0, held);
        calls["hostileUnlock"]++;
    }

    /// @dev What `module`'s live locks expiring at or after `until` hold for `actor` in `token`.
    function _liveFrom(address actor, address token, address module, uint64 until) internal view returns (uint256 sum) {
        IStakeVault.ModuleLock[] memory locks = vault.locksOf(actor, token);
        for (uint256 i; i < locks.length; ++i) {
            if (locks[i].module == module && locks[i].until >= until && block.number < locks[i].until) {
                sum += locks[i].amount;
            }
        }
    }

    /// @dev One of `module`'s live locks (by `seed`; any with max) and what its live locks from that expiry on hold.
    function _ownLiveFrom(address actor, address token, address module, uint256 seed)
        internal
        view
        returns (uint64 until, uint256 held)
    {
        IStakeVault.ModuleLock[] memory locks = vault.locksOf(actor, token);
        uint256 n;
        for (uint256 i; i < locks.length; ++i) {
            if (locks[i].module == module && block.number < locks[i].until) ++n;
        }
        if (n == 0) return (0, 0);
        uint256 pick = seed == type(uint256).max ? 0 : seed % n;
        for (uint256 i; i < locks.length; ++i) {
            if (locks[i].module != module || block.number >= locks[i].until) continue;
            if (pick == 0) {
                until = seed == type(uint256).max ? 0 : locks[i].until;
                break;
            }
            --pick;
        }
        held = _liveFrom(actor, token, module, until);
    }

    /// @dev `module m` releases `amount` named by `until`; `held` is what its live locks from `until` on hold. Beyond
    /// it the call must be refused with the typed error and move nothing; within it exactly `amount` of the caller's
    /// own live locks is freed, none of an earlier expiry and none of another module's.
    function _unlock(uint256 m, address actor, address token, uint256 amount, uint64 until, uint256 held) internal {
        uint256[] memory before = _liveLocks(actor, token);
        uint256 freeBefore = vault.freeOf(actor, token);
        uint256 earlierBefore = _liveLocks(actor, token)[m] - _liveFrom(actor, token, modules[m], until);
        vm.prank(modules[m]);
        try vault.unlock(actor, token, amount, until) {
            if (amount > held) ghostUnlockBeyondOwn++;
            ghostUnlockedBy[actor][token][modules[m]] += amount;
            if (vault.freeOf(actor, token) != freeBefore + amount) ghostUnlockBeyondOwn++;
        } catch (bytes memory reason) {
            bytes memory expected = abi.encodeWithSelector(
                IStakeVault.StakeVaultUnlockExceedsLock.selector, actor, token, amount, held
            );
            if (amount <= held || keccak256(reason) != keccak256(expected)) ghostUnlockBeyondOwn++;
            if (vault.freeOf(actor, token) != freeBefore) ghostUnlockBeyondOwn++;
        }
        uint256 earlierAfter = _liveLocks(actor, token)[m] - _liveFrom(actor, token, modules[m], until);
        if (earlierAfter != earlierBefore) ghostUnlockBeyondOwn++;
        _assertOthersUnchanged(before, actor, token, m);
    }

    function roll(uint256 blocks) external {
        vm.roll(block.number + _bound(blocks, 1, 120));
        calls["roll"]++;
    }

    function setTokenAllowed(uint256 tokenSeed, bool allowed) external {
        _govern(abi.encodeCall(IStakeVault.setTokenAllowed, (tokens[tokenSeed % 2], allowed)));
        calls["setTokenAllowed"]++;
    }

    function setWithdrawalDelay(uint256 delay) external {
        _govern(abi.encodeCall(IStakeVault.setWithdrawalDelay, (uint64(_bound(delay, 64, 400)))));
        calls["setWithdrawalDelay"]++;
    }
}

contract StakeVaultInvariantTest is Test {
    address internal constant DEAD = 0x000000000000000000000000000000000000dEaD;
    StakeVaultHandler internal handler;
    StakeVault internal vault;

    function setUp() public {
        vm.roll(1_000);
        handler = new StakeVaultHandler();
        vault = handler.vault();
        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](15);
        selectors[0] = StakeVaultHandler.deposit.selector;
        selectors[1] = StakeVaultHandler.requestWithdrawal.selector;
        selectors[2] = StakeVaultHandler.withdraw.selector;
        selectors[3] = StakeVaultHandler.lock.selector;
        selectors[4] = StakeVaultHandler.slash.selector;
        selectors[5] = StakeVaultHandler.roll.selector;
        selectors[6] = StakeVaultHandler.setTokenAllowed.selector;
        selectors[7] = StakeVaultHandler.setWithdrawalDelay.selector;
        selectors[8] = StakeVaultHandler.deposit.selector; // deposits twice as likely: stake to work on
        selectors[9] = StakeVaultHandler.hostileLock.selector;
        selectors[10] = StakeVaultHandler.hostileSlash.selector;
        selectors[11] = StakeVaultHandler.lock.selector;
        selectors[12] = StakeVaultHandler.roll.selector;
        selectors[13] = StakeVaultHandler.unlock.selector;
        selectors[14] = StakeVaultHandler.hostileUnlock.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// Driven by a fixed pseudo-random sequence of 600 calls, every handler entry succeeds at least 10 times (the
    /// random runs exercise every entry point rather than returning early or reverting quietly).
    function test_everyHandlerEntryIsReachedAboveItsFloor() public {
        for (uint256 i = 0; i < 600; ++i) {
            uint256 r = uint256(keccak256(abi.encode("baton.vault.handler", i)));
            uint256 a = r >> 8;
            uint256 b = r >> 40;
            uint256 c = r >> 72;
            uint256 d = r >> 104;
            uint256 which = r % 14;
            if (which == 0 || which == 1) handler.deposit(a, b, 1 ether + c % 1_000 ether);
            else if (which == 2) handler.requestWithdrawal(a, b, c);
            else if (which == 3) handler.withdraw(a, b);
            else if (which == 4) {
                handler.lock(a, b, c, d, r >> 136);
                // Releases follow locks half of the time (the same module, staker and token), so they have work.
                if (i % 2 == 0) handler.unlock(a, b, c, d);
            }
            else if (which == 5) handler.slash(a, b, c, d, true);
            else if (which == 6) handler.slash(a, b, c, d, false);
            else if (which == 7) handler.roll(a);
            else if (which == 8) handler.hostileLock(a, b, c, d);
            else if (which == 9) handler.hostileSlash(a, b);
            else if (which == 10 && i % 2 == 0) handler.setTokenAllowed(a, i % 3 != 0);
            else if (which == 11 && i % 2 == 0) handler.setWithdrawalDelay(a);
            else if (which == 12) handler.unlock(a, b, c, d);
            else if (which == 13) handler.hostileUnlock(a, b, c, d);
            else handler.roll(a);
        }
        bytes32[13] memory actions = [
            bytes32("deposit"),
            "requestWithdrawal",
            "withdraw",
            "lock",
            "slashToRecipient",
            "slashToBurn",
            "roll",
            "setTokenAllowed",
            "setWithdrawalDelay",
            "hostileLock",
            "hostileSlash",
            "unlock",
            "hostileUnlock"
        ];
        for (uint256 i = 0; i < actions.length; ++i) {
            assertGe(handler.calls(actions[i]), 10, string(abi.encodePacked(actions[i])));
        }
        invariant_stakeConservation();
        invariant_noStakerWithdrewMoreThanDepositedMinusSlashed();
        invariant_slashedStakeReachedItsDestination();
        invariant_balanceViewsConsistent();
        invariant_moduleTookAtMostWhatWasLockedForIt();
        invariant_everyModuleClaimIsCovered();
        invariant_noLockOfOneModuleShrinksThroughAnothersCall();
    }

    /// No call (a staker's, another module's, the hostile module's) ever moved a module's live lock; no slash took
    /// more than asked or more than the module's claim; locks failed only with the documented errors.
    function invariant_noLockOfOneModuleShrinksThroughAnothersCall() public view {
        assertEq(handler.ghostForeignLockMoved(), 0, "a module's live lock moved through another's call");
        assertEq(handler.ghostTookBeyondClaim(), 0, "a slash took beyond the module's claim");
        assertEq(handler.ghostTookFromEarlierLock(), 0, "a slash took from a lock expiring before the one it named");
        assertEq(handler.ghostUnexpectedLockFailure(), 0, "a lock failed with an undocumented error");
        assertEq(handler.ghostUnlockBeyondOwn(), 0, "an unlock released beyond the caller's own live locks");
    }

    function _tokens() internal view returns (address[2] memory) {
        return [handler.tokens(0), handler.tokens(1)];
    }

    /// For every token: the vault holds exactly Σ free + Σ locked + Σ pending over all stakers.
    function invariant_stakeConservation() public view {
        address[2] memory tokens = _tokens();
        uint256 n = handler.actorCount();
        for (uint256 t = 0; t < 2; ++t) {
            uint256 sum;
            for (uint256 i = 0; i < n; ++i) {
                IStakeVault.Balance memory b = vault.balanceOf(handler.actors(i), tokens[t]);
                sum += b.free + b.locked + b.pending;
            }
            assertEq(IERC20(tokens[t]).balanceOf(address(vault)), sum);
        }
    }

    /// Runs `check` for every (staker, token) pair the handler uses.
    function _forEachStake(function(address, address) internal view check) internal view {
        address[2] memory tokens = _tokens();
        uint256 n = handler.actorCount();
        for (uint256 t = 0; t < 2; ++t) {
            for (uint256 i = 0; i < n; ++i) {
                check(handler.actors(i), tokens[t]);
            }
        }
    }

    /// Each staker's stake is exactly deposits - withdrawals - slashes.
    function invariant_noStakerWithdrewMoreThanDepositedMinusSlashed() public view {
        _forEachStake(_checkStakeIsDepositsLessWithdrawalsAndSlashes);
    }

    function _checkStakeIsDepositsLessWithdrawalsAndSlashes(address staker, address erc20) internal view {
        uint256 deposited = handler.ghostDeposited(staker, erc20);
        uint256 withdrawn = handler.ghostWithdrawn(staker, erc20);
        uint256 slashed = handler.ghostSlashed(staker, erc20);
        assertLe(withdrawn + slashed, deposited);
        IStakeVault.Balance memory b = vault.balanceOf(staker, erc20);
        assertEq(b.free + b.locked + b.pending, deposited - withdrawn - slashed);
    }

    /// For every (staker, token, module), hostile module included: what the module took plus what it released <=
    /// what the staker locked for it.
    function invariant_moduleTookAtMostWhatWasLockedForIt() public view {
        _forEachStake(_checkModulesTookAtMostWhatWasLocked);
    }

    function _checkModulesTookAtMostWhatWasLocked(address staker, address erc20) internal view {
        uint256 mCount = handler.moduleCount();
        for (uint256 m = 0; m < mCount; ++m) {
            address module = handler.modules(m);
            assertLe(
                handler.ghostTakenBy(staker, erc20, module) + handler.ghostUnlockedBy(staker, erc20, module),
                handler.ghostLockedFor(staker, erc20, module)
            );
        }
    }

    /// Every module's claim (live locks and tails) is covered at once: Σ slashable over modules <= the staker's
    /// stake, so no module's slash can leave another's claim uncovered.
    function invariant_everyModuleClaimIsCovered() public view {
        _forEachStake(_checkEveryModuleClaimIsCovered);
    }

    function _checkEveryModuleClaimIsCovered(address staker, address erc20) internal view {
        uint256 live;
        uint256 claims;
        uint256 mCount = handler.moduleCount();
        for (uint256 m = 0; m < mCount; ++m) {
            (uint256 locked, uint256 slashable) = vault.lockedFor(staker, erc20, handler.modules(m));
            live += locked;
            claims += slashable;
        }
        IStakeVault.Balance memory b = vault.balanceOf(staker, erc20);
        assertEq(b.locked, live);
        assertLe(claims, b.free + b.locked + b.pending);
    }

    /// Slashed stake went where it was sent: to the recipient, burned (burnable token) or to the dead address.
    function invariant_slashedStakeReachedItsDestination() public view {
        address[2] memory tokens = _tokens();
        for (uint256 t = 0; t < 2; ++t) {
            assertEq(IERC20(tokens[t]).balanceOf(handler.recipient()), handler.ghostSentToRecipient(tokens[t]));
        }
        BatonToken burnable = handler.burnable();
        assertEq(burnable.balanceOf(DEAD), 0);
        assertEq(burnable.totalSupply(), handler.ghostMinted(address(burnable)) - handler.ghostBurned(address(burnable)));
        assertEq(IERC20(address(handler.plain())).balanceOf(DEAD), handler.ghostBurned(address(handler.plain())));
    }

    /// The views agree with each other: `freeOf` equals `balanceOf().free`, and `withdrawableAt` is set exactly
    /// when something is pending.
    function invariant_balanceViewsConsistent() public view {
        _forEachStake(_checkBalanceViewsAgree);
    }

    function _checkBalanceViewsAgree(address staker, address erc20) internal view {
        IStakeVault.Balance memory b = vault.balanceOf(staker, erc20);
        assertEq(vault.freeOf(staker, erc20), b.free);
        assertEq(b.pending == 0, b.withdrawableAt == 0);
    }
}

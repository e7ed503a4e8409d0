// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IStakeVault} from "../interfaces/IStakeVault.sol";

/// @dev Lock slots per (staker, token). File-level so the storage struct can size its array with it.
uint256 constant STAKE_VAULT_LOCK_SLOTS = 4;

/// @title StakeVault
/// @author Baton
/// @notice Holds every participant's stake per ERC-20 token, split into free, locked and pending withdrawal.
/// Authorised modules take time-bounded locks, which expire on their own at their `until` block, and slash
/// stake (locked first, then pending, then free). Withdrawals wait `withdrawalDelay` blocks, during which the
/// pending stake stays slashable.
/// @dev Storage, per (staker, token):
/// - `Position`, one word: `staked` (free + locked, where locked includes locks that have since expired),
///   `pending` and `withdrawableAt`. Deposits, withdrawal requests and withdrawals touch only this word (plus
///   the lock book's first word, read-only, to learn the active locked amount).
/// - `LockBook`: up to `MAX_LOCKS` lock slots `(amount, until)`. The first slot shares its word with the
///   `horizon` (the latest `until` ever written while locks were live) and `slotsUsed` (how many slots hold
///   data), so a staker whose locks have all expired (`horizon <= block.number`) costs one read, and a first
///   lock costs one new word.
/// `locked` is the sum of the slots whose `until` is after the current block; an expired slot counts as free
/// without any transaction. Invariant: `staked >= locked` at every block, so `free = staked - locked`.
///
/// Lock placement rule (`lock` never reverts for lack of slots; it may over-lock, never under-lock):
/// 1. if a live slot has the same `until`, the amount is added to it;
/// 2. else the lowest slot that is expired or empty is overwritten with `(amount, until)`;
/// 3. else (all `MAX_LOCKS` slots live) the amount is added to the live slot with the earliest `until` that is
///    still at or after the requested one (the new amount is held a little longer than asked);
/// 4. else (every live slot ends before the requested block) the amount is added to the slot with the latest
///    `until`, which is extended to the requested block (that slot's earlier amount is held a little longer).
/// Locks are not attributed to modules: `locked` is one pool per (staker, token) that any authorised module
/// may slash. Modules are trusted, authorised by the owner or the registry.
///
/// Amounts: each staker's `staked + pending` in one token is bounded by `MAX_STAKE` (2^104 - 1, about
/// 2 * 10^13 whole tokens at 18 decimals); larger deposits revert with `StakeVaultAmountTooLarge`. This keeps
/// a position in one storage word. Tokens must deliver exactly the amount transferred (fee-on-transfer tokens
/// are refused on deposit by a balance-difference check); rebasing tokens cannot be detected in one
/// transaction and must not be allowed.
contract StakeVault is IStakeVault, Ownable2Step, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @dev One word. `staked` is free + locked (expired locks included, since they are free).
    struct Position {
        uint104 staked;
        uint104 pending;
        uint48 withdrawableAt;
    }

    /// @dev One word per lock slot after the first.
    struct LockSlot {
        uint104 amount;
        uint64 until;
    }

    /// @dev Slot 0 lives in the first word with the book's summary; slots 1..MAX_LOCKS-1 in `rest`.
    struct LockBook {
        uint104 amount0;
        uint64 until0;
        uint64 horizon;
        uint8 slotsUsed;
        LockSlot[STAKE_VAULT_LOCK_SLOTS - 1] rest;
    }

    /// @dev Where a new lock goes: slot `index` becomes `(base + amount, until)`.
    struct Placement {
        uint256 index;
        uint256 base;
        uint64 until;
        uint256 slotsUsed;
    }

    /// @notice Hard floor of `withdrawalDelay`: 64 blocks, two Ethereum epochs (about 12.8 minutes), the time
    /// the L1 takes to finalise a block. A staker who misbehaves and requests a withdrawal at once stays
    /// slashable at least until the evidence is final and a module's slash transaction can land; no owner can
    /// configure an instant exit.
    uint64 public constant MIN_WITHDRAWAL_DELAY = 64;

    /// @notice Cap of `withdrawalDelay`: 2,628,000 blocks, one year at 12-second blocks. Bounds how long an
    /// owner can hold exits, and keeps `block.number + delay` far inside the 48 bits `withdrawableAt` uses.
    uint64 public constant MAX_WITHDRAWAL_DELAY = 2_628_000;

    /// @notice Lock slots per (staker, token); `lock` merges into existing slots when all are live.
    uint256 public constant MAX_LOCKS = STAKE_VAULT_LOCK_SLOTS;

    /// @notice Largest `staked + pending` of one staker in one token (2^104 - 1).
    uint256 public constant MAX_STAKE = type(uint104).max;

    /// @notice Where burned stake goes when the token has no working `burn(uint256)`.
    address public constant BURN_ADDRESS = 0x000000000000000000000000000000000000dEaD;

    address private _authoriser;
    uint64 private _withdrawalDelay;

    mapping(address module => bool authorised) private _modules;
    mapping(address token => bool allowed) private _allowedTokens;
    mapping(address staker => mapping(address token => Position)) private _positions;
    mapping(address staker => mapping(address token => LockBook)) private _lockBooks;

    /// @dev Reverts unless the caller is an authorised module.
    modifier onlyModule() {
        if (!_modules[msg.sender]) revert StakeVaultNotModule(msg.sender);
        _;
    }

    /// @dev Reverts unless the caller is the owner or the authoriser.
    modifier onlyOwnerOrAuthoriser() {
        if (msg.sender != owner() && (msg.sender != _authoriser || msg.sender == address(0))) {
            revert StakeVaultNotAuthoriser(msg.sender);
        }
        _;
    }

    /// @notice Deploys the vault with its owner and initial withdrawal delay.
    /// @param owner_ Owner (two-step transferable): sets the authoriser and the withdrawal delay, authorises
    /// modules and tokens.
    /// @param withdrawalDelayBlocks Initial withdrawal delay, within `[MIN_WITHDRAWAL_DELAY, MAX_WITHDRAWAL_DELAY]`.
    constructor(address owner_, uint64 withdrawalDelayBlocks) Ownable(owner_) {
        _setWithdrawalDelay(withdrawalDelayBlocks);
    }

    // ------------------------------------------------------------------------------------------------------
    // Stakers
    // ------------------------------------------------------------------------------------------------------

    /// @inheritdoc IStakeVault
    function deposit(address token, uint256 amount) external nonReentrant {
        if (amount == 0) revert StakeVaultZeroAmount();
        if (!_allowedTokens[token]) revert StakeVaultTokenNotAllowed(token);
        Position storage position = _positions[msg.sender][token];
        uint256 staked = position.staked;
        if (amount > MAX_STAKE - staked - position.pending) revert StakeVaultAmountTooLarge(amount);

        IERC20 erc20 = IERC20(token);
        uint256 balanceBefore = erc20.balanceOf(address(this));
        erc20.safeTransferFrom(msg.sender, address(this), amount);
        uint256 balanceAfter = erc20.balanceOf(address(this));
        if (balanceAfter != balanceBefore + amount) {
            revert StakeVaultFeeOnTransfer(token, amount, balanceAfter > balanceBefore ? balanceAfter - balanceBefore : 0);
        }

        // Fits: staked + pending + amount <= MAX_STAKE was checked above.
        position.staked = uint104(staked + amount);
        emit Deposited(msg.sender, token, amount);
    }

    /// @inheritdoc IStakeVault
    function requestWithdrawal(address token, uint256 amount) external nonReentrant {
        if (amount == 0) revert StakeVaultZeroAmount();
        Position memory position = _positions[msg.sender][token];
        uint256 free = position.staked - _activeLocked(_lockBooks[msg.sender][token]);
        if (amount > free) revert StakeVaultInsufficientFree(msg.sender, token, amount, free);

        // block.number + MAX_WITHDRAWAL_DELAY stays far below 2^48 for any conceivable chain.
        uint64 withdrawableAt = uint64(block.number) + _withdrawalDelay;
        // Casts fit: amount <= free <= staked, and staked + pending <= MAX_STAKE is preserved.
        position.staked -= uint104(amount);
        position.pending += uint104(amount);
        position.withdrawableAt = uint48(withdrawableAt);
        _positions[msg.sender][token] = position;
        emit WithdrawalRequested(msg.sender, token, amount, withdrawableAt);
    }

    /// @inheritdoc IStakeVault
    function withdraw(address token) external nonReentrant returns (uint256 amount) {
        Position storage position = _positions[msg.sender][token];
        amount = position.pending;
        if (amount == 0) revert StakeVaultNothingPending(msg.sender, token);
        uint64 withdrawableAt = position.withdrawableAt;
        if (block.number < withdrawableAt) {
            revert StakeVaultWithdrawalNotReady(msg.sender, token, withdrawableAt, uint64(block.number));
        }

        position.pending = 0;
        position.withdrawableAt = 0;
        emit Withdrawn(msg.sender, token, amount);
        IERC20(token).safeTransfer(msg.sender, amount);
    }

    // ------------------------------------------------------------------------------------------------------
    // Modules
    // ------------------------------------------------------------------------------------------------------

    /// @inheritdoc IStakeVault
    function lock(address staker, address token, uint256 amount, uint64 until) external onlyModule nonReentrant {
        if (amount == 0) revert StakeVaultZeroAmount();
        if (until <= block.number) revert StakeVaultLockInPast(until, uint64(block.number));

        LockBook storage book = _lockBooks[staker][token];
        (uint256 locked, Placement memory placement) = _placeLock(book, until);
        uint256 free = _positions[staker][token].staked - locked;
        if (amount > free) revert StakeVaultInsufficientFree(staker, token, amount, free);

        // Fits: base + amount <= locked + free = staked <= MAX_STAKE.
        uint104 slotAmount = uint104(placement.base + amount);
        uint64 horizon = book.horizon;
        if (placement.until > horizon || horizon <= block.number) horizon = placement.until;
        if (placement.index == 0) {
            book.amount0 = slotAmount;
            book.until0 = placement.until;
        } else {
            book.rest[placement.index - 1] = LockSlot(slotAmount, placement.until);
        }
        book.horizon = horizon;
        // slotsUsed <= MAX_LOCKS (4) fits in 8 bits.
        book.slotsUsed = uint8(placement.slotsUsed);
        emit Locked(staker, token, msg.sender, amount, until);
    }

    /// @inheritdoc IStakeVault
    /// @dev A zero `amount`, or a staker with nothing to take, is a no-op returning 0 (no event, no transfer),
    /// so a module can slash a rate of a stake that may have gone. Burning: the vault calls the token's
    /// `burn(uint256)` (ERC20Burnable); if that call reverts, or returns without lowering the vault's balance,
    /// the amount goes to `BURN_ADDRESS` instead.
    function slash(address staker, address token, uint256 amount, address recipient, uint8 reason)
        external
        onlyModule
        nonReentrant
        returns (uint256 slashed)
    {
        if (amount == 0) return 0;
        Position memory position = _positions[staker][token];

        uint256 remaining = amount;
        LockBook storage book = _lockBooks[staker][token];
        if (book.horizon > block.number) remaining = _slashLocks(book, remaining);
        // If anything remains, every live lock is now empty, so the whole of `staked` is free.
        uint256 staked = position.staked - (amount - remaining);
        uint256 fromPending = remaining < position.pending ? remaining : position.pending;
        remaining -= fromPending;
        uint256 fromFree = remaining < staked ? remaining : staked;
        remaining -= fromFree;
        slashed = amount - remaining;
        if (slashed == 0) return 0;

        // Casts fit: both only decrease.
        position.staked = uint104(staked - fromFree);
        position.pending -= uint104(fromPending);
        if (position.pending == 0) position.withdrawableAt = 0;
        _positions[staker][token] = position;
        emit Slashed(staker, token, msg.sender, slashed, recipient, reason);

        if (recipient == address(0)) _burn(token, slashed);
        else IERC20(token).safeTransfer(recipient, slashed);
    }

    // ------------------------------------------------------------------------------------------------------
    // Administration
    // ------------------------------------------------------------------------------------------------------

    /// @inheritdoc IStakeVault
    function setModule(address module, bool authorised) external onlyOwnerOrAuthoriser {
        _modules[module] = authorised;
        emit ModuleAuthorised(module, authorised);
    }

    /// @inheritdoc IStakeVault
    function setTokenAllowed(address token, bool allowed) external onlyOwnerOrAuthoriser {
        _allowedTokens[token] = allowed;
        emit TokenAllowed(token, allowed);
    }

    /// @inheritdoc IStakeVault
    function setAuthoriser(address authoriser_) external onlyOwner {
        _authoriser = authoriser_;
        emit AuthoriserSet(authoriser_);
    }

    /// @inheritdoc IStakeVault
    function setWithdrawalDelay(uint64 delayBlocks) external onlyOwner {
        _setWithdrawalDelay(delayBlocks);
    }

    // ------------------------------------------------------------------------------------------------------
    // Views
    // ------------------------------------------------------------------------------------------------------

    /// @inheritdoc IStakeVault
    function balanceOf(address staker, address token) external view returns (Balance memory balance) {
        Position memory position = _positions[staker][token];
        uint256 locked = _activeLocked(_lockBooks[staker][token]);
        balance = Balance({
            free: position.staked - locked,
            locked: locked,
            pending: position.pending,
            withdrawableAt: position.withdrawableAt
        });
    }

    /// @inheritdoc IStakeVault
    function freeOf(address staker, address token) external view returns (uint256) {
        return _positions[staker][token].staked - _activeLocked(_lockBooks[staker][token]);
    }

    /// @inheritdoc IStakeVault
    function isModule(address module) external view returns (bool) {
        return _modules[module];
    }

    /// @inheritdoc IStakeVault
    function isTokenAllowed(address token) external view returns (bool) {
        return _allowedTokens[token];
    }

    /// @inheritdoc IStakeVault
    function withdrawalDelay() external view returns (uint64) {
        return _withdrawalDelay;
    }

    /// @inheritdoc IStakeVault
    function authoriser() external view returns (address) {
        return _authoriser;
    }

    // ------------------------------------------------------------------------------------------------------
    // Internals
    // ------------------------------------------------------------------------------------------------------

    /// @dev Checks and stores the withdrawal delay.
    function _setWithdrawalDelay(uint64 delayBlocks) private {
        if (delayBlocks < MIN_WITHDRAWAL_DELAY) revert StakeVaultDelayBelowMinimum(delayBlocks, MIN_WITHDRAWAL_DELAY);
        if (delayBlocks > MAX_WITHDRAWAL_DELAY) revert StakeVaultDelayAboveMaximum(delayBlocks, MAX_WITHDRAWAL_DELAY);
        _withdrawalDelay = delayBlocks;
        emit WithdrawalDelaySet(delayBlocks);
    }

    /// @dev Takes up to `amount` from the live lock slots, in slot order. Returns what is left to take.
    function _slashLocks(LockBook storage book, uint256 amount) private returns (uint256 remaining) {
        remaining = amount;
        uint256 slotsUsed = book.slotsUsed;
        // Bounded: slotsUsed <= MAX_LOCKS.
        for (uint256 i = 0; i < slotsUsed && remaining != 0; ++i) {
            (uint256 slotAmount, uint64 slotUntil) = _slotAt(book, i);
            if (slotUntil <= block.number || slotAmount == 0) continue;
            uint256 taken = remaining < slotAmount ? remaining : slotAmount;
            remaining -= taken;
            // Fits: only decreases.
            if (i == 0) book.amount0 = uint104(slotAmount - taken);
            else book.rest[i - 1].amount = uint104(slotAmount - taken);
        }
    }

    /// @dev Burns `amount` of `token` held by the vault (see `slash`).
    function _burn(address token, uint256 amount) private {
        IERC20 erc20 = IERC20(token);
        uint256 balanceBefore = erc20.balanceOf(address(this));
        try ERC20Burnable(token).burn(amount) {
            uint256 balanceAfter = erc20.balanceOf(address(this));
            if (balanceAfter == balanceBefore) {
                // The call succeeded without burning (e.g. a catch-all fallback): send to the burn address.
                erc20.safeTransfer(BURN_ADDRESS, amount);
            } else if (balanceAfter + amount != balanceBefore) {
                revert StakeVaultBurnMismatch(token, amount, balanceBefore, balanceAfter);
            }
        } catch {
            // No working burn: send to the burn address.
            erc20.safeTransfer(BURN_ADDRESS, amount);
        }
    }

    /// @dev Sum of the live lock slots (`until > block.number`). One read when every lock has expired.
    function _activeLocked(LockBook storage book) private view returns (uint256 locked) {
        if (book.horizon <= block.number) return 0;
        if (book.until0 > block.number) locked = book.amount0;
        uint256 slotsUsed = book.slotsUsed;
        // Bounded: slotsUsed <= MAX_LOCKS.
        for (uint256 i = 1; i < slotsUsed; ++i) {
            LockSlot memory slot = book.rest[i - 1];
            if (slot.until > block.number) locked += slot.amount;
        }
    }

    /// @dev Returns the live locked amount and where a lock until `until` goes (see the placement rule in the
    /// contract's documentation). `until > block.number` is checked by the caller.
    function _placeLock(LockBook storage book, uint64 until)
        private
        view
        returns (uint256 locked, Placement memory placement)
    {
        placement.until = until;
        uint256 slotsUsed = book.slotsUsed;
        if (book.horizon <= block.number || slotsUsed == 0) {
            // Every slot has expired: start the book again from slot 0.
            placement.slotsUsed = 1;
            return (0, placement);
        }

        uint256 firstFree = MAX_LOCKS;
        uint256 ceiling = MAX_LOCKS;
        uint256 latest = MAX_LOCKS;
        uint64 ceilingUntil = type(uint64).max;
        uint64 latestUntil = 0;
        uint256[MAX_LOCKS] memory amounts;
        // Bounded: slotsUsed <= MAX_LOCKS.
        for (uint256 i = 0; i < slotsUsed; ++i) {
            (uint256 slotAmount, uint64 slotUntil) = _slotAt(book, i);
            if (slotUntil <= block.number) {
                if (firstFree == MAX_LOCKS) firstFree = i;
                continue;
            }
            locked += slotAmount;
            amounts[i] = slotAmount;
            if (slotUntil == until) {
                // Rule 1: same expiry. Keep summing `locked` over the remaining slots.
                ceiling = i;
                ceilingUntil = until;
            } else if (slotUntil > until && slotUntil < ceilingUntil) {
                ceiling = i;
                ceilingUntil = slotUntil;
            }
            if (slotUntil > latestUntil) {
                latest = i;
                latestUntil = slotUntil;
            }
        }

        placement.slotsUsed = slotsUsed;
        if (ceiling != MAX_LOCKS && ceilingUntil == until) {
            placement.index = ceiling;
            placement.base = amounts[ceiling];
        } else if (firstFree != MAX_LOCKS) {
            placement.index = firstFree;
        } else if (slotsUsed < MAX_LOCKS) {
            placement.index = slotsUsed;
            placement.slotsUsed = slotsUsed + 1;
        } else if (ceiling != MAX_LOCKS) {
            placement.index = ceiling;
            placement.base = amounts[ceiling];
            placement.until = ceilingUntil;
        } else {
            placement.index = latest;
            placement.base = amounts[latest];
        }
    }

    /// @dev Slot `index` of `book`.
    function _slotAt(LockBook storage book, uint256 index) private view returns (uint256 amount, uint64 until) {
        if (index == 0) return (book.amount0, book.until0);
        LockSlot memory slot = book.rest[index - 1];
        return (slot.amount, slot.until);
    }
}

// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IStakeVault} from "../interfaces/IStakeVault.sol";
import {BatonTimelock} from "../registry/BatonTimelock.sol";
import {IGovernanceTimelock} from "../registry/IGovernanceTimelock.sol";

/// @dev Lock slots per (staker, token). File-level so the storage struct can size its array with it.
uint256 constant STAKE_VAULT_LOCK_SLOTS = 8;

/// @title StakeVault
/// @author Baton
/// @notice Holds every participant's stake per ERC-20 token, split into free, locked and pending withdrawal. Every
/// lock belongs to the module that took it: a module slashes only what the staker locked for it (its live locks, and
/// for `SLASHING_HORIZON` blocks after each of them expired, the stake that left it, even when now pending withdrawal).
/// No module and no staker can shorten, move or release another module's lock: a module may release (`unlock`) only
/// its own. Expired locks free themselves.
/// @dev Storage per (staker, token): one `Position` word (`staked` = free + live locks, `pending`, `withdrawableAt`,
/// `slotsUsed`) and up to `MAX_LOCKS` lock slots of one word each: `(amount, until, module id, horizon)`. At block
/// `b` a slot is *live* while `b < until` (its amount is held), in its *tail* while `until <= b < until + horizon`
/// (free to request for withdrawal, still slashable by its module, not lockable by another module) and *dead* after
/// (reusable); `horizon` is the module's declared slashing horizon (at most `SLASHING_HORIZON`). Invariants, kept by every entry: `Σ live <= staked` and `Σ live + Σ tail <= staked + pending`, so
/// every module's claim is covered whatever the others take; `horizon <= MIN_WITHDRAWAL_DELAY <= withdrawalDelay`,
/// so stake requested during a tail is still in the vault when that tail ends.
///
/// Lock placement (a lock of module `m`): 1. into `m`'s live slot with the same `until`; 2. into the first dead
/// slot; 3. into a new slot; 4. (all slots taken) into `m`'s live slot with the earliest `until` after the requested
/// one (the new amount is held a little longer); 5. into `m`'s latest live slot, extended to the requested block
/// (only `m`'s own earlier lock is held longer); 6. otherwise `StakeVaultLockSlotsFull`. A lock never merges into,
/// extends or shortens another module's slot.
///
/// Governance: owner powers (modules, authoriser, tokens, delay) act at once only during set-up, before the first
/// deposit. From then on the owner must be a `BatonTimelock` (its runtime code is pinned) whose delay is at least
/// `MIN_GOVERNANCE_DELAY`, re-checked on every call. The authoriser (the RollupRegistry) may only authorise modules.
///
/// Amounts: each staker's `staked + pending` in one token is bounded by `MAX_STAKE` (2^104 - 1). Tokens must deliver
/// exactly the amount transferred (fee-on-transfer tokens are refused on deposit by a balance-difference check);
/// rebasing tokens cannot be detected in one transaction and must not be allowed.
contract StakeVault is IStakeVault, Ownable2Step, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @dev One word.
    struct Position {
        uint104 staked;
        uint104 pending;
        uint40 withdrawableAt;
        uint8 slotsUsed;
    }

    /// @dev One word per lock slot.
    struct LockSlot {
        uint104 amount;
        uint64 until;
        uint32 module;
        uint8 horizon;
    }

    /// @dev What `lock` learns from one pass over the slots: sums, and candidate slot indexes (MAX_LOCKS: none).
    struct Scan {
        uint256 live;
        uint256 tailOthers;
        uint256 tailOwn;
        uint256 same;
        uint256 dead;
        uint256 ceiling;
        uint256 latest;
    }

    /// @dev A module's registration: its id in lock slots (never reused) and whether it may lock and slash.
    struct ModuleInfo {
        uint32 id;
        bool authorised;
        uint8 horizon;
    }

    /// @notice Hard floor of `withdrawalDelay`: 64 blocks, two Ethereum epochs.
    uint64 public constant MIN_WITHDRAWAL_DELAY = 64;

    /// @notice Cap of `withdrawalDelay`: 2,628,000 blocks, one year at 12-second blocks.
    uint64 public constant MAX_WITHDRAWAL_DELAY = 2_628_000;

    /// @notice Longest slashing horizon, and the one `setModule` gives: blocks after a lock's expiry during which its
    /// module can still slash the stake that left it (also when pending withdrawal). At most `MIN_WITHDRAWAL_DELAY`,
    /// so a withdrawal never outruns it. `authoriseModule` may declare a shorter one (0 for a module that never slashes
    /// after expiry).
    uint8 public constant SLASHING_HORIZON = 64;

    /// @notice Lock slots per (staker, token), shared by all modules; each slot belongs to one module.
    uint256 public constant MAX_LOCKS = STAKE_VAULT_LOCK_SLOTS;

    /// @notice Largest `staked + pending` of one staker in one token (2^104 - 1).
    uint256 public constant MAX_STAKE = type(uint104).max;

    /// @notice Floor on the governance timelock's delay, in seconds, once set-up is over.
    uint256 public constant MIN_GOVERNANCE_DELAY = 1 hours;

    /// @notice Where burned stake goes when the token has no working `burn(uint256)`.
    address public constant BURN_ADDRESS = 0x000000000000000000000000000000000000dEaD;

    /// @dev Runtime code hash every governance timelock must have once set-up is over.
    bytes32 private constant _TIMELOCK_CODEHASH = keccak256(type(BatonTimelock).runtimeCode);

    address private _authoriser;
    uint64 private _withdrawalDelay;
    uint32 private _moduleCount;
    bool private _setupClosed;
    /// @dev Set only inside `transferOwnership`, whose target is checked there instead of the caller.
    bool private _handingOver;

    mapping(address module => ModuleInfo) private _modules;
    mapping(uint32 id => address module) private _moduleById;
    mapping(address token => bool allowed) private _allowedTokens;
    mapping(address staker => mapping(address token => Position)) private _positions;
    mapping(address staker => mapping(address token => LockSlot[STAKE_VAULT_LOCK_SLOTS])) private _locks;

    /// @notice Deploys the vault with its owner and initial withdrawal delay.
    /// @param owner_ Owner (two-step transferable). Acts at once until the first deposit; afterwards it must be a
    /// `BatonTimelock` with a delay of at least `MIN_GOVERNANCE_DELAY`.
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
        if (!_setupClosed) _closeSetup();
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
        (uint256 live,) = _sums(_locks[msg.sender][token], position.slotsUsed);
        uint256 free = position.staked - live;
        if (amount > free) revert StakeVaultInsufficientFree(msg.sender, token, amount, free);

        // block.number + MAX_WITHDRAWAL_DELAY stays far below 2^40 for any conceivable chain.
        uint64 withdrawableAt = uint64(block.number) + _withdrawalDelay;
        // Casts fit: amount <= free <= staked, and staked + pending <= MAX_STAKE is preserved.
        position.staked -= uint104(amount);
        position.pending += uint104(amount);
        position.withdrawableAt = uint40(withdrawableAt);
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
    function lock(address staker, address token, uint256 amount, uint64 until) external nonReentrant {
        ModuleInfo memory info = _moduleInfo();
        uint32 module = info.id;
        if (amount == 0) revert StakeVaultZeroAmount();
        if (until <= block.number) revert StakeVaultLockInPast(until, uint64(block.number));

        Position storage position = _positions[staker][token];
        LockSlot[STAKE_VAULT_LOCK_SLOTS] storage slots = _locks[staker][token];
        uint256 used = position.slotsUsed;
        LockSlot[] memory book = _load(slots, used);
        Scan memory sc = _scan(book, module, until);

        // Lockable: free of live locks, and not promised to another module's tail (covered by staked + pending).
        {
            uint256 free = position.staked - sc.live;
            uint256 cover = uint256(position.staked) + position.pending - sc.live;
            uint256 lockable = cover > sc.tailOthers ? cover - sc.tailOthers : 0;
            if (lockable > free) lockable = free;
            if (amount > lockable) revert StakeVaultInsufficientFree(staker, token, amount, lockable);
            // Stake this module still claims through a tail becomes its live lock instead (no double claim):
            // overlap = amount + tails - cover <= tailOwn, as amount <= cover - tailOthers.
            uint256 claims = amount + sc.tailOthers + sc.tailOwn;
            if (claims > cover) _absorbTails(slots, book, sc, module, claims - cover);
        }

        uint256 index;
        uint64 slotUntil = until;
        uint256 base;
        if (sc.same != MAX_LOCKS) {
            index = sc.same;
            base = book[index].amount;
        } else if (sc.dead != MAX_LOCKS) {
            index = sc.dead;
        } else if (used < MAX_LOCKS) {
            index = used;
            // Fits: used < MAX_LOCKS (8).
            position.slotsUsed = uint8(used + 1);
        } else if (sc.ceiling != MAX_LOCKS) {
            index = sc.ceiling;
            base = book[index].amount;
            slotUntil = book[index].until;
        } else if (sc.latest != MAX_LOCKS) {
            index = sc.latest;
            base = book[index].amount;
        } else {
            revert StakeVaultLockSlotsFull(staker, token, MAX_LOCKS);
        }
        // Fits: base + amount <= live + free = staked <= MAX_STAKE.
        slots[index] = LockSlot(uint104(base + amount), slotUntil, module, info.horizon);
        emit Locked(staker, token, msg.sender, amount, slotUntil);
    }

    /// @inheritdoc IStakeVault
    /// @dev A zero `amount`, or nothing locked for the caller at or after `until`, is a no-op returning 0 (no event, no
    /// transfer), so a module can slash a rate of a stake that may have gone. Order: among the caller's slots that are
    /// live or in their tail and expire at or after `until`, the soonest-expiring first (a tail expired before any live
    /// slot, so tails come first); a live slot is part of `staked`, a tail is taken out of stake no live lock holds,
    /// then out of pending. Slots expiring before `until` are never touched: they hold what the module's earlier
    /// obligations are owed by. Burning: the vault calls the token's `burn(uint256)`; if that call reverts, or returns
    /// without lowering the vault's balance, the amount goes to `BURN_ADDRESS`.
    function slash(address staker, address token, uint256 amount, uint256 until, address recipient, uint8 reason)
        external
        nonReentrant
        returns (uint256 slashed)
    {
        uint32 module = _moduleInfo().id;
        if (amount == 0) return 0;
        Position memory p = _positions[staker][token];
        uint256 used = p.slotsUsed;
        if (used == 0) return 0;
        slashed = _takeOwed(_locks[staker][token], p, module, until, amount);
        if (slashed == 0) return 0;

        if (p.pending == 0) p.withdrawableAt = 0;
        _positions[staker][token] = p;
        emit Slashed(staker, token, msg.sender, slashed, recipient, reason);

        if (recipient == address(0)) _burn(token, slashed);
        else IERC20(token).safeTransfer(recipient, slashed);
    }

    /// @inheritdoc IStakeVault
    /// @dev Order: among the caller's live slots expiring at or after `until`, the soonest-expiring first (as `slash`:
    /// placement only ever holds a lock longer, so what was locked until `until` is in those slots, and taking the
    /// soonest first never leaves a later lock of the module held for less than it was). The freed stake leaves the
    /// slot outright (no tail: the module gives up its claim on it). Tails, dead slots and every other module's
    /// slots are never read for taking.
    function unlock(address staker, address token, uint256 amount, uint64 until) external nonReentrant {
        uint32 module = _moduleInfo().id;
        if (amount == 0) revert StakeVaultZeroAmount();
        LockSlot[STAKE_VAULT_LOCK_SLOTS] storage slots = _locks[staker][token];
        LockSlot[] memory book = _load(slots, _positions[staker][token].slotsUsed);
        uint256 used = book.length;
        // The caller's eligible live slots as a bit set, and what they hold. Bounded: used <= MAX_LOCKS.
        uint256 eligible;
        uint256 held;
        for (uint256 i; i < used; ++i) {
            LockSlot memory s = book[i];
            if (s.module == module && s.until >= until && _state(s) == _LIVE) {
                eligible |= 1 << i;
                held += s.amount;
            }
        }
        if (amount > held) revert StakeVaultUnlockExceedsLock(staker, token, amount, held);
        uint256 remaining = amount;
        // Each eligible slot once, soonest-expiring first; they hold at least `amount`, so this ends at zero.
        while (remaining != 0) {
            uint256 next = _soonest(book, eligible);
            eligible &= ~(uint256(1) << next);
            uint256 slotAmount = book[next].amount;
            uint256 taken = remaining < slotAmount ? remaining : slotAmount;
            remaining -= taken;
            // Fits: taken <= the slot's amount.
            slots[next].amount = uint104(slotAmount - taken);
        }
        emit Unlocked(staker, token, msg.sender, amount, until);
    }

    // ------------------------------------------------------------------------------------------------------
    // Administration
    // ------------------------------------------------------------------------------------------------------

    /// @inheritdoc IStakeVault
    function setModule(address module, bool authorised) external {
        _setModule(module, authorised, SLASHING_HORIZON);
    }

    /// @inheritdoc IStakeVault
    function authoriseModule(address module, uint8 slashingHorizon) external {
        if (slashingHorizon > SLASHING_HORIZON) {
            revert StakeVaultHorizonTooLong(module, slashingHorizon, SLASHING_HORIZON);
        }
        _setModule(module, true, slashingHorizon);
    }

    /// @dev Authoriser, or owner (a timelock after set-up): records the module with its horizon.
    function _setModule(address module, bool authorised, uint8 horizon) private {
        if (msg.sender != _authoriser || msg.sender == address(0)) {
            if (msg.sender != owner()) revert StakeVaultNotAuthoriser(msg.sender);
            _checkOwner();
        }
        ModuleInfo memory info = _modules[module];
        if (info.id == 0) {
            // Cannot overflow in practice: one id per authorised module, 2^32 - 1 registrations.
            info.id = ++_moduleCount;
            _moduleById[info.id] = module;
        }
        info.authorised = authorised;
        info.horizon = horizon;
        _modules[module] = info;
        emit ModuleAuthorised(module, authorised);
    }

    /// @inheritdoc IStakeVault
    function setTokenAllowed(address token, bool allowed) external onlyOwner {
        if (allowed && token.code.length == 0) revert StakeVaultTokenNotContract(token);
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

    /// @notice Starts a two-step ownership transfer. After set-up the new owner must be a `BatonTimelock` with a
    /// delay of at least `MIN_GOVERNANCE_DELAY` (the zero address cancels a pending transfer); this is the one power
    /// an owner that is not such a timelock keeps after set-up, so a deployer can still hand the vault to governance
    /// (which then accepts through its own delay). Owner only.
    /// @param newOwner The new owner.
    function transferOwnership(address newOwner) public override {
        if (newOwner != address(0) && _setupClosed) _requireTimelock(newOwner);
        _handingOver = true;
        super.transferOwnership(newOwner);
        _handingOver = false;
    }

    /// @notice Always reverts: a vault without governance could never allow a token or authorise a registry.
    function renounceOwnership() public pure override {
        revert StakeVaultRenounceDisabled();
    }

    // ------------------------------------------------------------------------------------------------------
    // Views
    // ------------------------------------------------------------------------------------------------------

    /// @inheritdoc IStakeVault
    function balanceOf(address staker, address token) external view returns (Balance memory balance) {
        Position memory p = _positions[staker][token];
        (uint256 live,) = _sums(_locks[staker][token], p.slotsUsed);
        balance = Balance({free: p.staked - live, locked: live, pending: p.pending, withdrawableAt: p.withdrawableAt});
    }

    /// @inheritdoc IStakeVault
    function freeOf(address staker, address token) external view returns (uint256) {
        Position memory p = _positions[staker][token];
        (uint256 live,) = _sums(_locks[staker][token], p.slotsUsed);
        return p.staked - live;
    }

    /// @inheritdoc IStakeVault
    function locksOf(address staker, address token) external view returns (ModuleLock[] memory locks) {
        Position memory p = _positions[staker][token];
        uint256 used = p.slotsUsed;
        LockSlot[] memory book = _load(_locks[staker][token], used);
        uint256 count;
        // Bounded: used <= MAX_LOCKS.
        for (uint256 i; i < used; ++i) {
            if (_state(book[i]) != _DEAD) ++count;
        }
        locks = new ModuleLock[](count);
        count = 0;
        for (uint256 i; i < used; ++i) {
            LockSlot memory s = book[i];
            if (_state(s) == _DEAD) continue;
            locks[count++] = ModuleLock({
                module: _moduleById[s.module],
                amount: s.amount,
                until: s.until,
                slashableUntil: s.until + s.horizon
            });
        }
    }

    /// @inheritdoc IStakeVault
    function lockedFor(address staker, address token, address module)
        external
        view
        returns (uint256 locked, uint256 slashable)
    {
        uint32 id = _modules[module].id;
        Position memory p = _positions[staker][token];
        uint256 used = p.slotsUsed;
        LockSlot[] memory book = _load(_locks[staker][token], used);
        // Bounded: used <= MAX_LOCKS.
        for (uint256 i; i < used; ++i) {
            LockSlot memory s = book[i];
            if (s.module != id || id == 0) continue;
            uint256 state = _state(s);
            if (state == _LIVE) locked += s.amount;
            else if (state == _TAIL) slashable += s.amount;
        }
        slashable += locked;
    }

    /// @inheritdoc IStakeVault
    function isModule(address module) external view returns (bool) {
        return _modules[module].authorised;
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

    /// @inheritdoc IStakeVault
    function setupClosed() external view returns (bool) {
        return _setupClosed;
    }

    // ------------------------------------------------------------------------------------------------------
    // Internals
    // ------------------------------------------------------------------------------------------------------

    uint256 private constant _DEAD = 0;
    uint256 private constant _LIVE = 1;
    uint256 private constant _TAIL = 2;

    /// @dev Owner calls after set-up additionally require a pinned timelock with a delay at or above the floor.
    function _checkOwner() internal view override {
        super._checkOwner();
        if (_setupClosed && !_handingOver) _requireTimelock(owner());
    }

    /// @dev Ends set-up (first deposit): from now on the owner must be a timelock to act.
    function _closeSetup() private {
        _setupClosed = true;
        emit SetupClosed(owner());
    }

    /// @dev Reverts unless `governance` runs BatonTimelock's code with a delay of at least `MIN_GOVERNANCE_DELAY`.
    function _requireTimelock(address governance) private view {
        if (governance.codehash != _TIMELOCK_CODEHASH) revert StakeVaultGovernanceNotTimelock(governance);
        uint256 delay = IGovernanceTimelock(governance).getMinDelay();
        if (delay < MIN_GOVERNANCE_DELAY) {
            revert StakeVaultGovernanceDelayTooShort(governance, delay, MIN_GOVERNANCE_DELAY);
        }
    }

    /// @dev The caller's registration; reverts unless it is authorised.
    function _moduleInfo() private view returns (ModuleInfo memory info) {
        info = _modules[msg.sender];
        if (!info.authorised) revert StakeVaultNotModule(msg.sender);
    }

    /// @dev Checks and stores the withdrawal delay.
    function _setWithdrawalDelay(uint64 delayBlocks) private {
        if (delayBlocks < MIN_WITHDRAWAL_DELAY) revert StakeVaultDelayBelowMinimum(delayBlocks, MIN_WITHDRAWAL_DELAY);
        if (delayBlocks > MAX_WITHDRAWAL_DELAY) revert StakeVaultDelayAboveMaximum(delayBlocks, MAX_WITHDRAWAL_DELAY);
        _withdrawalDelay = delayBlocks;
        emit WithdrawalDelaySet(delayBlocks);
    }

    /// @dev The first `used` slots, read once.
    function _load(LockSlot[STAKE_VAULT_LOCK_SLOTS] storage slots, uint256 used)
        private
        view
        returns (LockSlot[] memory book)
    {
        book = new LockSlot[](used);
        // Bounded: used <= MAX_LOCKS.
        for (uint256 i; i < used; ++i) {
            book[i] = slots[i];
        }
    }

    /// @dev One pass over `book` for a lock of `module` until `until` (see the placement rule).
    function _scan(LockSlot[] memory book, uint32 module, uint64 until) private view returns (Scan memory sc) {
        uint256 none = MAX_LOCKS;
        (sc.same, sc.dead, sc.ceiling, sc.latest) = (none, none, none, none);
        uint256 used = book.length;
        // Bounded: used <= MAX_LOCKS.
        for (uint256 i; i < used; ++i) {
            LockSlot memory s = book[i];
            uint256 state = _state(s);
            if (state == _LIVE) {
                sc.live += s.amount;
                if (s.module != module) continue;
                if (s.until == until) sc.same = i;
                else if (s.until > until && (sc.ceiling == none || s.until < book[sc.ceiling].until)) sc.ceiling = i;
                else if (s.until < until && (sc.latest == none || s.until > book[sc.latest].until)) sc.latest = i;
            } else if (state == _TAIL) {
                if (s.module == module) sc.tailOwn += s.amount;
                else sc.tailOthers += s.amount;
            } else if (sc.dead == none) {
                sc.dead = i;
            }
        }
    }

    /// @dev Lowers `module`'s tail slots by `overlap` in total (stake its new live lock now covers); a slot emptied
    /// this way becomes the dead slot the lock can reuse.
    function _absorbTails(
        LockSlot[STAKE_VAULT_LOCK_SLOTS] storage slots,
        LockSlot[] memory book,
        Scan memory sc,
        uint32 module,
        uint256 overlap
    ) private {
        uint256 used = book.length;
        // Bounded: used <= MAX_LOCKS.
        for (uint256 i; i < used && overlap != 0; ++i) {
            LockSlot memory s = book[i];
            if (s.module != module || _state(s) != _TAIL) continue;
            uint256 taken = overlap < s.amount ? overlap : s.amount;
            overlap -= taken;
            // Fits: only decreases.
            s.amount -= uint104(taken);
            slots[i].amount = s.amount;
            if (s.amount == 0 && sc.dead == MAX_LOCKS) sc.dead = i;
        }
    }

    /// @dev Takes up to `amount` out of `module`'s slots expiring at or after `until`, soonest-expiring first (see
    /// `slash`); lowers the slots in storage and `p` in memory (the caller stores it). Returns what was taken.
    function _takeOwed(
        LockSlot[STAKE_VAULT_LOCK_SLOTS] storage slots,
        Position memory p,
        uint32 module,
        uint256 until,
        uint256 amount
    ) private returns (uint256) {
        uint256 used = p.slotsUsed;
        LockSlot[] memory book = _load(slots, used);

        // One pass: the live sum (all modules) and the caller's eligible slots as a bit set. Bounded: used <= 8.
        uint256 live;
        uint256 eligible;
        for (uint256 i; i < used; ++i) {
            LockSlot memory s = book[i];
            uint256 state = _state(s);
            if (state == _LIVE) live += s.amount;
            if (state != _DEAD && s.module == module && s.until >= until) eligible |= 1 << i;
        }
        uint256 remaining = amount;
        // Soonest-expiring eligible slot first, each slot once: at most `used` rounds of `used` steps (8 x 8).
        while (remaining != 0 && eligible != 0) {
            uint256 next = _soonest(book, eligible);
            eligible &= ~(uint256(1) << next);
            LockSlot memory s = book[next];
            uint256 taken = remaining < s.amount ? remaining : s.amount;
            if (block.number < s.until) {
                // Fits: only decreases; taken <= s.amount <= live <= staked.
                p.staked -= uint104(taken);
                live -= taken;
            } else {
                uint256 fromFree = p.staked - live;
                if (taken > fromFree + p.pending) taken = fromFree + p.pending;
                if (taken == 0) continue;
                if (fromFree > taken) fromFree = taken;
                // Fits: only decreases, each bounded by what it is taken from.
                p.staked -= uint104(fromFree);
                p.pending -= uint104(taken - fromFree);
            }
            remaining -= taken;
            // Fits: taken <= s.amount.
            slots[next].amount = s.amount - uint104(taken);
        }
        return amount - remaining;
    }

    /// @dev The soonest-expiring slot of the nonempty bit set `eligible` over `book` (the lowest index on a tie).
    function _soonest(LockSlot[] memory book, uint256 eligible) private pure returns (uint256 next) {
        next = MAX_LOCKS;
        uint256 used = book.length;
        // Bounded: used <= MAX_LOCKS.
        for (uint256 i; i < used; ++i) {
            if (eligible & (1 << i) != 0 && (next == MAX_LOCKS || book[i].until < book[next].until)) next = i;
        }
    }

    /// @dev Sums of the live and tail slots among the first `used`.
    function _sums(LockSlot[STAKE_VAULT_LOCK_SLOTS] storage slots, uint256 used)
        private
        view
        returns (uint256 live, uint256 tail)
    {
        // Bounded: used <= MAX_LOCKS.
        for (uint256 i; i < used; ++i) {
            LockSlot memory s = slots[i];
            uint256 state = _state(s);
            if (state == _LIVE) live += s.amount;
            else if (state == _TAIL) tail += s.amount;
        }
    }

    /// @dev Live, tail or dead at the current block (an empty slot is dead).
    function _state(LockSlot memory s) private view returns (uint256) {
        if (s.amount == 0) return _DEAD;
        if (block.number < s.until) return _LIVE;
        if (block.number < uint256(s.until) + s.horizon) return _TAIL;
        return _DEAD;
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
}

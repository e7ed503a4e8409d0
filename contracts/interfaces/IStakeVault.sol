// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title IStakeVault
/// @notice Holds every participant's stake per ERC-20 token, split into free, locked and pending withdrawal.
/// Authorised modules (slot auctions, block markets) take time-bounded locks that expire on their own
/// (block number). Every lock belongs to the module that took it (the calling module): a module slashes only what
/// the staker locked for it (live locks, and for a short horizon after each expired, the stake that left it, even
/// when pending withdrawal), never another module's locks.
interface IStakeVault {
    /// @notice One lock slot of a staker, as `locksOf` reports it.
    /// @param module The module the lock belongs to.
    /// @param amount Amount held (while live) or still slashable by `module` (in the tail).
    /// @param until First block at which the lock no longer holds the stake.
    /// @param slashableUntil First block at which `module` can no longer slash what left the lock.
    struct ModuleLock {
        address module;
        uint256 amount;
        uint64 until;
        uint64 slashableUntil;
    }

    /// @notice A participant's stake in one token.
    /// @param free Spendable: can be locked or requested for withdrawal.
    /// @param locked Held by unexpired locks (expired locks already count as free).
    /// @param pending Requested for withdrawal, still slashable until withdrawn.
    /// @param withdrawableAt First block at which `pending` can be withdrawn (0 when nothing is pending).
    struct Balance {
        uint256 free;
        uint256 locked;
        uint256 pending;
        uint64 withdrawableAt;
    }

    /// @notice `staker` deposited `amount` of `token` as free stake.
    /// @param staker Who deposited.
    /// @param token The stake token.
    /// @param amount Amount credited (equal to the amount received).
    event Deposited(address indexed staker, address indexed token, uint256 amount);

    /// @notice `staker` moved `amount` of free stake to pending withdrawal; the whole pending amount can be
    /// withdrawn from block `withdrawableAt`.
    /// @param staker Who requested.
    /// @param token The stake token.
    /// @param amount Amount added to pending by this request.
    /// @param withdrawableAt First block at which the whole pending amount can be withdrawn.
    event WithdrawalRequested(address indexed staker, address indexed token, uint256 amount, uint64 withdrawableAt);

    /// @notice `staker` withdrew its whole pending stake.
    /// @param staker Who withdrew (and received the tokens).
    /// @param token The stake token.
    /// @param amount Amount paid out.
    event Withdrawn(address indexed staker, address indexed token, uint256 amount);

    /// @notice `module` locked `amount` of `staker`'s free stake until block `until` (exclusive).
    /// @param staker Whose stake is locked.
    /// @param token The stake token.
    /// @param module The module that took the lock.
    /// @param amount Amount requested (the vault may hold it a little longer when it merges lock slots).
    /// @param until First block at which the requested lock no longer holds.
    event Locked(address indexed staker, address indexed token, address indexed module, uint256 amount, uint64 until);

    /// @notice `module` released `amount` of what `staker` locked for it before the lock expired (the stake is free
    /// at once).
    /// @param staker Whose stake was released.
    /// @param token The stake token.
    /// @param module The module that released its own lock.
    /// @param amount Amount released.
    /// @param until Expiry of the lock the release was owed by (the `until` the module passed to `lock`).
    event Unlocked(
        address indexed staker, address indexed token, address indexed module, uint256 amount, uint64 until
    );

    /// @notice `module` slashed `amount` of `staker`'s stake.
    /// @param staker Whose stake was taken.
    /// @param token The stake token.
    /// @param module The module that slashed.
    /// @param amount Amount actually taken.
    /// @param recipient Who received it (zero: burned).
    /// @param reason The module's reason code.
    event Slashed(
        address indexed staker,
        address indexed token,
        address indexed module,
        uint256 amount,
        address recipient,
        uint8 reason
    );

    /// @notice `module` was authorised (or revoked) to lock and slash.
    /// @param module The module.
    /// @param authorised Whether it may now lock and slash.
    event ModuleAuthorised(address indexed module, bool authorised);

    /// @notice `token` was allowed (or disallowed) for new deposits.
    /// @param token The token.
    /// @param allowed Whether deposits are now accepted.
    event TokenAllowed(address indexed token, bool allowed);

    /// @notice The withdrawal delay was set.
    /// @param delayBlocks The new delay, in blocks.
    event WithdrawalDelaySet(uint64 delayBlocks);

    /// @notice The authoriser (who may also authorise modules and tokens) was set.
    /// @param authoriser The new authoriser (zero: none).
    event AuthoriserSet(address indexed authoriser);

    error StakeVaultZeroAmount();
    error StakeVaultTokenNotAllowed(address token);
    error StakeVaultFeeOnTransfer(address token, uint256 expected, uint256 received);
    error StakeVaultInsufficientFree(address staker, address token, uint256 requested, uint256 free);
    error StakeVaultNothingPending(address staker, address token);
    error StakeVaultWithdrawalNotReady(address staker, address token, uint64 withdrawableAt, uint64 currentBlock);
    error StakeVaultNotModule(address caller);
    error StakeVaultNotAuthoriser(address caller);
    error StakeVaultLockInPast(uint64 until, uint64 currentBlock);
    error StakeVaultDelayBelowMinimum(uint64 delayBlocks, uint64 minimum);
    error StakeVaultAmountTooLarge(uint256 amount);
    // Added with the StakeVault implementation (backwards compatible).
    error StakeVaultDelayAboveMaximum(uint64 delayBlocks, uint64 maximum);
    error StakeVaultBurnMismatch(address token, uint256 amount, uint256 balanceBefore, uint256 balanceAfter);
    // Added with the per-module lock ledger.
    error StakeVaultLockSlotsFull(address staker, address token, uint256 maxLocks);
    error StakeVaultTokenNotContract(address token);
    error StakeVaultGovernanceNotTimelock(address governance);
    error StakeVaultGovernanceDelayTooShort(address governance, uint256 delay, uint256 minimum);
    error StakeVaultRenounceDisabled();
    error StakeVaultHorizonTooLong(address module, uint8 horizon, uint8 maximum);
    // Added with the module-side release of a lock (a displaced bid's stake is free at once).
    error StakeVaultUnlockExceedsLock(address staker, address token, uint256 requested, uint256 locked);

    /// @notice Set-up ended with the first deposit: owner powers now need a timelock.
    /// @param owner The owner at that moment.
    event SetupClosed(address indexed owner);

    /// @notice Deposits `amount` of `token` as free stake of the caller.
    /// @param token An allowed stake token (see `isTokenAllowed`); the caller must have approved the vault.
    /// @param amount Amount to deposit; the vault must receive exactly this much.
    function deposit(address token, uint256 amount) external;

    /// @notice Moves `amount` of the caller's free stake to pending withdrawal; restarts the delay.
    /// @param token The stake token.
    /// @param amount Amount of free stake to move (at most `freeOf(caller, token)`).
    function requestWithdrawal(address token, uint256 amount) external;

    /// @notice Pays out the caller's whole pending withdrawal once the delay has passed.
    /// @param token The stake token.
    /// @return amount What was paid.
    function withdraw(address token) external returns (uint256 amount);

    /// @notice Locks `amount` of `staker`'s free stake until block `until` (exclusive) for the calling module.
    /// Modules only. The lock is merged only into the caller's own slots; reverts with `StakeVaultLockSlotsFull`
    /// when every slot is held by other modules.
    /// @param staker Whose stake to lock.
    /// @param token The stake token.
    /// @param amount Amount of free stake to lock (at most `freeOf(staker, token)`).
    /// @param until First block at which the lock no longer holds; must be after the current block.
    function lock(address staker, address token, uint256 amount, uint64 until) external;

    /// @notice Releases `amount` of what `staker` locked for the calling module, owed by its lock expiring at
    /// `until`: the stake is free at once. Only the caller's live slots expiring at or after `until` are lowered,
    /// the soonest-expiring first (where the vault placed that lock, see `lock`); reverts with
    /// `StakeVaultUnlockExceedsLock` (nothing moved) when they hold less than `amount`, so no module can release
    /// another module's lock. Modules only.
    /// @param staker Whose stake to release.
    /// @param token The stake token.
    /// @param amount Amount to release.
    /// @param until Expiry block of the lock the release is owed by (the `until` the module passed to `lock`).
    function unlock(address staker, address token, uint256 amount, uint64 until) external;

    /// @notice Slashes up to `amount` of what `staker` locked for the calling module, owed by the module's lock that
    /// expires at `until`: only the module's slots (live, or in their slashing tail: stake that left the lock less
    /// than its horizon ago, free or pending) that expire at or after `until` pay, the soonest-expiring first. So a
    /// module naming the expiry of the lock an obligation was taken against is paid from that lock first, then only
    /// from its own later locks (where the vault may have merged that lock when slots ran short), never from an
    /// earlier one; 0 means any of its locks, soonest first. No other module's lock is ever touched.
    /// Sends it to `recipient`, or burns it when `recipient` is the zero address. Modules only.
    /// @param staker Whose stake to take.
    /// @param token The stake token.
    /// @param amount Most to take.
    /// @param until Expiry block of the lock the slash is owed by (the `until` the module passed to `lock`).
    /// @param recipient Receiver of the slashed stake, or zero to burn it.
    /// @param reason The module's reason code, echoed in `Slashed`.
    /// @return slashed What was actually taken (less than `amount` when the stake is smaller).
    function slash(address staker, address token, uint256 amount, uint256 until, address recipient, uint8 reason)
        external
        returns (uint256 slashed);

    /// @notice Authorises or revokes a module (lock and slash rights). Authoriser, or owner (a timelock after set-up).
    /// @param module The module contract.
    /// @param authorised Whether it may lock and slash.
    function setModule(address module, bool authorised) external;

    /// @notice Authorises `module` with its declared slashing horizon (blocks after a lock's expiry during which it may
    /// still slash the stake that left the lock; at most `SLASHING_HORIZON`). Authoriser, or owner (a timelock after
    /// set-up). `setModule(module, true)` is this with the longest horizon.
    /// @param module The module contract.
    /// @param slashingHorizon The module's horizon, in blocks.
    function authoriseModule(address module, uint8 slashingHorizon) external;

    /// @notice Allows or disallows a stake token for new deposits. Owner only (a timelock after set-up); the
    /// authoriser (registry) cannot allow tokens. Allowing requires a contract.
    /// Disallowing never blocks withdrawals of stake already deposited.
    /// @param token The ERC-20 (no transfer fees, no rebasing).
    /// @param allowed Whether new deposits are accepted.
    function setTokenAllowed(address token, bool allowed) external;

    /// @notice Sets who, besides the owner, may call `setModule` (the RollupRegistry);
    /// the zero address removes it. Owner only.
    /// @param authoriser_ The new authoriser, or zero for none.
    function setAuthoriser(address authoriser_) external;

    /// @notice Sets the withdrawal delay in blocks, within the vault's hard minimum and maximum. Owner only.
    /// Applies to requests made from now on; pending requests keep their `withdrawableAt`.
    /// @param delayBlocks The new delay, in blocks.
    function setWithdrawalDelay(uint64 delayBlocks) external;

    /// @notice Who, besides the owner, may authorise modules and tokens (zero when nobody).
    /// @return The authoriser.
    function authoriser() external view returns (address);

    /// @notice The stake of `staker` in `token`, with expired locks counted as free.
    /// @param staker The staker.
    /// @param token The stake token.
    /// @return The free, locked and pending stake, and when the pending stake becomes withdrawable.
    function balanceOf(address staker, address token) external view returns (Balance memory);

    /// @notice Free stake of `staker` in `token` (what a module can lock now).
    /// @param staker The staker.
    /// @param token The stake token.
    /// @return Free stake, in token units.
    function freeOf(address staker, address token) external view returns (uint256);

    /// @notice Whether `module` may lock and slash.
    /// @param module The address to check.
    /// @return Whether it is an authorised module.
    function isModule(address module) external view returns (bool);

    /// @notice Whether `token` is accepted for deposits.
    /// @param token The token to check.
    /// @return Whether deposits are accepted.
    function isTokenAllowed(address token) external view returns (bool);

    /// @notice The live locks and tails of `staker` in `token`, one entry per lock slot (at most `MAX_LOCKS`).
    /// @param staker The staker.
    /// @param token The stake token.
    /// @return locks Each slot's module, amount, expiry and end of its slashing horizon.
    function locksOf(address staker, address token) external view returns (ModuleLock[] memory locks);

    /// @notice What `staker` has locked for `module` in `token` now, and what `module` could slash now.
    /// @param staker The staker.
    /// @param token The stake token.
    /// @param module The module.
    /// @return locked Live locks of `module`.
    /// @return slashable `locked` plus the tails of `module` (an upper bound of what `slash` takes).
    function lockedFor(address staker, address token, address module)
        external
        view
        returns (uint256 locked, uint256 slashable);

    /// @notice Whether set-up is over (after the first deposit owner powers need a timelock).
    /// @return Whether set-up is closed.
    function setupClosed() external view returns (bool);

    /// @notice Blocks between a withdrawal request and its payout.
    /// @return The delay, in blocks.
    function withdrawalDelay() external view returns (uint64);
}

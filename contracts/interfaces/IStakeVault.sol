// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title IStakeVault
/// @notice Holds every participant's stake per ERC-20 token, split into free, locked and pending withdrawal.
/// Authorised modules (slot auctions, block markets) take time-bounded locks that expire on their own
/// (block number), and slash stake (locked first, then pending, then free).
interface IStakeVault {
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

    event Deposited(address indexed staker, address indexed token, uint256 amount);
    event WithdrawalRequested(address indexed staker, address indexed token, uint256 amount, uint64 withdrawableAt);
    event Withdrawn(address indexed staker, address indexed token, uint256 amount);
    event Locked(address indexed staker, address indexed token, address indexed module, uint256 amount, uint64 until);
    event Slashed(
        address indexed staker,
        address indexed token,
        address indexed module,
        uint256 amount,
        address recipient,
        uint8 reason
    );
    event ModuleAuthorised(address indexed module, bool authorised);
    event TokenAllowed(address indexed token, bool allowed);
    event WithdrawalDelaySet(uint64 delayBlocks);
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

    /// @notice Deposits `amount` of `token` as free stake of the caller.
    function deposit(address token, uint256 amount) external;

    /// @notice Moves `amount` of the caller's free stake to pending withdrawal; restarts the delay.
    function requestWithdrawal(address token, uint256 amount) external;

    /// @notice Pays out the caller's whole pending withdrawal once the delay has passed.
    /// @return amount What was paid.
    function withdraw(address token) external returns (uint256 amount);

    /// @notice Locks `amount` of `staker`'s free stake until block `until` (exclusive). Modules only.
    function lock(address staker, address token, uint256 amount, uint64 until) external;

    /// @notice Slashes up to `amount` of `staker`'s stake: locked, then pending, then free.
    /// Sends it to `recipient`, or burns it when `recipient` is the zero address. Modules only.
    /// @return slashed What was actually taken (less than `amount` when the stake is smaller).
    function slash(address staker, address token, uint256 amount, address recipient, uint8 reason)
        external
        returns (uint256 slashed);

    /// @notice Authorises or revokes a module (lock and slash rights). Owner or authoriser only.
    function setModule(address module, bool authorised) external;

    /// @notice Allows or disallows a stake token for new deposits. Owner or authoriser only.
    function setTokenAllowed(address token, bool allowed) external;

    /// @notice Sets who, besides the owner, may call `setModule` and `setTokenAllowed` (the RollupRegistry);
    /// the zero address removes it. Owner only.
    function setAuthoriser(address authoriser_) external;

    /// @notice Sets the withdrawal delay in blocks, within the vault's hard minimum and maximum. Owner only.
    /// Applies to requests made from now on; pending requests keep their `withdrawableAt`.
    function setWithdrawalDelay(uint64 delayBlocks) external;

    /// @notice Who, besides the owner, may authorise modules and tokens (zero when nobody).
    function authoriser() external view returns (address);

    /// @notice The stake of `staker` in `token`, with expired locks counted as free.
    function balanceOf(address staker, address token) external view returns (Balance memory);

    /// @notice Free stake of `staker` in `token` (what a module can lock now).
    function freeOf(address staker, address token) external view returns (uint256);

    /// @notice Whether `module` may lock and slash.
    function isModule(address module) external view returns (bool);

    /// @notice Whether `token` is accepted for deposits.
    function isTokenAllowed(address token) external view returns (bool);

    /// @notice Blocks between a withdrawal request and its payout.
    function withdrawalDelay() external view returns (uint64);
}

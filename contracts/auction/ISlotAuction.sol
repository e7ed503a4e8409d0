// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IRollupModule} from "../interfaces/IRollupModule.sol";
import {ISlotAuctionTypes} from "./ISlotAuctionTypes.sol";

/// @title ISlotAuction
/// @notice The Milkomeda sequencer election (MECHANISM.md §3): per-epoch stake bids, a seeded allocation of exactly
/// `slotsPerEpoch` slots in proportion to stake, one batch per slot by its sequencer, a second-price settlement lock
/// and per-slot rewards paid from a funded pool.
///
/// Timeline of epoch `k` (L1 block numbers, `D = slotsPerEpoch · slotLength`):
/// - bidding `[genesis + k·D, +bidWindow)`;
/// - seal `[bidEnd + 1, bidEnd + sealWindow)` (the prevrandao of block `bidEnd` is known before it);
/// - slots `[genesis + bidWindow + sealWindow + k·D, +D)`, slot `t` = `[slotStart + t·slotLength, +slotLength)`;
/// - settlement `[slotEnd, +settlementWindow)`; settlement locks last until `slotEnd + settlementWindow +
///   settlementLock`.
/// `bidWindow + sealWindow <= D`, so bidding for `k+1` overlaps the slots of `k` and at most one epoch is open for
/// bids at any block.
interface ISlotAuction is IRollupModule, ISlotAuctionTypes {
    /// @notice Bids `amount` of `token` (free stake in the vault) for `epoch`; locked until the epoch's seal ends.
    /// @return entry Index of the new bid entry.
    /// @param epoch Epoch number.
    /// @param token Stake token (one of `stakeTokens()`).
    /// @param amount Amount in token units.
    function bid(uint64 epoch, address token, uint256 amount) external returns (uint256 entry);

    /// @notice Delegates: locks the caller's `amount` of `token` for `epoch` as a bid entry of `sequencer`, which
    /// must have opted in (`setDelegationOpen`). The entry counts towards the sequencer's total (one party for the
    /// second price). The caller earns the entry's rewards minus the sequencer's commission for that epoch, which
    /// must not exceed `maxCommissionBps`.
    /// @return entry Index of the new bid entry.
    /// @param epoch Epoch number.
    /// @param sequencer The sequencer whose slots the entry counts for.
    /// @param token Stake token (one of `stakeTokens()`).
    /// @param amount Amount in token units.
    /// @param maxCommissionBps Highest commission the delegator accepts (basis points).
    function bidFor(uint64 epoch, address sequencer, address token, uint256 amount, uint16 maxCommissionBps)
        external
        returns (uint256 entry);
    /// @notice Opens (or closes) the caller to delegation: only a sequencer that opted in can be delegated to.
    /// @param open Whether `bidFor` may name the caller.
    function setDelegationOpen(bool open) external;

    /// @notice Sets the caller's commission on delegated entries, effective from the first epoch whose bidding has
    /// not opened yet. At most 10,000 basis points.
    /// @param bps Commission in basis points (at most 10,000).
    function setCommission(uint16 bps) external;

    /// @notice Seals `epoch` during its seal window: draws the seed, or switches the epoch to open mode when it has
    /// fewer distinct sequencers than the minimum.
    /// @param epoch Epoch number.
    function seal(uint64 epoch) external;

    /// @notice Publishes a batch in slot `slot` of `epoch`, within that slot's blocks; one batch per slot.
    /// @param entryHint The entry owning the slot (ignored in open mode); checked in O(1).
    /// @param epoch Epoch number.
    /// @param slot Slot index in the epoch (0-based, below slotsPerEpoch).
    /// @param batchHash Hash of the batch (kept in the BatchPublished event).
    function publishBatch(uint64 epoch, uint256 slot, uint256 entryHint, bytes32 batchHash) external;

    /// @notice Settles entry `entry` of `epoch` during the settlement window: locks the settlement stake
    /// `S' = min(bid, slots · P_i / e)` (`P_i`: the highest total bid of another sequencer, at least the reserve) until `settlementLockUntil` and credits `rewardPerSlot` per published slot.
    /// Callable by the entry's sequencer.
    /// @param epoch Epoch number.
    /// @param entry Bid entry index in the epoch (0-based, in bid order).
    function settle(uint64 epoch, uint256 entry) external;

    /// @notice Adds `amount` of the reward token to the reward pool (pulled from the caller).
    /// @param amount Amount in token units.
    function fundRewards(uint256 amount) external;

    /// @notice Pays the caller's credited rewards.
    /// @return amount What was paid.
    function claim() external returns (uint256 amount);

    /// @notice Updates reward per slot and reserve, effective from the first epoch whose bidding has not opened.
    /// Rollup owner only; `rewardPerSlot <= maxRewardPerSlot`, `minBid < 2^24`.
    /// @param rewardPerSlot New reward per published and settled slot.
    /// @param minBid New reserve price in stake units.
    function updateEconomics(uint128 rewardPerSlot, uint32 minBid) external;

    /// @notice Adds or removes `account` from the allowlist. Rollup owner only.
    /// @param account The account.
    /// @param allowed Whether the account may bid (and be delegated to).
    function setAllowlisted(address account, bool allowed) external;

    /// @notice The sequencer of slot `slot` of `epoch`: zero in open mode; reverts when not sealed yet.
    /// @param epoch Epoch number.
    /// @param slot Slot index in the epoch (0-based, below slotsPerEpoch).
    function sequencerOf(uint64 epoch, uint256 slot) external view returns (address);
}

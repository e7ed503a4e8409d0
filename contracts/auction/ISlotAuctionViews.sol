// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IRollupModule} from "../interfaces/IRollupModule.sol";
import {ISlotAuction} from "./ISlotAuction.sol";
import {ISlotAuctionTypes} from "./ISlotAuctionTypes.sol";

/// @title ISlotAuctionViews
/// @notice Read-side of the slot auction (what operators, sequencers and the Java client read). A SlotAuction
/// answers these through its fallback, which delegates to the SlotAuctionViews extension (kept apart so the
/// auction stays under the contract size limit). `ISlotAuctionFull` is the complete ABI of a deployed auction.
interface ISlotAuctionViews is ISlotAuctionTypes {
    /// @notice The entry owning slot `slot` of a sealed, elected `epoch`.
    function entryOfSlot(uint64 epoch, uint256 slot) external view returns (uint256);

    /// @notice Items (slot count) of `entry` in a sealed, elected epoch: `count` items from `firstItem`.
    function slotsOf(uint64 epoch, uint256 entry) external view returns (uint256 firstItem, uint256 count);

    /// @notice The slot holding item `item` of a sealed, elected epoch (inverse permutation).
    function slotOfItem(uint64 epoch, uint256 item) external view returns (uint256);

    /// @notice Settlement stake of `entry`: in units and in token units.
    function settlementStakeOf(uint64 epoch, uint256 entry) external view returns (uint256 units, uint256 amount);

    /// @notice Entry `entry` of `epoch`, with its stake interval `[start, end)` in units.
    function entryOf(uint64 epoch, uint256 entry) external view returns (ISlotAuctionTypes.Entry memory en, uint256 start, uint256 end);

    /// @notice Status of `epoch` at the current block.
    function epochStatusOf(uint64 epoch) external view returns (ISlotAuctionTypes.EpochStatus);

    /// @notice Governance address (may pause and evict).
    function governance() external view returns (address);

    /// @notice The rollup owner (bounded parameter updates, allowlist).
    function rollupOwner() external view returns (address);

    /// @notice Status, totals, top two bids, accounting and timeline of `epoch`.
    function epochInfo(uint64 epoch) external view returns (ISlotAuctionTypes.EpochInfo memory);

    /// @notice Published-slot bitmap of `epoch`, word `word` (slot `t` is bit `t % 256` of word `t / 256`).
    function publishedBitmap(uint64 epoch, uint256 word) external view returns (uint256);

    /// @notice The epoch whose bidding window contains `blockNumber`, and whether that window is open there.
    function epochAt(uint64 blockNumber) external view returns (uint64 epoch, bool biddingOpen);

    /// @notice Commission of `sequencer` for `epoch` (as it applies to entries bid now).
    function commissionOf(address sequencer, uint64 epoch) external view returns (uint16);

    /// @notice Credited, unclaimed rewards of `account`.
    function claimable(address account) external view returns (uint256);

    /// @notice Reward pool: not yet credited, and total ever funded. Credited but unclaimed rewards are the
    /// auction's reward-token balance minus `unallocated`; claims are in `RewardClaimed` events.
    function rewardPool() external view returns (uint256 unallocated, uint256 funded);

    /// @notice The mechanism parameters as initialised (economics: see `economicsFor`).
    function params() external view returns (ISlotAuctionTypes.Params memory);

    /// @notice Reward per slot and reserve that apply to `epoch` (the snapshot once the epoch has bids).
    function economicsFor(uint64 epoch) external view returns (uint128 rewardPerSlot, uint32 minBid);

    /// @notice Accepted stake tokens with minimum stake and weight.
    function stakeTokens() external view returns (IRollupModule.StakeToken[] memory);

    /// @notice Whether `account` is allowlisted.
    function isAllowlisted(address account) external view returns (bool);

    /// @notice The vault holding stake.
    function vault() external view returns (address);
}

/// @title ISlotAuctionFull
/// @notice The complete interface of a deployed slot auction: writes, module functions and views.
interface ISlotAuctionFull is ISlotAuction, ISlotAuctionViews {}

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
    /// @notice Interval `[start, end)` of `entry` on the stake line of `epoch` (bid order when uncapped; in a capped
    /// epoch the place line: places in place order, each place's entries in bid order, final once elected).
    /// Reverts `SlotAuctionEntryNotHeld` for a capped entry number not held (a displaced sequencer's).
    function entryBoundsOf(uint64 epoch, uint256 entry) external view returns (uint256 start, uint256 end);

    /// @notice Sequencer of slot `slot` of an elected epoch capped by stake (what `sequencerOf` answers there):
    /// the holder of the place owning the slot's position, from the epoch word and the place's first entry.
    function placeHolderOf(uint64 epoch, uint256 slot) external view returns (address);

    /// @notice The place arithmetic of a capped bid (pure, `O(cap)`): a placed sequencer's units join its place (at
    /// most `quota` entries, else `SlotAuctionPlaceEntriesFull`); a newcomer takes the first free place, or the
    /// place of the smallest total when its units exceed it (else `SlotAuctionBidBelowCut`), restarting the place's
    /// entry count. With a cap of 1 the displaced total is kept in lane 1 (the second price).
    /// @return extra The epoch word's new `extra`.
    /// @return place The bid's place.
    /// @return index The entry's index inside the place.
    /// @return displaced The displaced sequencer's total (0 when none was displaced).
    function placeBid(ISlotAuctionTypes.PlaceBid calldata bid_)
        external
        pure
        returns (uint256 extra, uint256 place, uint256 index, uint256 displaced);

    /// @notice What the seal of a capped `epoch` stores, computed in `O(cap)` from its places while bids are open:
    /// the highest place total, the highest total of another sequencer (a displaced one's with a cap of 1), the
    /// places held, the top place's first entry, and the epoch word's `extra` (place line and entry counts).
    function placeLineOf(uint64 epoch)
        external
        view
        returns (uint256 top1, uint256 top2, uint256 distinct, uint256 topEntry, uint256 extra);

    /// @notice The bid entries of `epoch` that hold slots if elected: every entry when uncapped; capped by stake
    /// (MECHANISM §3.4a), the entries of the places held, from the epoch word's per-place counts (a displaced
    /// sequencer's entries are not counted), whereas `epochInfo(epoch).entries` is there the bound of the entry
    /// numbers (`cap · quota`). (Its name keeps the extension's selector dispatch of `placeBid`, `placeLineOf` and
    /// `placeHolderOf`, which the auction's bid, seal and lookup call, as short as before.)
    function heldEntriesIn(uint64 epoch) external view returns (uint256);

    /// @notice The entry owning slot `slot` of a sealed, elected `epoch`.
    /// @param epoch Epoch number.
    /// @param slot Slot index in the epoch (0-based, below slotsPerEpoch).
    function entryOfSlot(uint64 epoch, uint256 slot) external view returns (uint256);

    /// @notice Items (slot count) of `entry` in a sealed, elected epoch: `count` items from `firstItem`.
    /// @param epoch Epoch number.
    /// @param entry Bid entry index in the epoch (0-based, in bid order).
    /// @return firstItem First item of the entry.
    /// @return count Number of items (slots) of the entry.
    function slotsOf(uint64 epoch, uint256 entry) external view returns (uint256 firstItem, uint256 count);

    /// @notice The slot holding item `item` of a sealed, elected epoch (inverse permutation).
    /// @param epoch Epoch number.
    /// @param item Item index (0-based, below slotsPerEpoch).
    function slotOfItem(uint64 epoch, uint256 item) external view returns (uint256);

    /// @notice Settlement stake of `entry`: in units and in token units.
    /// @param epoch Epoch number.
    /// @param entry Bid entry index in the epoch (0-based, in bid order).
    /// @return units Settlement stake in stake units.
    /// @return amount Settlement stake in token units (what `settle` locks).
    function settlementStakeOf(uint64 epoch, uint256 entry) external view returns (uint256 units, uint256 amount);

    /// @notice Entry `entry` of `epoch`, with its stake interval `[start, end)` in units.
    /// @param epoch Epoch number.
    /// @param entry Bid entry index in the epoch (0-based, in bid order).
    /// @return en The entry, with published count and settled flag.
    /// @return start Start of the entry's stake interval (units).
    /// @return end End of the entry's stake interval (units).
    function entryOf(uint64 epoch, uint256 entry) external view returns (ISlotAuctionTypes.Entry memory en, uint256 start, uint256 end);

    /// @notice Status of `epoch` at the current block.
    /// @param epoch Epoch number.
    function epochStatusOf(uint64 epoch) external view returns (ISlotAuctionTypes.EpochStatus);

    /// @notice Governance address (may pause and evict).
    function governance() external view returns (address);

    /// @notice The rollup owner (bounded parameter updates, allowlist).
    function rollupOwner() external view returns (address);

    /// @notice Status, totals, top two bids, accounting and timeline of `epoch`.
    /// @param epoch Epoch number.
    function epochInfo(uint64 epoch) external view returns (ISlotAuctionTypes.EpochInfo memory);

    /// @notice Published-slot bitmap of `epoch`, word `word` (slot `t` is bit `t % 256` of word `t / 256`).
    /// @param epoch Epoch number.
    /// @param word Bitmap word index (0..3 for 1,024 slots).
    function publishedBitmap(uint64 epoch, uint256 word) external view returns (uint256);

    /// @notice The epoch whose bidding window contains `blockNumber`, and whether that window is open there.
    /// @param blockNumber An L1 block number.
    /// @return epoch The epoch.
    /// @return biddingOpen Whether that epoch's bidding window is open at `blockNumber`.
    function epochAt(uint64 blockNumber) external view returns (uint64 epoch, bool biddingOpen);

    /// @notice Commission of `sequencer` for `epoch` (as it applies to entries bid now).
    /// @param sequencer The sequencer whose slots the entry counts for.
    /// @param epoch Epoch number.
    function commissionOf(address sequencer, uint64 epoch) external view returns (uint16);

    /// @notice `P_i` of an elected epoch for `sequencer` (MECHANISM §3.4): the highest total bid (own plus delegated
    /// entries) of any other sequencer, never below the reserve `minBid`.
    /// @param epoch Epoch number (elected).
    /// @param sequencer The sequencer.
    function settlementPriceOf(uint64 epoch, address sequencer) external view returns (uint256);

    /// @notice Whether `sequencer` accepts delegated entries (`setDelegationOpen`).
    /// @param sequencer The sequencer.
    function delegationOpen(address sequencer) external view returns (bool);

    /// @notice Credited, unclaimed rewards of `account`.
    /// @param account The account.
    function claimable(address account) external view returns (uint256);

    /// @notice Reward pool: not yet credited, and total ever funded. Credited but unclaimed rewards are the
    /// auction's reward-token balance minus `unallocated`; claims are in `RewardClaimed` events.
    /// @return unallocated Funded rewards not yet credited.
    /// @return funded Total ever funded.
    function rewardPool() external view returns (uint256 unallocated, uint256 funded);

    /// @notice The mechanism parameters as initialised (economics: see `economicsFor`).
    function params() external view returns (ISlotAuctionTypes.Params memory);

    /// @notice Reward per slot and reserve that apply to `epoch` (the snapshot once the epoch has bids).
    /// @param epoch Epoch number.
    /// @return rewardPerSlot Reward per published and settled slot.
    /// @return minBid Reserve price in units.
    function economicsFor(uint64 epoch) external view returns (uint128 rewardPerSlot, uint32 minBid);

    /// @notice Accepted stake tokens with minimum stake and weight.
    function stakeTokens() external view returns (IRollupModule.StakeToken[] memory);

    /// @notice Whether `account` is allowlisted.
    /// @param account The account.
    function isAllowlisted(address account) external view returns (bool);

    /// @notice The vault holding stake.
    function vault() external view returns (address);
}

/// @title ISlotAuctionFull
/// @notice The complete interface of a deployed slot auction: writes, module functions and views.
interface ISlotAuctionFull is ISlotAuction, ISlotAuctionViews {}

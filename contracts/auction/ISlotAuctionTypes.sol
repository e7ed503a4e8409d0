// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title ISlotAuctionTypes
/// @notice Structs, events and custom errors of the slot auction, shared by its write interface (ISlotAuction), its
/// read interface (ISlotAuctionViews) and the contracts implementing them.
interface ISlotAuctionTypes {
    /// @notice Mechanism parameters, passed ABI-encoded to `initialize`.
    /// @param genesisBlock First block of epoch 0's bidding window.
    /// @param slotsPerEpoch `e`, 1..MAX_SLOTS_PER_EPOCH (1,024).
    /// @param slotLength L1 blocks per slot (>= 1).
    /// @param bidWindow Blocks of bidding per epoch (>= 1).
    /// @param sealWindow Blocks after bidding before the first slot (>= 2); sealing runs from `bidEnd + 1`.
    /// @param settlementWindow Blocks after the epoch's last slot in which its sequencers settle (>= 1).
    /// @param settlementLock Blocks the settlement stake stays locked after the settlement window.
    /// @param stakeUnit Weighted stake per allocation unit (>= 1); an epoch holds at most 2^24 - 1 units.
    /// @param maxEntries Bid entries per epoch, 1..MAX_ENTRIES_PER_EPOCH (59,999).
    /// @param rewardToken ERC-20 paid as rewards (funded with `fundRewards`).
    /// @param rewardPerSlot `r`, paid per published and settled slot (rollup owner may update, bounded).
    /// @param maxRewardPerSlot Upper bound on `rewardPerSlot` updates.
    /// @param minBid Reserve price in units: no sequencer's settlement price `P_i` is below it.
    /// @param allowlistEnabled Whether only allowlisted sequencers may bid or be delegated to.
    struct Params {
        uint64 genesisBlock;
        uint16 slotsPerEpoch;
        uint32 slotLength;
        uint32 bidWindow;
        uint32 sealWindow;
        uint32 settlementWindow;
        uint32 settlementLock;
        uint128 stakeUnit;
        uint32 maxEntries;
        address rewardToken;
        uint128 rewardPerSlot;
        uint128 maxRewardPerSlot;
        uint32 minBid;
        bool allowlistEnabled;
    }

    /// @notice One bid entry of an epoch.
    /// @param sequencer Who the entry's slots belong to.
    /// @param amount Stake amount in token units.
    /// @param tokenIndex Index of the stake token in `stakeTokens()`.
    /// @param delegator The delegator whose stake backs the entry (zero for a sequencer's own bid).
    /// @param commissionBps Sequencer's commission on a delegated entry (basis points, snapshotted at bid time).
    /// @param published Slots of this entry with a published batch.
    /// @param settled Whether the entry has settled.
    struct Entry {
        address sequencer;
        uint88 amount;
        uint8 tokenIndex;
        address delegator;
        uint16 commissionBps;
        uint16 published;
        bool settled;
    }

    /// @notice A bid in an epoch capped by stake, as the auction asks its views extension to place it (`placeBid`):
    /// the epoch word's `extra` (place totals and entry counts), the cap and per-place quota, the bidder's place
    /// (from its account) and whether it still holds it, and the bid's stake units.
    struct PlaceBid {
        uint64 epoch;
        address sequencer;
        uint256 extra;
        uint256 cap;
        uint256 quota;
        uint256 place;
        bool placed;
        uint256 units;
    }

    /// @notice Status of an epoch.
    enum EpochStatus {
        NotStarted,
        Bidding,
        AwaitingSeal,
        Elected,
        Open
    }

    /// @notice Everything an operator reads about an epoch.
    struct EpochInfo {
        EpochStatus status;
        uint96 seed;
        uint32 totalUnits;
        uint16 entries;
        uint16 distinctSequencers;
        uint32 topBid;
        uint32 secondBid;
        uint32 secondPrice;
        uint128 rewardPerSlot;
        uint16 settledEntries;
        uint16 rewardedSlots;
        uint64 bidStart;
        uint64 bidEnd;
        uint64 sealEnd;
        uint64 slotStart;
        uint64 slotEnd;
        uint64 settlementEnd;
        uint64 settlementLockUntil;
    }

    event BidPlaced(
        uint64 indexed epoch,
        uint256 indexed entry,
        address indexed sequencer,
        address staker,
        address token,
        uint256 amount,
        uint256 units,
        uint256 cumulativeEnd,
        uint16 commissionBps
    );
    /// @notice `displaced` lost its place `place` in `epoch` to `by`, whose first bid exceeded the smallest total
    /// held (`displacedTotal`, stake units) when every place was taken (MECHANISM §3.4a). The displaced entries hold
    /// no slot and pay nothing; their bid locks are released at once (`IStakeVault.Unlocked`, one per run of entries
    /// with the same staker and token).
    event SequencerDisplaced(
        uint64 indexed epoch, address indexed displaced, address indexed by, uint256 place, uint256 displacedTotal
    );
    event EpochSealed(uint64 indexed epoch, bytes32 draw, uint96 seed, uint256 entries, uint256 totalUnits, bool elected);
    event BatchPublished(
        uint64 indexed epoch, uint256 indexed slot, address indexed publisher, uint256 entry, bytes32 batchHash, bool openMode
    );
    event EntrySettled(
        uint64 indexed epoch,
        uint256 indexed entry,
        address indexed sequencer,
        uint256 slots,
        uint256 publishedSlots,
        uint256 settlementUnits,
        uint256 lockedAmount,
        uint64 lockedUntil,
        uint256 reward
    );
    event RewardCredited(address indexed account, uint64 indexed epoch, uint256 indexed entry, uint256 amount);
    event RewardsFunded(address indexed funder, uint256 amount, uint256 unallocated);
    event RewardClaimed(address indexed account, uint256 amount);
    event DelegationOpenSet(address indexed sequencer, bool open);
    event CommissionSet(address indexed sequencer, uint16 bps, uint64 effectiveFromEpoch);
    event EconomicsUpdated(uint128 rewardPerSlot, uint32 minBid, uint64 effectiveFromEpoch);
    event AllowlistUpdated(address indexed account, bool allowed);

    /// @notice A clone was initialised with its immutable configuration.
    event AuctionInitialised(uint64 indexed rollupId, address governance, address rollupOwner);

    error SlotAuctionNotAClone();
    error SlotAuctionAlreadyInitialised();
    error SlotAuctionCloneArgsMismatch();
    error SlotAuctionNotGovernance(address caller);
    error SlotAuctionNotRollupOwner(address caller);
    error SlotAuctionIsPaused();
    /// @notice An initialisation parameter is invalid. `field`: 0 views (constructor), 1 vault, 2 governance,
    /// 3 slotsPerEpoch, 4 slotLength, 5 bidWindow, 6 sealWindow, 16 bidWindow + sealWindow (must not exceed the epoch
    /// length), 7 settlementWindow, 8 stakeUnit, 9 maxEntries, 10 rewardToken, 11 rewardPerSlot, 12 minBid,
    /// 13 minSequencers, 14 maxSequencers (1..MAX_CAPPED_SEQUENCERS, capped by stake, or NO_SEQUENCER_CAP = 2^32 - 1,
    /// no cap: any other cap, 0 included, could only be enforced by arrival, which lets the first bidders capture
    /// the epoch; MECHANISM §3.4a), 15 token count. (Numeric codes keep the auction under the size limit.)
    error SlotAuctionInvalidParameter(uint256 field, uint256 value);
    error SlotAuctionInvalidToken(uint256 index, address token);
    error SlotAuctionTokenNotAccepted(address token);
    error SlotAuctionBidBeforeOpen(uint64 epoch, uint64 bidStart, uint64 current);
    error SlotAuctionBidAfterClose(uint64 epoch, uint64 bidEnd, uint64 current);
    error SlotAuctionBelowMinStake(address token, uint256 amount, uint256 minStake);
    error SlotAuctionAmountTooLarge(uint256 amount, uint256 max);
    error SlotAuctionZeroUnits(uint256 amount, uint256 weight, uint256 stakeUnit);
    error SlotAuctionTotalStakeOverflow(uint64 epoch, uint256 total, uint256 max);
    /// @notice A bid of `units` does not exceed `cut`. Capped epoch, every place taken: `cut` is the smallest total
    /// held (a larger bid is admitted and displaces it; a tie keeps the incumbent). No cap, `maxEntries` entries
    /// held: `cut` is the smallest entry (a larger bid still joins, up to the line's MAX_ENTRIES).
    error SlotAuctionBidBelowCut(uint64 epoch, uint256 units, uint256 cut);
    /// @notice Capped epoch: `sequencer`'s place already holds `quota` entries (own and delegated).
    error SlotAuctionPlaceEntriesFull(uint64 epoch, address sequencer, uint256 quota);
    /// @notice A view of epochs capped by stake asked of an auction without a cap (`maxSequencers` NO_SEQUENCER_CAP).
    error SlotAuctionNotCapped(uint64 epoch, uint256 maxSequencers);
    /// @notice Capped epoch: `entry` is not held (a displaced sequencer's entry, or a number never taken).
    error SlotAuctionEntryNotHeld(uint64 epoch, uint256 entry);
    error SlotAuctionEvicted(address account);
    error SlotAuctionNotAllowlisted(address account);
    error SlotAuctionSealOutsideWindow(uint64 epoch, uint64 sealStart, uint64 sealEnd, uint64 current);
    error SlotAuctionAlreadySealed(uint64 epoch);
    error SlotAuctionEpochNotSealed(uint64 epoch);
    error SlotAuctionNotElected(uint64 epoch);
    error SlotAuctionSlotOutOfRange(uint64 epoch, uint256 slot, uint256 slotsPerEpoch);
    error SlotAuctionPublishOutsideSlot(uint64 epoch, uint256 slot, uint64 slotStart, uint64 slotEnd, uint64 current);
    error SlotAuctionSlotAlreadyPublished(uint64 epoch, uint256 slot);
    error SlotAuctionEntryOutOfRange(uint64 epoch, uint256 entry, uint256 entries);
    error SlotAuctionWrongEntryHint(uint64 epoch, uint256 slot, uint256 entryHint);
    error SlotAuctionNotEntrySequencer(uint64 epoch, uint256 entry, address caller);
    error SlotAuctionSettleOutsideWindow(uint64 epoch, uint64 start, uint64 end, uint64 current);
    error SlotAuctionAlreadySettled(uint64 epoch, uint256 entry);
    error SlotAuctionEntryHasNoSlots(uint64 epoch, uint256 entry);
    error SlotAuctionNothingToClaim(address account);
    error SlotAuctionZeroAmount();
    error SlotAuctionCommissionTooHigh(uint16 bps, uint16 max);
    error SlotAuctionCommissionAboveMax(address sequencer, uint16 commissionBps, uint16 maxCommissionBps);
    error SlotAuctionDelegationClosed(address sequencer);
    error SlotAuctionParameterOutOfBounds(bytes32 name, uint256 value, uint256 bound);
}

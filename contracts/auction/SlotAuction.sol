// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IStakeVault} from "../interfaces/IStakeVault.sol";
import {IRollupModule} from "../interfaces/IRollupModule.sol";
import {ISlotAuction} from "./ISlotAuction.sol";
import {ISlotAuctionViews} from "./ISlotAuctionViews.sol";
import {ModuleArgs} from "../libraries/ModuleArgs.sol";
import {SlotAllocation} from "../libraries/SlotAllocation.sol";
import {SlotAuctionSeed} from "./SlotAuctionSeed.sol";
import {SequencerPlaces} from "./SequencerPlaces.sol";
import {SlotAuctionStorage} from "./SlotAuctionStorage.sol";

/// @dev The extension's pure check-and-pack of the clone arguments' tail (SlotAuctionViews.cloneArgsTail).
interface ISlotAuctionTail {
    function cloneArgsTail(IRollupModule.ModuleInit calldata init, bytes calldata params_)
        external
        pure
        returns (bytes memory tail);
}

/// @title SlotAuction
/// @notice Milkomeda sequencer election (MECHANISM.md §3), deployed per rollup as an EIP-1167 clone.
/// @dev Nothing loops over bidders: bids append to a packed stake line (SlotAllocation), sealing stores a seed,
/// slot owners are found by a multi-way search over the epoch word and at most 4 index words (view) or checked
/// from a hint (writes), top two bids are tracked as bids arrive.
///
/// Seed and its residual bias. The seed is `keccak256(prevrandao, epoch, address(this))` of the sealing block, so
/// it is unknown while bids are open. Two parties can still bias it: the sealer chooses the block inside the seal
/// window (up to `sealWindow` candidate seeds), and an L1 proposer can withhold its block (one extra candidate per
/// withheld block). Because every entry receives the floor or the ceiling of its share, choosing among `w` seeds
/// gains an entry at most one slot in an epoch: the chance of the ceiling rises from the fractional part `f` to
/// `1 - (1 - f)^w`; the slot order can also be picked among `w` candidates. `test_sealerBiasIsAtMostOneSlot`
/// measures this. A seed that hashes to zero is stored as 1 (zero marks "no schedule"), and every seed mixes in the
/// epoch and the contract, so a repeated or zero `prevrandao` never reuses another epoch's schedule.
contract SlotAuction is SlotAuctionStorage, ISlotAuction, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SlotAllocation for SlotAllocation.Line;

    modifier onlyGovernance() {
        if (msg.sender != _config().governance) revert SlotAuctionNotGovernance(msg.sender);
        _;
    }

    modifier onlyRollupOwner() {
        if (msg.sender != _rollupOwnerOf(_config())) revert SlotAuctionNotRollupOwner(msg.sender);
        _;
    }

    /// @dev The read extension this implementation (and every clone of it) delegates views to.
    address private immutable _VIEWS;

    /// @param views The SlotAuctionViews extension.
    constructor(address views) {
        if (views.code.length == 0) revert SlotAuctionInvalidParameter(0, uint160(views));
        _VIEWS = views;
    }

    // ------------------------------------------------------------------ initialisation and governance

    /// @inheritdoc IRollupModule
    /// @dev Validated and packed by the SlotAuctionViews extension (its `cloneArgsTail`, pure), which keeps this
    /// contract under the code size limit: the call data goes there unchanged by a static call.
    function cloneArgsTail(ModuleInit calldata, bytes calldata) external view returns (bytes memory) {
        address views = _VIEWS;
        // Forwards the call data unchanged and returns or reverts with the extension's return data; uses memory
        // from 0 only, as this frame never returns to Solidity code.
        assembly {
            calldatacopy(0, 0, calldatasize())
            let ok := staticcall(gas(), views, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            if iszero(ok) { revert(0, returndatasize()) }
            return(0, returndatasize())
        }
    }

    /// @inheritdoc IRollupModule
    /// @dev Checks the clone's immutable arguments are exactly those `init` and `params_` describe, so a clone made
    /// by hand cannot run with a configuration other than the one validated here; then writes one storage word.
    function initialize(ModuleInit calldata init, bytes calldata params_) external {
        Economics storage ec = _economics;
        if (ec.initialised) revert SlotAuctionAlreadyInitialised();
        Config memory c = _config();
        if (_expectedArgsHash(init) != keccak256(c.args)) revert SlotAuctionCloneArgsMismatch();
        // `Params` is all static fields, validated above: rewardPerSlot is word 10, minBid word 12.
        ec.prevReward = uint128(uint256(bytes32(params_[320:352])));
        ec.prevMinBid = uint32(uint256(bytes32(params_[384:416])));
        ec.nextFrom = type(uint64).max;
        ec.initialised = true;
        emit AuctionInitialised(init.rollupId, init.governance, init.rollupOwner);
    }

    /// @dev keccak256 of the clone arguments `initialize`'s `init` and parameters describe: the header and tokens, then
    /// the tail the views extension validates and packs. `initialize(init, params_)` and `cloneArgsTail(init,
    /// params_)` take the same arguments, so the extension is called with this call's data under the other selector
    /// (no re-encoding of `init`, which would not fit the code size limit); a revert is bubbled unchanged.
    function _expectedArgsHash(ModuleInit calldata init) private view returns (bytes32 hash) {
        bytes memory head = ModuleArgs.head(init);
        address views = _VIEWS;
        bytes4 selector = ISlotAuctionTail.cloneArgsTail.selector;
        // Built in free memory after `head`, which is not advanced (nothing is allocated meanwhile): the call data
        // first, then the head and the answer's bytes (ABI `bytes`: offset, length, data) next to each other.
        assembly ("memory-safe") {
            let m := mload(0x40)
            calldatacopy(m, 0, calldatasize())
            mstore(m, or(shr(32, shl(32, mload(m))), selector))
            if iszero(staticcall(gas(), views, m, calldatasize(), 0, 0)) {
                returndatacopy(m, 0, returndatasize())
                revert(m, returndatasize())
            }
            returndatacopy(m, 0x20, 0x20)
            let tailLength := mload(m)
            let headLength := mload(head)
            mcopy(m, add(head, 0x20), headLength)
            returndatacopy(add(m, headLength), 0x40, tailLength)
            hash := keccak256(m, add(headLength, tailLength))
        }
    }

    /// @inheritdoc IRollupModule
    function setPaused(bool paused_) external onlyGovernance {
        _pool.paused = paused_;
        if (paused_) emit ModulePaused(msg.sender);
        else emit ModuleUnpaused(msg.sender);
    }

    /// @inheritdoc IRollupModule
    function setEvicted(address participant, bool evicted) external onlyGovernance {
        _accounts[participant].evicted = evicted;
        if (evicted) emit ParticipantEvicted(participant, msg.sender);
        else emit ParticipantReinstated(participant, msg.sender);
    }

    /// @inheritdoc IRollupModule
    function setRollupOwner(address newOwner) external onlyGovernance {
        if (newOwner == address(0)) revert SlotAuctionInvalidParameter(2, 0);
        address previous = _rollupOwnerOf(_config());
        _rollupOwnerOverride = newOwner;
        emit RollupOwnerChanged(previous, newOwner);
    }

    /// @inheritdoc ISlotAuction
    function setAllowlisted(address account, bool allowed) external onlyRollupOwner {
        _accounts[account].allowlisted = allowed;
        emit AllowlistUpdated(account, allowed);
    }

    /// @inheritdoc ISlotAuction
    function updateEconomics(uint128 rewardPerSlot, uint32 minBid) external onlyRollupOwner {
        Config memory c = _config();
        uint128 maxReward = c.maxRewardPerSlot;
        if (rewardPerSlot > maxReward) revert SlotAuctionParameterOutOfBounds("rewardPerSlot", rewardPerSlot, maxReward);
        if (minBid > SlotAllocation.MAX_TOTAL) {
            revert SlotAuctionParameterOutOfBounds("minBid", minBid, SlotAllocation.MAX_TOTAL);
        }
        uint64 from = _firstUnopenedEpoch(c);
        Economics memory ec = _economics;
        // The pending values already apply to an opened epoch: they become the previous values (at most one
        // epoch is open for bids at a time, so two checkpoints suffice for every epoch that can still take bids).
        if (ec.nextFrom < from) {
            ec.prevReward = ec.nextReward;
            ec.prevMinBid = ec.nextMinBid;
        }
        ec.nextReward = rewardPerSlot;
        ec.nextMinBid = minBid;
        ec.nextFrom = from;
        _economics = ec;
        emit EconomicsUpdated(rewardPerSlot, minBid, from);
    }

    /// @inheritdoc ISlotAuction
    function setCommission(uint16 bps) external {
        if (bps > BPS) revert SlotAuctionCommissionTooHigh(bps, BPS);
        uint64 from = _firstUnopenedEpoch(_config());
        Account storage acc = _accounts[msg.sender];
        // Same two-checkpoint scheme as `updateEconomics`.
        if (acc.nextFrom < from) acc.prevBps = acc.nextBps;
        acc.nextBps = bps;
        acc.nextFrom = from;
        emit CommissionSet(msg.sender, bps, from);
    }

    // ------------------------------------------------------------------ bidding and sealing

    /// @inheritdoc ISlotAuction
    function bid(uint64 epoch, address token, uint256 amount) external nonReentrant returns (uint256) {
        return _bid(epoch, msg.sender, address(0), token, amount);
    }

    /// @inheritdoc ISlotAuction
    function bidFor(uint64 epoch, address sequencer, address token, uint256 amount, uint16 maxCommissionBps)
        external
        nonReentrant
        returns (uint256 entry)
    {
        if (_accounts[msg.sender].evicted) revert SlotAuctionEvicted(msg.sender);
        entry = _bid(epoch, sequencer, msg.sender, token, amount);
        // The commission snapshotted for the entry (checked after `_bid`, which reverts as a whole when it is too
        // high): a sequencer raising it before bidding opened cannot take more than the delegator agreed to.
        uint16 commission = _entries[epoch][entry].commissionBps;
        if (commission > maxCommissionBps) {
            revert SlotAuctionCommissionAboveMax(sequencer, commission, maxCommissionBps);
        }
    }

    /// @inheritdoc ISlotAuction
    function setDelegationOpen(bool open) external {
        _accounts[msg.sender].delegationOpen = open;
        emit DelegationOpenSet(msg.sender, open);
    }

    /// @inheritdoc ISlotAuction
    function seal(uint64 epoch) external {
        Config memory tl = _config();
        if (_pool.paused) revert SlotAuctionIsPaused();
        // The prevrandao of block bidEnd is fixed before that block (its proposer knows it while bids are still
        // accepted at bidEnd - 1), so the first block that may seal is bidEnd + 1; slots start at bidEnd + sealWindow.
        uint64 sealEnd = _bidEnd(tl, epoch) + tl.sealWindow;
        uint64 sealStart = _bidEnd(tl, epoch) + 1;
        if (block.number < sealStart || block.number >= sealEnd) {
            revert SlotAuctionSealOutsideWindow(epoch, sealStart, sealEnd, uint64(block.number));
        }
        EpochBook memory book = _books[epoch];
        if (book.sealState != 0) revert SlotAuctionAlreadySealed(epoch);
        EpochState memory es = _epochs[epoch];
        BidStats memory stats;
        uint256 placeLine;
        bool capped = tl.maxSequencers <= MAX_CAPPED_SEQUENCERS;
        if (capped) {
            // Capped by stake: the statistics and the place line come from the places, in O(cap), computed by the
            // views extension (code size).
            uint256 top1;
            uint256 top2;
            uint256 distinct;
            uint256 topEntry;
            (top1, top2, distinct, topEntry, placeLine) = _viewCall(ISlotAuctionViews.placeLineOf.selector, epoch, 0);
            // Totals below 2^24, at most 4 places, entry numbers below 1,020 (checked by the extension's types).
            stats = BidStats(uint24(top1), uint24(top2), uint16(distinct), uint16(topEntry));
        } else {
            stats = _uncappedStats(es.extra);
        }
        bytes32 draw = keccak256(abi.encode(block.prevrandao, epoch, address(this)));
        if (es.count == 0 || stats.distinct < tl.minSequencers) {
            _books[epoch].sealState = _SEALED_OPEN;
            emit EpochSealed(epoch, draw, 0, es.count, es.total, false);
            return;
        }
        uint64 seed = SlotAuctionSeed.fromDraw(draw);
        // The bid statistics move to the book; the epoch word takes the seed and the line's level-4 index values
        // (one read here, flat in the number of entries), which `sequencerOf` then never reads from storage.
        book.sealState = _SEALED_ELECTED;
        book.top1 = stats.top1;
        book.top2 = stats.top2;
        book.topEntry = stats.topEntry;
        book.distinct = stats.distinct;
        _storeBook(epoch, book);
        es.seed = seed;
        es.extra = uint128(capped ? placeLine : _lines[epoch].topValues());
        _storeEpoch(epoch, es);
        emit EpochSealed(epoch, draw, seed, es.count, es.total, true);
    }

    // ------------------------------------------------------------------ publication and settlement

    /// @inheritdoc ISlotAuction
    function publishBatch(uint64 epoch, uint256 slot, uint256 entryHint, bytes32 batchHash) external {
        Config memory tl = _config();
        if (_pool.paused) revert SlotAuctionIsPaused();
        if (slot >= tl.e) revert SlotAuctionSlotOutOfRange(epoch, slot, tl.e);
        uint64 start = _slotStart(tl, epoch) + uint64(slot) * tl.slotLength;
        uint64 end = start + tl.slotLength;
        if (block.number < start || block.number >= end) {
            revert SlotAuctionPublishOutsideSlot(epoch, slot, start, end, uint64(block.number));
        }
        if (_accounts[msg.sender].evicted) revert SlotAuctionEvicted(msg.sender);
        uint256 bit = uint256(1) << (slot & 255);
        uint256 word = _published[epoch][slot >> 8];
        if (word & bit != 0) revert SlotAuctionSlotAlreadyPublished(epoch, slot);
        _published[epoch][slot >> 8] = word | bit;
        EpochState memory es = _epochs[epoch];
        // A slot runs after its epoch's seal window: no seed by then means open mode (too few bidders or no seal).
        bool open = es.seed == 0;
        if (!open) {
            _checkOwner(tl.maxSequencers, epoch, es, slot, entryHint, msg.sender);
            // Published count of the entry: lane `entry % 16` of a shared word (count below bit 15; <= 1,024).
            _entryMarks[epoch][entryHint >> 4] += uint256(1) << ((entryHint & 15) << 4);
        }
        emit BatchPublished(epoch, slot, msg.sender, open ? type(uint256).max : entryHint, batchHash, open);
    }

    /// @inheritdoc ISlotAuction
    /// @dev `nonReentrantView`: refused inside a guarded call (a reward token's transfer cannot reach it), without
    /// taking the guard itself (two transient writes less): it moves no tokens, and its one external call, the lock
    /// on the rollup's own vault, comes after the entry is marked settled and its reward taken from the pool, so a
    /// call back into `settle` finds the entry settled; the credit after the call only adds to owed balances, paid
    /// by the guarded `claim`.
    function settle(uint64 epoch, uint256 entry) external nonReentrantView {
        Config memory tl = _config();
        if (_pool.paused) revert SlotAuctionIsPaused();
        uint64 start = _slotStart(tl, epoch) + uint64(tl.e) * tl.slotLength;
        uint64 end = start + tl.settlementWindow;
        if (block.number < start || block.number >= end) {
            revert SlotAuctionSettleOutsideWindow(epoch, start, end, uint64(block.number));
        }
        EpochState memory es = _elected(epoch);
        if (entry >= es.count) revert SlotAuctionEntryOutOfRange(epoch, entry, es.count);
        (Entry memory em, uint256 marks) = _loadEntryAndMarks(epoch, entry);
        if (em.sequencer != msg.sender) revert SlotAuctionNotEntrySequencer(epoch, entry, msg.sender);
        if (em.settled) revert SlotAuctionAlreadySettled(epoch, entry);
        EpochBook memory book = _books[epoch];
        Settlement memory st = _settlement(tl, epoch, es, book, em, entry);
        if (st.slots == 0) revert SlotAuctionEntryHasNoSlots(epoch, entry);
        uint256 settledBit = _SETTLED_BIT << ((entry & 15) << 4);
        // The entry's marks word (`_entryMarks[epoch][entry >> 4]`, slot from `_loadEntryAndMarks`): its settled bit.
        assembly ("memory-safe") {
            sstore(marks, or(sload(marks), settledBit))
        }
        uint256 reward = _recordSettlement(epoch, book, em.published);
        uint64 until = end + tl.settlementLock;
        if (st.amount != 0) {
            _vault(
                tl.vault,
                IStakeVault.lock.selector,
                em.delegator == address(0) ? em.sequencer : em.delegator,
                st.token,
                st.amount,
                until
            );
        }
        emit EntrySettled(epoch, entry, em.sequencer, st.slots, em.published, st.units, st.amount, until, reward);
        if (reward != 0) _distribute(epoch, entry, em, reward);
    }

    // ------------------------------------------------------------------ rewards

    /// @inheritdoc ISlotAuction
    function fundRewards(uint256 amount) external nonReentrant {
        if (amount == 0) revert SlotAuctionZeroAmount();
        IERC20 token = IERC20(_config().rewardToken);
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), amount);
        // Credit what arrived, so a fee-charging reward token cannot make the pool promise more than it holds.
        uint256 received = token.balanceOf(address(this)) - before;
        uint256 unallocated = _pool.unallocated + received;
        if (unallocated > type(uint248).max) revert SlotAuctionAmountTooLarge(unallocated, type(uint248).max);
        _pool.unallocated = uint248(unallocated);
        _funded += received;
        emit RewardsFunded(msg.sender, received, unallocated);
    }

    /// @inheritdoc ISlotAuction
    function claim() external nonReentrant returns (uint256 amount) {
        amount = _owedOf(msg.sender);
        if (amount == 0) revert SlotAuctionNothingToClaim(msg.sender);
        _owed[msg.sender] = _OWED_SENTINEL;
        emit RewardClaimed(msg.sender, amount);
        IERC20(_config().rewardToken).safeTransfer(msg.sender, amount);
    }

    // ------------------------------------------------------------------ views (the rest: SlotAuctionViews)

    /// @inheritdoc ISlotAuction
    /// @dev The hot read path of every sequencer and indexer: the same computation as `_entryOfSlot` (which the other
    /// views and the tests use), straight from the epoch's storage word instead of a decoded copy in memory.
    function sequencerOf(uint64 epoch, uint256 slot) external view returns (address) {
        uint256 word;
        // The epoch's packed `EpochState` word: keccak256(epoch ‖ _epochs.slot), in the scratch space.
        assembly ("memory-safe") {
            mstore(0x00, epoch)
            mstore(0x20, _epochs.slot)
            word := sload(keccak256(0x00, 0x40))
        }
        if (uint64(word) == 0) {
            if (_statusOf(epoch) == EpochStatus.Open) return address(0);
            revert SlotAuctionEpochNotSealed(epoch);
        }
        uint256 e = uint16(word >> 112);
        if (slot >= e) revert SlotAuctionSlotOutOfRange(epoch, slot, e);
        uint256 cap;
        // `nb_sequencers.max` from the clone's immutable arguments (ModuleArgs header: bytes 4-7 after the 0x2d
        // bytes of the EIP-1167 code), one word copied into the scratch space instead of decoding the whole config.
        assembly ("memory-safe") {
            extcodecopy(address(), 0x00, 0x2d, 0x20)
            cap := and(shr(192, mload(0x00)), 0xffffffff)
        }
        // Capped by stake: the views extension finds the place (code size; one self-call, flat in the bidders).
        if (cap <= MAX_CAPPED_SEQUENCERS) {
            (uint256 holder,,,,) = _viewCall(ISlotAuctionViews.placeHolderOf.selector, epoch, slot);
            return address(uint160(holder));
        }
        return _sequencerAt(epoch, word, e, slot);
    }

    /// @inheritdoc IRollupModule
    function paused() external view returns (bool) {
        return _pool.paused;
    }

    /// @inheritdoc IRollupModule
    function isEvicted(address participant) external view returns (bool) {
        return _accounts[participant].evicted;
    }

    /// @inheritdoc IRollupModule
    function rollupId() external view returns (uint64) {
        return _config().rollupId;
    }

    /// @inheritdoc IRollupModule
    function mechanism() external pure returns (bytes32) {
        return _MECHANISM;
    }

    /// @notice Everything else (ISlotAuctionViews) is answered by the SlotAuctionViews extension, run on this
    /// contract's storage by delegatecall. The extension has only view functions, so nothing it runs can write.
    fallback() external {
        address views = _VIEWS;
        // Forwards the call unchanged and returns or reverts with the extension's return data; uses memory from
        // 0 only, as this frame never returns to Solidity code.
        assembly {
            calldatacopy(0, 0, calldatasize())
            let ok := delegatecall(gas(), views, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            if iszero(ok) { revert(0, returndatasize()) }
            return(0, returndatasize())
        }
    }

    // ------------------------------------------------------------------ internals

    function _bid(uint64 epoch, address sequencer, address delegator, address token, uint256 amount)
        private
        returns (uint256 entry)
    {
        Config memory c = _config();
        (Account memory acc, uint64 lockUntil) = _admit(c, epoch, sequencer);
        // Nobody elects an address that never agreed to sequence: delegation needs the sequencer's opt-in.
        if (delegator != address(0) && !acc.delegationOpen) revert SlotAuctionDelegationClosed(sequencer);
        (uint8 tokenIndex, uint256 units) = _unitsOf(c, token, amount);
        uint256 total;
        (entry, total) = _append(c, epoch, sequencer, acc, units);
        uint16 commission = _storeEntry(epoch, entry, sequencer, delegator, amount, tokenIndex, acc);
        address staker = delegator == address(0) ? sequencer : delegator;
        emit BidPlaced(epoch, entry, sequencer, staker, token, amount, units, total, commission);
        _vault(c.vault, IStakeVault.lock.selector, staker, token, amount, lockUntil);
    }

    /// @dev Writes a new entry; returns the commission snapshotted for a delegated entry (zero otherwise).
    function _storeEntry(
        uint64 epoch,
        uint256 entry,
        address sequencer,
        address delegator,
        uint256 amount,
        uint8 tokenIndex,
        Account memory acc
    ) private returns (uint16 commission) {
        Entry storage en = _entries[epoch][entry];
        // The tag tells readers to load the second word (see `_loadEntry`).
        uint256 tag = delegator == address(0) ? tokenIndex : tokenIndex | _DELEGATED_TAG;
        // One write of the first word in the `Entry` layout: sequencer (bits 0-159), amount (160-247; below 2^88,
        // checked in `_unitsOf`), token index and tag (248-255).
        assembly ("memory-safe") {
            sstore(
                en.slot,
                or(or(and(sequencer, 0xffffffffffffffffffffffffffffffffffffffff), shl(160, amount)), shl(248, tag))
            )
        }
        if (delegator != address(0)) {
            commission = epoch >= acc.nextFrom ? acc.nextBps : acc.prevBps;
            en.delegator = delegator;
            en.commissionBps = commission;
        }
    }

    /// @dev Timeline, pause, eviction and allowlist checks for a bid; returns the sequencer's account, the bid
    /// lock's expiry (end of the seal window).
    function _admit(Config memory tl, uint64 epoch, address sequencer)
        private
        view
        returns (Account memory acc, uint64)
    {
        if (_pool.paused) revert SlotAuctionIsPaused();
        uint64 bidStart = _bidStart(tl, epoch);
        uint64 bidEnd = bidStart + tl.bidWindow;
        if (block.number < bidStart) revert SlotAuctionBidBeforeOpen(epoch, bidStart, uint64(block.number));
        if (block.number >= bidEnd) revert SlotAuctionBidAfterClose(epoch, bidEnd, uint64(block.number));
        acc = _accounts[sequencer];
        if (acc.evicted) revert SlotAuctionEvicted(sequencer);
        if (tl.allowlist && !acc.allowlisted) revert SlotAuctionNotAllowlisted(sequencer);
        return (acc, bidEnd + tl.sealWindow);
    }

    /// @dev Token acceptance, minimum stake and weighted units of a bid; the token list is in the immutable
    /// arguments, searched linearly (at most MAX_TOKENS entries, all in memory).
    function _unitsOf(Config memory c, address token, uint256 amount) private pure returns (uint8, uint256 units) {
        (,, uint256 count) = ModuleArgs.bounds(c.args);
        uint256 index;
        uint128 minStake;
        uint96 weight;
        address candidate;
        // Bounded by the token count (at most MAX_TOKENS, checked when the arguments were built).
        for (; index < count; ++index) {
            (candidate, minStake, weight) = ModuleArgs.tokenAt(c.args, index);
            if (candidate == token) break;
        }
        if (index == count) revert SlotAuctionTokenNotAccepted(token);
        if (amount == 0) revert SlotAuctionZeroAmount();
        if (amount < minStake) revert SlotAuctionBelowMinStake(token, amount, minStake);
        if (amount > type(uint88).max) revert SlotAuctionAmountTooLarge(amount, type(uint88).max);
        units = amount * weight / c.stakeUnit;
        if (units == 0) revert SlotAuctionZeroUnits(amount, weight, c.stakeUnit);
        return (uint8(index), units);
    }

    /// @dev Appends the entry to the epoch's line and updates totals, distinct count, the sequencer's running total
    /// and the top two sequencer totals (uncapped), or places it (capped by stake: `_place`).
    function _append(Config memory lim, uint64 epoch, address sequencer, Account memory acc, uint256 units)
        private
        returns (uint256 entry, uint256 total)
    {
        EpochState memory es = _epochs[epoch];
        (entry, total) = lim.maxSequencers <= MAX_CAPPED_SEQUENCERS
            ? _place(lim, epoch, es, sequencer, acc, units)
            : _appendLine(lim, epoch, es, acc, units);
        // One store each (an unchanged account word, a capped sequencer's later bid, costs a warm no-op write).
        _storeAccount(sequencer, acc);
        _storeEpoch(epoch, es);
    }

    /// @dev The uncapped case of `_append`: the entry goes to the end of the append-only line, `es` and `acc` are
    /// updated in memory (the caller stores them).
    function _appendLine(Config memory lim, uint64 epoch, EpochState memory es, Account memory acc, uint256 units)
        private
        returns (uint256 entry, uint256 total)
    {
        entry = es.count;
        // The smallest entry's units so far (bits 96-127 of `extra` while bids are open). Past `maxEntries` only a
        // bid above it joins (MECHANISM §3.4a: small early entries cannot lock a larger bid out), up to the line's
        // MAX_ENTRIES (SlotAllocationLineFull); each such entry locks more than the smallest did.
        uint256 smallest = uint32(es.extra >> 96);
        if (entry >= lim.maxEntries && units <= smallest) revert SlotAuctionBidBelowCut(epoch, units, smallest);
        if (entry == 0 || units < smallest) smallest = units;
        total = uint256(es.total) + units;
        _checkTotal(epoch, total);
        // The sequencer's total for the epoch: own and delegated entries are one party (MECHANISM §3.4).
        bool isTop;
        if (acc.lastEpochPlusOne != epoch + 1) {
            // First entry of this sequencer in this epoch (only one epoch takes bids at a time, so the marker
            // only moves forward). No arrival cap: an uncapped auction has no `nb_sequencers.max` (`cloneArgsTail`
            // accepts only NO_SEQUENCER_CAP above MAX_CAPPED_SEQUENCERS), and the distinct count, at most
            // `maxEntries`, stays below 2^16.
            acc.lastEpochPlusOne = epoch + 1;
            acc.firstEntry = uint16(entry);
            acc.epochUnits = 0;
            es.extra += uint128(1 << 64);
        } else {
            isTop = acc.firstEntry == uint16(es.extra >> 80);
        }
        // The sequencer's total is at most the epoch's total, below 2^24.
        acc.epochUnits = uint24(acc.epochUnits + units);
        if (entry == 0) _openEpoch(lim, epoch, es);
        _lines[epoch].append(entry, es.total, total);
        // Units below 2^25: the smallest fits bits 96-127 (`_topTwo` leaves them clear).
        es.extra = _topTwo(es.extra, acc.epochUnits, isTop, acc.firstEntry) | uint128(smallest << 96);
        es.total = uint32(total);
        es.count = uint16(entry + 1);
    }

    /// @dev An epoch's total stake must fit the line (SlotAllocation.MAX_TOTAL).
    function _checkTotal(uint64 epoch, uint256 total) private pure {
        if (total > SlotAllocation.MAX_TOTAL) {
            revert SlotAuctionTotalStakeOverflow(epoch, total, SlotAllocation.MAX_TOTAL);
        }
    }

    /// @dev The first bid of an epoch snapshots its economics into the book and its slot count into the state.
    function _openEpoch(Config memory lim, uint64 epoch, EpochState memory es) private {
        (uint128 reward, uint32 minBid) = _economicsFor(epoch);
        EpochBook storage book = _books[epoch];
        // The reward is at most maxRewardPerSlot, checked below 2^96 when the arguments were built.
        book.rewardPerSlot = uint96(reward);
        book.minBid = minBid;
        es.e = lim.e;
    }

    /// @dev A bid in an epoch capped by stake (MECHANISM §3.4a; layout in `EpochState`): a placed sequencer's entry
    /// joins its place (at most `quota` entries); a newcomer takes a free place, or the place of the smallest total
    /// when its bid exceeds it (`SequencerDisplaced`; the displaced entries are dropped by restarting the place's
    /// entry count), else `SlotAuctionBidBelowCut`. The place arithmetic, `O(cap)` in memory, is the views
    /// extension's pure `placeBid` (code size). Returns the entry `place · quota + index` and the place's new total.
    /// No storage word beyond the uncapped bid's: a place's first entry starts at 0 and writes no line word; one
    /// cold read of the place's first entry tells a sequencer's later bid that it is still placed, and names
    /// whom a displacement displaces.
    function _place(
        Config memory lim,
        uint64 epoch,
        EpochState memory es,
        address sequencer,
        Account memory acc,
        uint256 units
    ) private returns (uint256 entry, uint256 end) {
        (uint256 extra, uint256 place, uint256 index, uint256 displaced, uint256 quota, bool placed) =
            _placeBid(lim, epoch, es, sequencer, acc, units);
        if (displaced != 0) _displace(lim, epoch, es, sequencer, place * quota | place << 16, displaced);
        // units <= 2^24 (checked by `placeBid`) and the displaced total is part of the epoch's: no wrap, and the
        // sum stays below 2^25 (a uint32); place, index and quota are below 256, so the entry number and
        // `cap · quota` stay below 2^16; the place's total includes the bid's units.
        unchecked {
            es.total = uint32(es.total + units - displaced);
            entry = place * quota + index;
            end = SequencerPlaces.totalOf(extra, place);
            if (es.count == 0) {
                _openEpoch(lim, epoch, es);
                es.count = uint16(lim.maxSequencers * quota);
            }
            // A later entry starts where the place's total stood (a first entry starts at 0: nothing to write).
            if (index != 0) _setPlaceStart(epoch, place, index, end - units);
        }
        _checkTotal(epoch, es.total);
        if (!placed) {
            acc.lastEpochPlusOne = epoch + 1;
            acc.firstEntry = uint16(place);
        }
        es.extra = uint128(extra);
    }

    /// @dev `by`'s bid displaced the occupant of a place (`at`: its first entry number in bits 0-15, the place above;
    /// `displaced` its total): the event, and its bid locks are freed at once (`_releasePlace`; `es` still holds the
    /// place's entry count before the bid).
    function _displace(
        Config memory lim,
        uint64 epoch,
        EpochState memory es,
        address by,
        uint256 at,
        uint256 displaced
    ) private {
        uint256 first = uint16(at);
        uint256 place = at >> 16;
        emit SequencerDisplaced(epoch, _entries[epoch][first].sequencer, by, place, displaced);
        _releasePlace(lim, epoch, first, _placeEntries(es, place));
    }

    /// @dev Frees at once the bid locks of the `held` entries from `first` on (a displaced place's, before its new
    /// occupant's entries overwrite them): each entry's staker (the delegator of a delegated entry) gets its amount
    /// back from this module's lock of the epoch's bids (`StakeVault.unlock`, which releases only this module's own
    /// locks). Runs of entries with the same staker and token, as a sequencer's own entries, take one vault call.
    /// Bounded by the per-place quota (at most MAX_PLACE_ENTRIES cold entry reads).
    function _releasePlace(Config memory lim, uint64 epoch, uint256 first, uint256 held) private {
        uint64 until = _bidEnd(lim, epoch) + lim.sealWindow;
        mapping(uint256 => Entry) storage entries = _entries[epoch];
        address staker;
        address token;
        uint256 amount;
        // Bounded by the quota; the round past the last entry only flushes the last run.
        for (uint256 i = first; i <= first + held; ++i) {
            address nextStaker;
            address nextToken;
            uint256 word;
            if (i != first + held) {
                Entry storage en = entries[i];
                // The entry's first word (see `_storeEntry`): sequencer, amount (bits 160-247), token index and tag.
                assembly ("memory-safe") {
                    word := sload(en.slot)
                }
                nextStaker = word >> 248 & _DELEGATED_TAG == 0 ? address(uint160(word)) : en.delegator;
                (nextToken,) = _tokenAt(lim, word >> 248 & ~uint256(_DELEGATED_TAG));
            }
            if (amount != 0 && (nextStaker != staker || nextToken != token)) {
                _vault(lim.vault, IStakeVault.unlock.selector, staker, token, amount, until);
                amount = 0;
            }
            staker = nextStaker;
            token = nextToken;
            // Below 2^88 each, at most MAX_PLACE_ENTRIES of them: no overflow.
            amount += uint88(word >> 160);
        }
    }

    /// @dev The views extension's `placeBid` for a capped bid (see `_place`), hand-encoded like `_viewCall`: the
    /// eight words of the static `PlaceBid` are the call's arguments. Also returns the per-place quota and whether
    /// the sequencer was still placed: its marker is this epoch's and its place's first entry names it (a displaced
    /// sequencer's marker is stale: it bids again as a newcomer).
    function _placeBid(
        Config memory lim,
        uint64 epoch,
        EpochState memory es,
        address sequencer,
        Account memory acc,
        uint256 units
    ) private view returns (uint256 extra, uint256 place, uint256 index, uint256 displaced, uint256 quota, bool placed) {
        quota = _quotaOf(lim.maxEntries, lim.maxSequencers);
        place = acc.firstEntry;
        placed = acc.lastEpochPlusOne == epoch + 1 && _entries[epoch][place * quota].sequencer == sequencer;
        bytes4 selector = ISlotAuctionViews.placeBid.selector;
        uint256 cap = lim.maxSequencers;
        uint256 previous = es.extra;
        // Call data and answer in free memory, which is not advanced (nothing else is allocated meanwhile).
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, selector)
            mstore(add(m, 0x04), epoch)
            mstore(add(m, 0x24), sequencer)
            mstore(add(m, 0x44), previous)
            mstore(add(m, 0x64), cap)
            mstore(add(m, 0x84), quota)
            mstore(add(m, 0xa4), place)
            mstore(add(m, 0xc4), placed)
            mstore(add(m, 0xe4), units)
            if iszero(staticcall(gas(), address(), m, 0x104, m, 0x80)) {
                returndatacopy(m, 0, returndatasize())
                revert(m, returndatasize())
            }
            extra := mload(m)
            place := mload(add(m, 0x20))
            index := mload(add(m, 0x40))
            displaced := mload(add(m, 0x60))
        }
    }

    /// @dev Writes entry `index`'s start inside `place` (see `_placeStarts`), keeping the word's other lanes.
    function _setPlaceStart(uint64 epoch, uint256 place, uint256 index, uint256 start) private {
        uint256 key = (place << 16) | (index / 10);
        uint256 shift = 24 * (index % 10);
        _placeStarts[epoch][key] = (_placeStarts[epoch][key] & ~(SequencerPlaces.MAX_LANE << shift)) | (start << shift);
    }

    /// @dev Top two sequencer totals in the bid statistics `extra` (see `EpochState`), O(1): totals only grow while bids
    /// are open. `top2` is the highest total of a sequencer other than the top one; a tie with the top leaves the top
    /// in place and makes top2 equal to it. `mine` is the bidding sequencer's new total, `isTop` whether it is the top
    /// sequencer already, `firstEntry` its first entry in the epoch (which names it as the top).
    function _topTwo(uint128 extra, uint256 mine, bool isTop, uint256 firstEntry) private pure returns (uint128) {
        uint256 top1 = uint32(extra);
        uint256 top2 = uint32(extra >> 32);
        uint256 topEntry = uint16(extra >> 80);
        if (isTop) {
            top1 = mine;
        } else if (mine > top1) {
            top2 = top1;
            top1 = mine;
            topEntry = firstEntry;
        } else if (mine > top2) {
            top2 = mine;
        }
        // Totals below 2^24, entry numbers below MAX_ENTRIES < 2^16; the distinct count (bits 64-79) is kept.
        return uint128(top1 | (top2 << 32) | (uint256(uint16(extra >> 64)) << 64) | (topEntry << 80));
    }

    /// @dev Books the settlement on the epoch and takes the reward out of the unallocated pool (never beyond it).
    /// `book` is the epoch's book as loaded by the caller; it is written back in one store.
    function _recordSettlement(uint64 epoch, EpochBook memory book, uint16 published)
        private
        returns (uint256 reward)
    {
        reward = uint256(book.rewardPerSlot) * published;
        // Warm: `settle` read the word for `paused`.
        uint256 pool = _pool.unallocated;
        if (reward > pool) reward = pool;
        book.settledEntries += 1;
        book.rewardedSlots += published;
        _storeBook(epoch, book);
        // reward <= pool < 2^248.
        if (reward != 0) _pool.unallocated = uint248(pool - reward);
    }

    /// @dev Splits a delegated entry's reward: commission to the sequencer, the rest to the delegator.
    function _distribute(uint64 epoch, uint256 entry, Entry memory em, uint256 reward) private {
        if (em.delegator == address(0)) {
            _credit(em.sequencer, epoch, entry, reward);
            return;
        }
        uint256 commission = reward * em.commissionBps / BPS;
        if (commission != 0) _credit(em.sequencer, epoch, entry, commission);
        if (reward != commission) _credit(em.delegator, epoch, entry, reward - commission);
    }

    function _credit(address account, uint64 epoch, uint256 entry, uint256 amount) private {
        uint256 stored = _owed[account];
        // The first credit also sets the sentinel (see `_owed`); later ones add to the stored value.
        _owed[account] = (stored == 0 ? _OWED_SENTINEL : stored) + amount;
        emit RewardCredited(account, epoch, entry, amount);
    }

    function _checkOwner(uint256 cap, uint64 epoch, EpochState memory es, uint256 slot, uint256 hint, address caller)
        private
        view
    {
        if (hint >= es.count) revert SlotAuctionEntryOutOfRange(epoch, hint, es.count);
        uint256 item = SlotAllocation.permute(_key(es), es.e, slot);
        uint256 x = SlotAllocation.positionOf(_key(es), es.total, es.e, item);
        (uint256 start, uint256 end) = _boundsOf(cap, epoch, es, hint);
        if (x < start || x >= end) revert SlotAuctionWrongEntryHint(epoch, slot, hint);
        if (_entries[epoch][hint].sequencer != caller) revert SlotAuctionNotEntrySequencer(epoch, hint, caller);
    }

    /// @dev Owner of `slot` (below `e`) in an elected epoch whose state word is `word`: item = walk(seed, e, k, slot),
    /// position = (offset + item · total) / e, entry = the first with a cumulative end above the position, found
    /// through the line's level-4 values kept in `word` and then levels 3..0 in storage; returns its sequencer.
    /// Scratch space 0x00-0x3f only. Bounds: e <= 2^16, total < 2^24, so the position's product cannot overflow.
    function _sequencerAt(uint64 epoch, uint256 word, uint256 e, uint256 slot) private view returns (address) {
        uint256 seed = uint64(word);
        uint256 total = uint32(word >> 64);
        uint256 x = SlotAllocation.walk(bytes32(seed), e, SlotAllocation.domainBits(e), slot);
        assembly ("memory-safe") {
            // The item's own offset u_x = keccak256(seed ‖ "offset" ‖ uint16(x)) mod total (SlotAllocation.offset;
            // x < e <= 2^16), then its position (x·total + u_x) / e.
            mstore(0x00, seed)
            mstore(0x20, shl(192, or(0x6f66667365740000, x)))
            x := div(add(mod(keccak256(0x00, 40), total), mul(x, total)), e)
        }
        return _entries[epoch][_lines[epoch].findEntry(uint16(word >> 96), x, word >> 128)].sequencer;
    }

    /// @dev The capped case of `_boundsOf` for an elected epoch (this contract asks for bounds only in publication and
    /// settlement): the place lanes already hold the place line's cumulative ends.
    function _cappedBoundsOf(uint256 cap, uint64 epoch, EpochState memory es, uint256 entry)
        internal
        view
        override
        returns (uint256 start, uint256 end)
    {
        uint256 count = es.count;
        uint256 place;
        uint256 index;
        // cap and quota are nonzero (a capped epoch's count is cap · quota, quota >= 1): plain division.
        assembly ("memory-safe") {
            let quota := div(count, cap)
            place := div(entry, quota)
            index := mod(entry, quota)
        }
        uint256 held = _placeEntries(es, place);
        if (index >= held) revert SlotAuctionEntryNotHeld(epoch, entry);
        uint256 lanes = uint96(es.extra);
        if (place != 0) start = SequencerPlaces.totalOf(lanes, place - 1);
        end = index + 1 == held ? SequencerPlaces.totalOf(lanes, place) : start + _placeStart(epoch, place, index + 1);
        if (index != 0) start += _placeStart(epoch, place, index);
    }

    /// @dev A static call of this contract's views (answered by the fallback's delegatecall) with two static
    /// arguments, returning the first five words of the answer and bubbling a revert unchanged. Hand-encoded: the
    /// generic ABI encoder at each call site would not fit the code size limit.
    function _viewCall(bytes4 selector, uint256 a, uint256 b)
        private
        view
        returns (uint256 r0, uint256 r1, uint256 r2, uint256 r3, uint256 r4)
    {
        // Call data and answer in free memory, which is not advanced (nothing else is allocated meanwhile).
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, selector)
            mstore(add(m, 0x04), a)
            mstore(add(m, 0x24), b)
            if iszero(staticcall(gas(), address(), m, 0x44, m, 0xa0)) {
                returndatacopy(m, 0, returndatasize())
                revert(m, returndatasize())
            }
            r0 := mload(m)
            r1 := mload(add(m, 0x20))
            r2 := mload(add(m, 0x40))
            r3 := mload(add(m, 0x60))
            r4 := mload(add(m, 0x80))
        }
    }

    /// @dev `IStakeVault.lock` or `IStakeVault.unlock` (the same arguments) on `vault`, hand-encoded: one copy of the
    /// call for its three sites (code size). As a high-level call: refused when `vault` has no code, a revert is
    /// bubbled unchanged, and there is no return value.
    function _vault(address vault, bytes4 selector, address staker, address token, uint256 amount, uint64 until)
        private
    {
        // Call data in free memory, which is not advanced (nothing else is allocated meanwhile). The arguments are
        // cleaned to their types (their unused stack bits are not guaranteed zero, and the vault's decoder refuses
        // dirty ones).
        assembly ("memory-safe") {
            if iszero(extcodesize(vault)) { revert(0, 0) }
            let m := mload(0x40)
            let addressMask := 0xffffffffffffffffffffffffffffffffffffffff
            mstore(m, and(selector, shl(224, 0xffffffff)))
            mstore(add(m, 0x04), and(staker, addressMask))
            mstore(add(m, 0x24), and(token, addressMask))
            mstore(add(m, 0x44), amount)
            mstore(add(m, 0x64), and(until, 0xffffffffffffffff))
            if iszero(call(gas(), vault, 0, m, 0x84, 0, 0)) {
                returndatacopy(m, 0, returndatasize())
                revert(m, returndatasize())
            }
        }
    }

    /// @dev Writes an account in one store (a struct assignment would read and write each field).
    function _storeAccount(address account, Account memory acc) private {
        Account storage stored = _accounts[account];
        // `Account`'s packed layout, lowest field first: lastEpochPlusOne 0-63, prevBps 64-79, nextBps 80-95, nextFrom
        // 96-159, allowlisted 160-167, evicted 168-175, delegationOpen 176-183, epochUnits 184-207, firstEntry 208-223.
        uint256 word = uint256(acc.lastEpochPlusOne) | (uint256(acc.prevBps) << 64) | (uint256(acc.nextBps) << 80)
            | (uint256(acc.nextFrom) << 96) | (acc.allowlisted ? uint256(1) << 160 : 0) | (acc.evicted ? uint256(1) << 168 : 0)
            | (acc.delegationOpen ? uint256(1) << 176 : 0) | (uint256(acc.epochUnits) << 184)
            | (uint256(acc.firstEntry) << 208);
        assembly ("memory-safe") {
            sstore(stored.slot, word)
        }
    }

    /// @dev Writes an epoch's hot state in one store (a struct assignment would read and write each field).
    function _storeEpoch(uint64 epoch, EpochState memory es) private {
        EpochState storage stored = _epochs[epoch];
        // `EpochState`'s packed layout, lowest field first: seed 0-63, total 64-95, count 96-111, e 112-127, extra
        // 128-255.
        uint256 word = uint256(es.seed) | (uint256(es.total) << 64) | (uint256(es.count) << 96)
            | (uint256(es.e) << 112) | (uint256(es.extra) << 128);
        assembly ("memory-safe") {
            sstore(stored.slot, word)
        }
    }

    /// @dev Writes an epoch's book in one store, as `_storeEpoch`.
    function _storeBook(uint64 epoch, EpochBook memory book) private {
        EpochBook storage stored = _books[epoch];
        // `EpochBook`'s packed layout: rewardPerSlot 0-95, minBid 96-127, sealState 128-135, settledEntries 136-151,
        // rewardedSlots 152-167, top1 168-191, top2 192-215, topEntry 216-231, distinct 232-247.
        uint256 word = uint256(book.rewardPerSlot) | (uint256(book.minBid) << 96) | (uint256(book.sealState) << 128)
            | (uint256(book.settledEntries) << 136) | (uint256(book.rewardedSlots) << 152)
            | (uint256(book.top1) << 168) | (uint256(book.top2) << 192) | (uint256(book.topEntry) << 216)
            | (uint256(book.distinct) << 232);
        assembly ("memory-safe") {
            sstore(stored.slot, word)
        }
    }

}

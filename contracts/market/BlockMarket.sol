// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {BlockMarketBase} from "./BlockMarketBase.sol";
import {BlockMarketProofs} from "./BlockMarketProofs.sol";
import {IRollupModule} from "../interfaces/IRollupModule.sol";
import {IStakeVault} from "../interfaces/IStakeVault.sol";

/// @title BlockMarket
/// @notice Aztec-style PBS with a federated prover network for one rollup (MECHANISM.md §4), deployed as an
/// EIP-1167 clone by the registry. Votes are verified optimistically: a commit checks tree coverage and counts
/// distinct provers in memory and stores the Merkle root of the assignments; anyone can later prove a bad vote
/// (bad signature, evicted or unbonded prover) against that root and take a bounty from the proposer's escrow,
/// after which the transcript can never win.
/// @dev Time windows are in seconds (block.timestamp); vault locks are in block numbers. Bounds: at most 2,048
/// assignments per transcript (tree depth <= 12), at most 8 uncles, Merkle proofs of at most 12 siblings.
/// The proof-side entry points run in BlockMarketProofs by delegatecall (code-size limit); they are declared here
/// as forwarders so this contract's ABI is the whole market.
contract BlockMarket is BlockMarketBase, IRollupModule, Initializable {
    using SafeERC20 for IERC20;

    modifier onlyGovernance() {
        if (msg.sender != _governance) revert BlockMarketNotGovernance(msg.sender);
        _;
    }


    /// @notice The delegated proof module (shared by every clone of this implementation).
    address public immutable proofs;

    /// @param proofs_ The BlockMarketProofs deployment the proof-side entry points delegate to.
    constructor(address proofs_) {
        if (proofs_ == address(0)) revert BlockMarketZeroAddress();
        proofs = proofs_;
        _disableInitializers();
    }


    /// @inheritdoc IRollupModule
    function initialize(ModuleInit calldata init, bytes calldata encodedParams) external initializer {
        if (init.vault == address(0) || init.governance == address(0) || init.tokens.length == 0) {
            revert BlockMarketZeroAddress();
        }
        if (init.tokens[0].token == address(0)) revert BlockMarketZeroAddress();
        Params memory p = abi.decode(encodedParams, (Params));
        _validate(p);
        _vault = IStakeVault(init.vault);
        _token = init.tokens[0].token;
        _governance = init.governance;
        _rollupId = init.rollupId;
        _minProverStake = init.tokens[0].minStake;
        _p = p;
        _burnPrice = p.minBurnPerMissingProver;
        emit BurnPriceUpdated(p.minBurnPerMissingProver);
    }


    /// @inheritdoc IRollupModule
    /// @dev The market keeps its whole configuration in storage (its registration is under target as it is), so
    /// its part of the clone arguments is empty. Validates `encodedParams` like `initialize`.
    function cloneArgsTail(ModuleInit calldata, bytes calldata encodedParams) external pure returns (bytes memory) {
        _validate(abi.decode(encodedParams, (Params)));
        return "";
    }

    /// @inheritdoc IRollupModule
    /// @dev The market has no owner-gated settings: nothing to hand over.
    function setRollupOwner(address) external view onlyGovernance {}

    /// @inheritdoc IRollupModule
    function setPaused(bool paused_) external onlyGovernance {
        _paused = paused_;
        if (paused_) emit ModulePaused(msg.sender);
        else emit ModuleUnpaused(msg.sender);
    }


    /// @inheritdoc IRollupModule
    /// @dev Appends the status change to the participant's eviction log (a call that changes nothing appends nothing):
    /// votes of transcripts committed while the participant was evicted are bad votes, whatever governance does later.
    function setEvicted(address participant, bool evicted) external onlyGovernance {
        bool wasEvicted = _evictedAt[participant] != 0;
        if (evicted != wasEvicted) _evictionLog[participant].push(uint40(block.timestamp));
        if (evicted) {
            if (!wasEvicted) _evictedAt[participant] = block.timestamp;
            emit ParticipantEvicted(participant, msg.sender);
        } else {
            _evictedAt[participant] = 0;
            emit ParticipantReinstated(participant, msg.sender);
        }
    }


    /// @notice Bonds the caller as a prover: locks `minProverStake` of its free vault stake until `untilBlock`.
    /// A vote counts only if a bond record taken at or before the commit's block runs `bondHorizonBlocks` past it.
    /// A new bond is allowed once the previous one expired; it adds a record and never changes an older one, so
    /// re-bonding never changes whether an old vote was valid.
    /// @param untilBlock Lock expiry (block number), at least `block.number + bondHorizonBlocks`.
    function bondProver(uint64 untilBlock) external nonReentrant whenNotPaused {
        if (_evictedAt[msg.sender] != 0) revert BlockMarketEvicted(msg.sender);
        Prover[] storage records = _bonds[msg.sender];
        uint256 count = records.length;
        if (count != 0) {
            uint64 previousUntil = records[count - 1].bondUntil;
            if (previousUntil >= block.number) revert BlockMarketAlreadyBonded(msg.sender, previousUntil);
        }
        uint64 minimum = uint64(block.number) + _p.bondHorizonBlocks;
        if (untilBlock < minimum) revert BlockMarketBondTooShort(untilBlock, minimum);
        uint128 amount = _minProverStake;
        records.push(
            Prover({
                bond: amount,
                bondUntil: untilBlock,
                bondedAt: uint40(block.timestamp),
                underStakedAt: 0,
                bondedBlock: uint40(block.number)
            })
        );
        emit ProverBonded(msg.sender, amount, untilBlock);
        _vault.lock(msg.sender, _token, amount, untilBlock);
    }


    /// @notice Adds `amount` of the stake token to the reward pool (block and uncle rewards are paid from it). Runs in
    /// BlockMarketProofs (kept out of this contract's code size).
    function fundRewards(uint256 amount) external {
        _delegate(0, address(0), bytes32(0), amount, address(0), 0);
    }


    /// @notice Commits a transcript: the hidden block commitment, the escrowed burn bid, the provers' share and the
    /// prover assignments with their votes. Assignments must be in leaf order and cover the tree at `c.depth`
    /// exactly once. Votes are not checked here (see `challengeVote`).
    /// @return score NUM_PROVERS^3 * BURN_BID^2 of the transcript.
    function commitTranscript(Commit calldata c, Assignment[] calldata assignments)
        external
        nonReentrant
        whenNotPaused
        returns (uint256 score)
    {
        if (_evictedAt[msg.sender] != 0) revert BlockMarketEvicted(msg.sender);
        Params storage p = _p;
        uint256 n = assignments.length;
        if (n == 0 || n > p.maxAssignments) revert BlockMarketTooManyAssignments(n, p.maxAssignments);
        if (c.proverRewardBps > BPS) revert BlockMarketRewardBpsTooHigh(c.proverRewardBps);
        if (!p.pipelined && c.parentHash != bytes32(0)) revert BlockMarketParentHashNotAllowed();
        uint32 attempt = _openRound(c.height);

        (bytes32 root, uint256 distinct) = _digestAssignments(assignments, c.depth);
        uint256 required = requiredBurn(distinct);
        if (c.burnBid < required) revert BlockMarketBurnTooLow(c.burnBid, required);

        score = _storeTranscript(c, attempt, root, distinct, n);
        // The escrow expiry is aligned to a multiple of escrowLockBlocks (it runs escrowLockBlocks + 1 to
        // 2 * escrowLockBlocks blocks), so a proposer's escrows of one period share one vault lock slot.
        _vault.lock(msg.sender, _token, c.burnBid, _escrowUntil(block.number, p.escrowLockBlocks));
    }


    /// @notice Reveals the transaction order of the caller's transcript once the proposal window has ended.
    function reveal(uint64 height, bytes32 txOrderRoot, bytes32 secret) external whenNotPaused {
        bytes32 blockCommitment = keccak256(abi.encodePacked(txOrderRoot, secret));
        bytes32 id = transcriptId(height, msg.sender, blockCommitment);
        Transcript storage t = _live(height, blockCommitment, id);
        if (t.status != Status.Committed) revert BlockMarketWrongStatus(height, blockCommitment, t.status);
        uint64 start = _rounds[height].start;
        uint64 opensAt = start + _p.proposalWindow;
        if (block.timestamp < opensAt) revert BlockMarketRevealTooEarly(height, opensAt);
        uint64 closesAt = opensAt + _p.proofWindow;
        if (block.timestamp >= closesAt) revert BlockMarketProofWindowClosed(height, closesAt);
        t.txOrderRoot = txOrderRoot;
        t.status = Status.Revealed;
        emit TranscriptRevealed(height, blockCommitment, txOrderRoot);
    }


    /// @notice Finalises `height` after its proof window: the best proven transcript (building on the head in
    /// pipelined mode) wins, its burn is burned, the reward is credited and up to `maxUncles` other ranked
    /// transcripts become uncles. With no eligible transcript the height restarts from the next commit.
    function finalise(uint64 height) external nonReentrant whenNotPaused {
        if (height != _head + 1) revert BlockMarketWrongHeight(height, _head);
        uint256 count;
        {
            Round storage r = _rounds[height];
            uint64 start = r.start;
            if (start == 0) revert BlockMarketRoundNotStarted(height);
            uint64 endsAt = start + _p.proposalWindow + _p.proofWindow;
            if (block.timestamp < endsAt) revert BlockMarketWindowOpen(height, endsAt);
            count = r.topCount;
        }
        bytes32 parent = _headHash;
        uint256 winner = _pickWinner(height, count, parent);
        if (winner == type(uint256).max) {
            _restart(height, _rounds[height]);
            if (_p.pipelined) _restart(height + 1, _rounds[height + 1]);
            return;
        }
        bytes32 id = _top[height][winner];
        Transcript storage t = _transcripts[id];
        address proposer = t.proposer;
        uint256 burnBid = t.burnBid;
        // The burn is taken first and checked. The winner's escrow is live (see _pickWinner), so with this market's
        // own lock the burn is taken in full; should a vault take less, the proposer gets no share (it stays in the
        // pool).
        uint256 burned = _vault.slash(proposer, _token, burnBid, _escrowUntil(t.committedBlock, _p.escrowLockBlocks), address(0), REASON_BURN);
        bool burnTaken = burned >= burnBid;
        if (!burnTaken) emit BurnShortfall(height, id, burnBid, burned);
        (uint256 reward, uint256 proverPot) = _payWinner(t, burnTaken);
        _payUncles(height, count, winner);
        bytes32 blockHash = _advanceHead(height, parent, t);
        emit BlockFinalised(height, id, proposer, blockHash, burned, reward, proverPot);
    }


    // ------------------------------------------------------------------ delegated to BlockMarketProofs

    /// @notice Proves that one vote of a live transcript is bad (signature not by the prover over this rollup,
    /// height, proposer, commitment, prover share and position; prover evicted at or before the commit; no bond
    /// record in force at the commit running the horizon past it). The transcript becomes invalid for good; the
    /// caller receives `badVoteBountyBps` of the escrow.
    /// @param position Index of the assignment in the transcript.
    /// @param proof Merkle proof of the assignment against the committed root.
    function challengeVote(
        uint64 height,
        address proposer,
        bytes32 blockCommitment,
        uint256 position,
        Assignment calldata a,
        bytes32[] calldata proof
    ) external {
        _delegate(height, proposer, blockCommitment, position, a.prover, proof.length);
    }

    /// @notice Submits the block proof of a revealed transcript during the proof window. The verifier's parts must
    /// match the transcript's positions one to one; a part counts as contributed when its prover is the assigned one.
    /// @param assignments The transcript's assignments exactly as committed.
    /// @param proof The proof, in the verifier's format.
    function submitProof(
        uint64 height,
        address proposer,
        bytes32 blockCommitment,
        Assignment[] calldata assignments,
        bytes calldata proof
    ) external {
        _delegate(height, proposer, blockCommitment, assignments.length, address(0), proof.length);
    }

    /// @notice Re-enters a proven, valid transcript into its height's ranking (after a better one was invalidated).
    function rank(uint64 height, address proposer, bytes32 blockCommitment) external {
        _delegate(height, proposer, blockCommitment, 0, address(0), 0);
    }

    /// @notice Credits the prover of a contributed assignment of a winning or uncle transcript its pro-rata share of
    /// the transcript's prover pot (by leaves covered). Anyone may call; the credit goes to the prover.
    function claimProverReward(
        uint64 height,
        address proposer,
        bytes32 blockCommitment,
        uint256 position,
        Assignment calldata a,
        bytes32[] calldata proof
    ) external {
        _delegate(height, proposer, blockCommitment, position, a.prover, proof.length);
    }

    /// @notice Slashes the prover of a withheld assignment of a winning transcript once the dispute window is over:
    /// `slashRateBps` of its current bond, burned.
    function slashWithheld(
        uint64 height,
        address proposer,
        bytes32 blockCommitment,
        uint256 position,
        Assignment calldata a,
        bytes32[] calldata proof
    ) external {
        _delegate(height, proposer, blockCommitment, position, a.prover, proof.length);
    }

    /// @notice Shows, during the dispute window, that the prover of a withheld assignment of the winning transcript
    /// did produce its part: the assignment can no longer be slashed.
    /// @param part The prover's part in the verifier's format (AttestationVerifier: its leaf attestation).
    function disputeSlash(
        uint64 height,
        address proposer,
        bytes32 blockCommitment,
        uint256 position,
        Assignment calldata a,
        bytes32[] calldata proof,
        bytes calldata part
    ) external {
        _delegate(height, proposer, blockCommitment, position, a.prover, proof.length + part.length);
    }

    /// @dev Runs the current call in BlockMarketProofs on this contract's storage and returns or reverts with its
    /// result. The arguments are unused: they only keep the forwarders' parameters referenced.
    function _delegate(uint64, address, bytes32, uint256, address, uint256) private {
        address target = proofs;
        // Safe: copies the whole calldata to memory from offset 0 and never returns to Solidity code (both branches
        // end the call), so overwriting memory Solidity manages cannot be observed.
        assembly {
            calldatacopy(0, 0, calldatasize())
            let ok := delegatecall(gas(), target, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            if iszero(ok) { revert(0, returndatasize()) }
            return(0, returndatasize())
        }
    }

    /// @notice Any other call (the proof module's extra views: `bondCount`, `bondRecord`, `rootHolderOf`) runs in
    /// BlockMarketProofs on this contract's storage; call them through the BlockMarketProofs ABI at this address.
    fallback() external {
        _delegate(0, address(0), bytes32(0), 0, address(0), 0);
    }

    /// @notice Pays the caller everything credited to it (proposer rewards and prover rewards).
    function claim() external nonReentrant returns (uint256 amount) {
        amount = _claimable[msg.sender];
        if (amount == 0) revert BlockMarketNothingToClaim(msg.sender);
        _claimable[msg.sender] = 0;
        emit RewardClaimed(msg.sender, amount);
        IERC20(_token).safeTransfer(msg.sender, amount);
    }


    /// @inheritdoc IRollupModule
    function mechanism() external pure returns (bytes32) {
        return keccak256("baton.block-market");
    }


    /// @inheritdoc IRollupModule
    function paused() external view returns (bool) {
        return _paused;
    }


    /// @inheritdoc IRollupModule
    function isEvicted(address participant) external view returns (bool) {
        return _evictedAt[participant] != 0;
    }


    /// @inheritdoc IRollupModule
    function rollupId() external view returns (uint64) {
        return _rollupId;
    }


    /// @notice The mechanism parameters.
    function params() external view returns (Params memory) {
        return _p;
    }


    /// @notice The vault, the stake token, governance and the minimum prover bond.
    function config() external view returns (address vault, address token, address governance, uint256 minProverStake)
    {
        return (address(_vault), _token, _governance, _minProverStake);
    }


    /// @notice Last finalised height and its block hash (zero before the first block).
    function head() external view returns (uint64 height, bytes32 blockHash) {
        return (_head, _headHash);
    }


    /// @notice Current burn price per prover below target.
    function burnPrice() external view returns (uint256) {
        return _burnPrice;
    }


    /// @notice Smallest burn bid a transcript with `numProvers` distinct provers may offer.
    function requiredBurn(uint256 numProvers) public view returns (uint256 required) {
        required = _p.minBurnBid;
        uint256 target = _p.targetProvers;
        if (numProvers < target) {
            uint256 priced = uint256(_burnPrice) * (target - numProvers);
            if (priced > required) required = priced;
        }
    }


    /// @notice The transcript `proposer` committed with `blockCommitment` at `height`.
    function transcriptOf(uint64 height, address proposer, bytes32 blockCommitment)
        external
        view
        returns (Transcript memory)
    {
        return _transcripts[transcriptId(height, proposer, blockCommitment)];
    }


    /// @notice Proposal-window start (0 = opens at the next commit), attempt and ranked transcript ids of `height`,
    /// best first.
    function roundOf(uint64 height) external view returns (uint64 start, uint32 attempt, bytes32[] memory ranking) {
        Round memory r = _rounds[height];
        ranking = new bytes32[](r.topCount);
        for (uint256 i; i < r.topCount; ++i) {
            ranking[i] = _top[height][i];
        }
        return (r.start, r.attempt, ranking);
    }


    /// @notice A prover's latest bond record (all zero before its first bond).
    function proverOf(address prover) external view returns (Prover memory record) {
        Prover[] storage records = _bonds[prover];
        if (records.length != 0) record = records[records.length - 1];
    }

    /// @notice Credited, unclaimed rewards of `account`.
    function claimableOf(address account) external view returns (uint256) {
        return _claimable[account];
    }


    /// @notice Funded rewards not yet assigned to any block.
    function rewardsAvailable() external view returns (uint256) {
        return _rewardsAvailable;
    }


    /// @notice Whether assignment `position` of a transcript contributed to its proof, and whether it is settled
    /// (reward credited, slashed or disputed).
    function positionState(uint64 height, address proposer, bytes32 blockCommitment, uint256 position)
        external
        view
        returns (bool contributed, bool settled)
    {
        bytes32 id = transcriptId(height, proposer, blockCommitment);
        return (_bit(_contributed[id], position), _bit(_settled[id], position));
    }


    function _validate(Params memory p) private pure {
        if (p.verifier == address(0)) revert BlockMarketBadParam(0);
        if (p.proposalWindow == 0 || p.proposalWindow > 1 days) revert BlockMarketBadParam(1);
        if (p.proofWindow == 0 || p.proofWindow > 1 days) revert BlockMarketBadParam(2);
        if (p.disputeWindow == 0 || p.disputeWindow > 7 days) revert BlockMarketBadParam(3);
        if (p.escrowLockBlocks == 0) revert BlockMarketBadParam(4);
        if (p.bondHorizonBlocks == 0) revert BlockMarketBadParam(5);
        if (p.maxAssignments == 0 || p.maxAssignments > MAX_ASSIGNMENTS) revert BlockMarketBadParam(6);
        if (p.targetProvers > p.maxAssignments) revert BlockMarketBadParam(7);
        if (p.maxUncles > MAX_UNCLES) revert BlockMarketBadParam(8);
        if (p.slashRateBps == 0 || p.slashRateBps > BPS) revert BlockMarketBadParam(9);
        if (p.badVoteBountyBps > BPS) revert BlockMarketBadParam(10);
        if (p.minBurnBid == 0) revert BlockMarketBadParam(11);
        if (p.targetProvers != 0 && p.minBurnPerMissingProver == 0) revert BlockMarketBadParam(12);
        // The block-based horizons must outlast the second-based windows at the fastest block rate: the escrow
        // covers the proposal and proof windows (refund = expiry), the bond also the dispute window (a withholder
        // stays slashable until the dispute window has closed).
        uint256 windows = uint256(p.proposalWindow) + p.proofWindow;
        uint256 escrowMin = _ceilBlocks(windows);
        if (p.escrowLockBlocks < escrowMin) {
            revert BlockMarketHorizonTooShort("escrowLockBlocks", p.escrowLockBlocks, escrowMin);
        }
        uint256 bondMin = _ceilBlocks(windows + p.disputeWindow);
        if (p.bondHorizonBlocks < bondMin) {
            revert BlockMarketHorizonTooShort("bondHorizonBlocks", p.bondHorizonBlocks, bondMin);
        }
    }

    /// @dev Blocks that last at least `seconds_` at MIN_SECONDS_PER_BLOCK.
    function _ceilBlocks(uint256 seconds_) private pure returns (uint256) {
        return (seconds_ + MIN_SECONDS_PER_BLOCK - 1) / MIN_SECONDS_PER_BLOCK;
    }


    /// @dev Writes a new transcript (three storage slots) and emits TranscriptCommitted.
    function _storeTranscript(Commit calldata c, uint32 attempt, bytes32 root, uint256 distinct, uint256 n)
        private
        returns (uint256 score)
    {
        Transcript storage t = _transcripts[transcriptId(c.height, msg.sender, c.blockCommitment)];
        if (t.status != Status.None) revert BlockMarketCommitmentTaken(c.height, c.blockCommitment);
        t.proposer = msg.sender;
        t.attempt = attempt;
        // Safe casts: n <= maxAssignments <= 2,048 and distinct <= n.
        t.numProvers = uint16(distinct);
        t.numAssignments = uint16(n);
        t.depth = c.depth;
        t.proverRewardBps = c.proverRewardBps;
        t.status = Status.Committed;
        t.burnBid = c.burnBid;
        t.committedAt = uint40(block.timestamp);
        t.committedBlock = uint40(block.number);
        t.assignmentsRoot = root;
        if (c.parentHash != bytes32(0)) t.parentHash = c.parentHash;
        score = scoreOf(distinct, c.burnBid);
        emit TranscriptCommitted(
            c.height, c.blockCommitment, msg.sender, attempt, c.burnBid, uint16(distinct), root, score
        );
    }


    /// @dev Rank of the best ranked transcript that may win, or type(uint256).max: its escrow must still be live (a
    /// transcript whose escrow lock ran out is out of contention, so no block ever wins without its burn) and, in
    /// pipelined mode, its parent must be the head. Bounded by the ranking size, maxUncles + 1 <= 9.
    function _pickWinner(uint64 height, uint256 count, bytes32 parent) private view returns (uint256) {
        bool pipelined = _p.pipelined;
        uint64 period = _p.escrowLockBlocks;
        for (uint256 i; i < count; ++i) {
            Transcript storage t = _transcripts[_top[height][i]];
            if (block.number >= _escrowUntil(t.committedBlock, period)) continue;
            if (!pipelined || t.parentHash == parent) return i;
        }
        return type(uint256).max;
    }


    /// @dev Makes the winner the head, moves the burn price and (non-pipelined) opens the next proposal window.
    function _advanceHead(uint64 height, bytes32 parent, Transcript storage t) private returns (bytes32 blockHash) {
        blockHash = keccak256(abi.encode(height, parent, t.txOrderRoot));
        _headHash = blockHash;
        _head = height;
        _updateBurnPrice(t.numProvers);
        if (!_p.pipelined) {
            Round storage next = _rounds[height + 1];
            next.start = uint64(block.timestamp);
            emit RoundStarted(height + 1, next.attempt, uint64(block.timestamp));
        }
    }


    /// @dev Marks the winner and credits its reward: R scaled by contributing / voting provers, capped by the pool;
    /// the proposer's share is credited now (only when its burn was taken in full; otherwise it stays in the pool),
    /// the provers' pot is claimed per assignment.
    function _payWinner(Transcript storage t, bool burnTaken) private returns (uint256 reward, uint256 proverPot) {
        t.status = Status.Won;
        t.finalisedAt = uint40(block.timestamp);
        uint256 available = _rewardsAvailable;
        // Safe: contributingProvers <= numProvers (both counted over the same assignments), so reward <= R.
        reward = uint256(_p.blockReward) * t.contributingProvers / t.numProvers;
        if (reward > available) reward = available;
        proverPot = reward * t.proverRewardBps / BPS;
        if (!burnTaken) reward = proverPot;
        _rewardsAvailable = available - reward;
        // Safe cast: proverPot <= reward <= blockReward < 2^128.
        t.proverPot = uint128(proverPot);
        if (reward != proverPot) _claimable[t.proposer] += reward - proverPot;
    }


    /// @dev Every ranked transcript other than the winner is an uncle whose contributing provers share U (capped by
    /// the pool). Bounded by the ranking size, maxUncles + 1 <= 9.
    function _payUncles(uint64 height, uint256 count, uint256 winner) private {
        if (count < 2) return;
        uint256 available = _rewardsAvailable;
        uint256 uncleReward = _p.uncleReward;
        for (uint256 i; i < count; ++i) {
            if (i == winner) continue;
            bytes32 uncleId = _top[height][i];
            Transcript storage u = _transcripts[uncleId];
            // An uncle whose proof has no contributing position could never pay its pot: nothing leaves the pool.
            uint256 pot;
            if (u.contributedPositions != 0) pot = uncleReward < available ? uncleReward : available;
            available -= pot;
            u.status = Status.Uncle;
            // Safe cast: pot <= uncleReward < 2^128.
            u.proverPot = uint128(pot);
            u.finalisedAt = uint40(block.timestamp);
            emit UncleRewarded(height, uncleId, pot);
        }
        _rewardsAvailable = available;
    }


    /// @dev Opens (lazily) and checks the proposal window of `height`; returns the round's attempt.
    function _openRound(uint64 height) private returns (uint32 attempt) {
        uint64 headHeight = _head;
        Round storage r = _rounds[height];
        uint64 start = r.start;
        uint32 window = _p.proposalWindow;
        if (height == headHeight + 1) {
            if (start == 0) {
                start = uint64(block.timestamp);
                r.start = start;
                emit RoundStarted(height, r.attempt, start);
            }
        } else if (_p.pipelined && height == headHeight + 2) {
            uint64 prevStart = _rounds[height - 1].start;
            if (prevStart == 0 || block.timestamp < prevStart + window) revert BlockMarketProposalWindowNotOpen(height);
            if (start == 0) {
                start = prevStart + window;
                r.start = start;
                emit RoundStarted(height, r.attempt, start);
            }
        } else {
            revert BlockMarketWrongHeight(height, headHeight);
        }
        if (block.timestamp >= start + window) revert BlockMarketProposalWindowClosed(height, start + window);
        return r.attempt;
    }


    function _restart(uint64 height, Round storage r) private {
        uint32 attempt = r.attempt + 1;
        r.attempt = attempt;
        r.start = 0;
        r.topCount = 0;
        emit RoundRestarted(height, attempt);
    }


    /// @dev Moves the burn price by at most 1/8 towards making small prover sets dearer, within
    /// [minBurnPerMissingProver, 2^96 - 1].
    function _updateBurnPrice(uint256 numProvers) private {
        uint256 target = _p.targetProvers;
        if (target == 0 || numProvers == target) return;
        uint256 price = _burnPrice;
        uint256 next;
        if (numProvers < target) {
            uint256 up = price * (target - numProvers) / (8 * target);
            next = price + (up == 0 ? 1 : up);
            if (next > MAX_BURN_PRICE) next = MAX_BURN_PRICE;
        } else {
            uint256 excess = numProvers - target;
            if (excess > target) excess = target;
            next = price - price * excess / (8 * target);
            uint256 floor = _p.minBurnPerMissingProver;
            if (next < floor) next = floor;
        }
        if (next != price) {
            // Safe cast: next <= MAX_BURN_PRICE = 2^96 - 1.
            _burnPrice = uint96(next);
            emit BurnPriceUpdated(next);
        }
    }

}

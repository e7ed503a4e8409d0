// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {BlockMarketBase} from "./BlockMarketBase.sol";
import {IProofVerifier} from "../interfaces/IProofVerifier.sol";
import {TranscriptLib} from "../libraries/TranscriptLib.sol";

/// @title BlockMarketProofs
/// @notice The proof-side entry points of a BlockMarket (vote challenges, proof submission, ranking, prover rewards,
/// slashing and disputes), executed by delegatecall from the BlockMarket so that the market fits the 24 KiB code
/// limit. It holds no state of its own and refuses direct calls.
/// @dev Deployed once and passed to the BlockMarket implementation's constructor; clones reach it through the
/// implementation's immutable. Shares the storage layout through BlockMarketBase.
contract BlockMarketProofs is BlockMarketBase {
    using SafeERC20 for IERC20;

    address private immutable _self = address(this);

    error BlockMarketProofsDirectCall();

    modifier onlyDelegated() {
        if (address(this) == _self) revert BlockMarketProofsDirectCall();
        _;
    }

    /// @notice Adds `amount` of the stake token to the reward pool (block and uncle rewards are paid from it).
    function fundRewards(uint256 amount) external onlyDelegated nonReentrant {
        if (amount == 0) revert BlockMarketZeroAmount();
        IERC20 token = IERC20(_token);
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = token.balanceOf(address(this)) - before;
        _rewardsAvailable += received;
        emit RewardsFunded(msg.sender, received);
    }

    /// @notice Proves that one vote of a live transcript is bad (signature not by the prover over this rollup,
    /// height, proposer, commitment, prover share and position; prover evicted at or before the commit; no bond
    /// record in force at the commit running the horizon past it). The transcript becomes invalid for good and the
    /// caller receives `badVoteBountyBps` of the proposer's escrow.
    /// @param position Index of the assignment in the transcript.
    /// @param proof Merkle proof of the assignment against the committed root.
    function challengeVote(
        uint64 height,
        address proposer,
        bytes32 blockCommitment,
        uint256 position,
        Assignment calldata a,
        bytes32[] calldata proof
    ) external onlyDelegated nonReentrant {
        bytes32 id = transcriptId(height, proposer, blockCommitment);
        Transcript storage t = _live(height, blockCommitment, id);
        Status status = t.status;
        if (status != Status.Committed && status != Status.Revealed && status != Status.Proven) {
            revert BlockMarketWrongStatus(height, blockCommitment, status);
        }
        _checkMember(t, position, a, proof);
        uint8 reason = _badVoteReason(height, blockCommitment, a, t);
        if (reason == 0) revert BlockMarketVoteValid(height, blockCommitment, position);
        t.status = Status.Invalid;
        if (t.ranked) _unrank(height, id, t);
        uint256 bounty = uint256(t.burnBid) * _p.badVoteBountyBps / BPS;
        uint256 paid;
        if (bounty != 0) paid = _vault.slash(
                t.proposer, _token, bounty, _escrowUntil(t.committedBlock, _p.escrowLockBlocks), msg.sender, REASON_BAD_VOTE
            );
        emit BadVoteProven(height, blockCommitment, a.prover, position, reason, msg.sender, paid);
    }


    /// @notice Submits the block proof of a revealed transcript during the proof window. The verifier's parts must
    /// match the transcript's positions one to one; a part counts as contributed when its prover is the assigned one.
    /// Until the proof window closes, a proof with more contributing positions replaces the one recorded (a worse
    /// proof, say a stranger's own attestations, cannot pre-empt the real one). Two transcripts with the same
    /// txOrderRoot are one block: the first proven holds the block's proof until it is invalidated.
    /// @param assignments The transcript's assignments exactly as committed.
    /// @param proof The proof, in the verifier's format.
    function submitProof(
        uint64 height,
        address proposer,
        bytes32 blockCommitment,
        Assignment[] calldata assignments,
        bytes calldata proof
    ) external onlyDelegated nonReentrant whenNotPaused {
        bytes32 id = transcriptId(height, proposer, blockCommitment);
        Transcript storage t = _live(height, blockCommitment, id);
        bool replacing = _checkProvable(height, blockCommitment, t, assignments);
        (uint256 distinct, uint256 leaves, uint256 positions) = _verifyProof(height, id, t, assignments, proof, replacing);
        uint16 previous = t.contributedPositions;
        if (replacing && positions <= previous) revert BlockMarketProofNotBetter(height, id, positions, previous);
        if (!replacing) _holdRoot(height, id, t);
        t.status = Status.Proven;
        // Safe casts: distinct <= positions <= n <= 2,048 and leaves <= 2^12.
        t.contributingProvers = uint16(distinct);
        t.contributedLeaves = uint16(leaves);
        t.contributedPositions = uint16(positions);
        emit TranscriptProven(
            height, blockCommitment, uint16(distinct), uint16(leaves), scoreOf(t.numProvers, t.burnBid)
        );
        if (replacing) emit ProofReplaced(height, id, previous, uint16(positions));
        else _rank(height, id, t);
    }

    /// @dev Checks that `t` takes a proof now (revealed, or proven and open to a better proof, within the proof
    /// window) and that `assignments` are its committed ones; returns whether a recorded proof would be replaced.
    function _checkProvable(
        uint64 height,
        bytes32 blockCommitment,
        Transcript storage t,
        Assignment[] calldata assignments
    ) private view returns (bool replacing) {
        Status status = t.status;
        if (status != Status.Revealed && status != Status.Proven) {
            revert BlockMarketWrongStatus(height, blockCommitment, status);
        }
        uint64 closesAt = _rounds[height].start + _p.proposalWindow + _p.proofWindow;
        if (block.timestamp >= closesAt) revert BlockMarketProofWindowClosed(height, closesAt);
        (bytes32 root,) = _digestAssignments(assignments, t.depth);
        if (root != t.assignmentsRoot) revert BlockMarketAssignmentsMismatch(height, blockCommitment);
        return status == Status.Proven;
    }

    /// @dev Runs the verifier on `proof` and records which positions it shows their assigned prover contributed.
    function _verifyProof(
        uint64 height,
        bytes32 id,
        Transcript storage t,
        Assignment[] calldata assignments,
        bytes calldata proof,
        bool replacing
    ) private returns (uint256 distinct, uint256 leaves, uint256 positions) {
        uint8 depth = t.depth;
        IProofVerifier.Contribution[] memory parts =
            IProofVerifier(_p.verifier).verify(height, t.txOrderRoot, depth, proof);
        return _recordContributions(_contributed[id], depth, assignments, parts, replacing);
    }


    /// @notice Re-enters a proven, valid transcript into its height's ranking (after a better one was invalidated,
    /// or after the transcript holding the same block was invalidated).
    function rank(uint64 height, address proposer, bytes32 blockCommitment) external onlyDelegated {
        bytes32 id = transcriptId(height, proposer, blockCommitment);
        Transcript storage t = _live(height, blockCommitment, id);
        if (t.status != Status.Proven || t.ranked) revert BlockMarketNotRankable(height, blockCommitment);
        _holdRoot(height, id, t);
        _rank(height, id, t);
        if (!t.ranked) revert BlockMarketNotRankable(height, blockCommitment);
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
    ) external onlyDelegated {
        bytes32 id = transcriptId(height, proposer, blockCommitment);
        Transcript storage t = _transcripts[id];
        if (t.status != Status.Won && t.status != Status.Uncle) revert BlockMarketNotPaid(height, blockCommitment);
        _checkMember(t, position, a, proof);
        if (!_bit(_contributed[id], position)) revert BlockMarketNotContributed(position);
        _settle(id, position);
        uint256 amount = uint256(t.proverPot) * (uint256(1) << (t.depth - a.depth)) / t.contributedLeaves;
        _claimable[a.prover] += amount;
        emit ProverRewardCredited(height, blockCommitment, a.prover, position, amount);
    }


    /// @notice Slashes the prover of a withheld assignment of a winning transcript once the dispute window is over:
    /// `slashRateBps` of the bond record that made its vote valid, burned, out of this market's lock only. The vote
    /// is re-checked (signature over this proposer's block and share, eviction, bond record in force at the commit),
    /// whether or not anyone challenged it; a prover is slashed at most once per transcript, and not once its bond
    /// record has expired.
    function slashWithheld(
        uint64 height,
        address proposer,
        bytes32 blockCommitment,
        uint256 position,
        Assignment calldata a,
        bytes32[] calldata proof
    ) external onlyDelegated nonReentrant {
        bytes32 id = transcriptId(height, proposer, blockCommitment);
        Transcript storage t = _transcripts[id];
        if (t.status != Status.Won) revert BlockMarketNotWinner(height, blockCommitment);
        _checkMember(t, position, a, proof);
        if (_bit(_contributed[id], position)) revert BlockMarketProverContributed(position);
        uint64 endsAt = uint64(t.finalisedAt) + _p.disputeWindow;
        if (block.timestamp < endsAt) revert BlockMarketDisputeWindowOpen(endsAt);
        uint8 reason = _badVoteReason(height, blockCommitment, a, t);
        if (reason != 0) revert BlockMarketVoteInvalid(position, reason);
        _settle(id, position);
        uint256 slashed = _slashOnce(id, a.prover, t.committedBlock);
        emit ProverSlashed(height, blockCommitment, a.prover, position, slashed);
    }

    /// @dev Slashes `prover` once for transcript `id`: `slashRateBps` of the bond record in force at the commit's
    /// block (a valid vote implies one), out of this market's lock; refuses a second slash and an expired record.
    function _slashOnce(bytes32 id, address prover, uint256 committedBlock) private returns (uint256 slashed) {
        if (_slashedIn[id][prover]) revert BlockMarketAlreadySlashed(id, prover);
        _slashedIn[id][prover] = true;
        (, uint256 index) = _bondAt(prover, committedBlock);
        Prover storage record = _bonds[prover][index];
        if (record.bondUntil < block.number) revert BlockMarketBondExpired(prover, record.bondUntil);
        uint256 bond = record.bond;
        uint256 amount = bond * _p.slashRateBps / BPS;
        if (amount == 0) return 0;
        slashed = _vault.slash(prover, _token, amount, record.bondUntil, address(0), REASON_WITHHELD);
        // Safe: the vault never slashes more than asked, so slashed <= amount <= bond.
        unchecked {
            bond -= slashed;
        }
        // Safe cast: bond only decreased from a uint128.
        record.bond = uint128(bond);
        if (bond < _minProverStake && record.underStakedAt == 0) record.underStakedAt = uint40(block.timestamp);
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
    ) external onlyDelegated {
        bytes32 id = transcriptId(height, proposer, blockCommitment);
        Transcript storage t = _transcripts[id];
        if (t.status != Status.Won) revert BlockMarketNotWinner(height, blockCommitment);
        _checkMember(t, position, a, proof);
        if (_bit(_contributed[id], position)) revert BlockMarketProverContributed(position);
        uint64 endsAt = uint64(t.finalisedAt) + _p.disputeWindow;
        if (block.timestamp >= endsAt) revert BlockMarketDisputeWindowClosed(endsAt);
        if (!IProofVerifier(_p.verifier).verifyPart(height, t.txOrderRoot, a.prover, a.depth, a.index, part)) {
            revert BlockMarketPartInvalid(position);
        }
        _settle(id, position);
        emit SlashDisputed(height, blockCommitment, a.prover, position);
    }


    /// @dev Matches the verifier's parts to the assignments one to one, stores the contributed bitmap (every word
    /// when `replacing` an earlier proof's) and returns the distinct contributing provers, the leaves they cover and
    /// the contributing positions. Bounded by the assignment count (<= 2,048).
    function _recordContributions(
        mapping(uint256 => uint256) storage bits,
        uint8 depth,
        Assignment[] calldata assignments,
        IProofVerifier.Contribution[] memory parts,
        bool replacing
    ) private returns (uint256 distinct, uint256 leaves, uint256 positions) {
        uint256 n = assignments.length;
        if (parts.length != n) revert BlockMarketProofLayoutMismatch(parts.length < n ? parts.length : n);
        address[] memory contributors = new address[](n);
        uint256 word;
        for (uint256 i; i < n; ++i) {
            Assignment calldata a = assignments[i];
            if (parts[i].depth != a.depth || parts[i].index != a.index) revert BlockMarketProofLayoutMismatch(i);
            if (parts[i].prover == a.prover) {
                contributors[positions++] = a.prover;
                leaves += uint256(1) << (depth - a.depth);
                word |= uint256(1) << (i & 255);
            }
            if (i & 255 == 255 || i + 1 == n) {
                if (word != 0 || replacing) bits[i >> 8] = word;
                word = 0;
            }
        }
        // Safe: shrinks the array's length in place to its filled prefix (positions <= n); nothing else points at it.
        assembly ("memory-safe") {
            mstore(contributors, positions)
        }
        distinct = TranscriptLib.countDistinct(contributors, block.prevrandao);
    }


    /// @dev Makes transcript `id` the holder of its block (height, attempt, txOrderRoot): free, already its own, or
    /// held by a transcript that was since invalidated. One block, one proof, one reward: copies of a block under
    /// other secrets or proposers cannot farm uncle rewards.
    function _holdRoot(uint64 height, bytes32 id, Transcript storage t) private {
        bytes32 txOrderRoot = t.txOrderRoot;
        bytes32 key = keccak256(abi.encode(height, t.attempt, txOrderRoot));
        bytes32 holder = _rootHolder[key];
        if (holder == id) return;
        if (holder != bytes32(0) && _transcripts[holder].status != Status.Invalid) {
            revert BlockMarketRootTaken(height, txOrderRoot, holder);
        }
        _rootHolder[key] = id;
    }


    /// @dev Why the vote of assignment `a` in transcript `t` is bad (0 = valid): the signature must be the prover's
    /// over this market, height, proposer, commitment, prover share and position; the prover must not have been
    /// evicted at the commit (by its eviction log, so a later reinstatement or eviction changes nothing); a bond
    /// record taken at or before the commit's block must run `bondHorizonBlocks` past it and must not have fallen
    /// under the minimum stake before the commit. Later bond records never change the answer.
    function _badVoteReason(uint64 height, bytes32 blockCommitment, Assignment calldata a, Transcript storage t)
        private
        view
        returns (uint8)
    {
        bytes32 digest = voteDigest(height, t.proposer, blockCommitment, t.proverRewardBps, a.depth, a.index);
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, a.r, a.vs);
        if (err != ECDSA.RecoverError.NoError || signer != a.prover) return BAD_SIGNATURE;
        uint40 committedAt = t.committedAt;
        uint40 committedBlock = t.committedBlock;
        if (_evictedAsOf(a.prover, committedAt)) return BAD_EVICTED;
        (bool found, uint256 index) = _bondAt(a.prover, committedBlock);
        if (!found) return BAD_UNBONDED;
        Prover storage record = _bonds[a.prover][index];
        uint40 underStakedAt = record.underStakedAt;
        if (
            uint256(record.bondUntil) < uint256(committedBlock) + _p.bondHorizonBlocks
                || (underStakedAt != 0 && underStakedAt <= committedAt)
        ) return BAD_UNBONDED;
        return 0;
    }


    /// @dev Inserts a proven transcript into its height's ranking (best first, at most maxUncles + 1 entries; ties
    /// keep the earlier one ahead). Bounded by MAX_UNCLES + 1 iterations.
    function _rank(uint64 height, bytes32 id, Transcript storage t) private {
        Round storage r = _rounds[height];
        bytes32[9] storage top = _top[height];
        uint256 capacity = uint256(_p.maxUncles) + 1;
        uint256 count = r.topCount;
        uint256 score = scoreOf(t.numProvers, t.burnBid);
        uint256 pos = count;
        while (pos > 0) {
            Transcript storage above = _transcripts[top[pos - 1]];
            if (scoreOf(above.numProvers, above.burnBid) >= score) break;
            --pos;
        }
        if (pos >= capacity) return;
        if (count == capacity) {
            _transcripts[top[count - 1]].ranked = false;
            --count;
        }
        for (uint256 i = count; i > pos; --i) {
            top[i] = top[i - 1];
        }
        top[pos] = id;
        // Safe cast: count + 1 <= capacity <= 9.
        r.topCount = uint8(count + 1);
        t.ranked = true;
        emit TranscriptRanked(height, id, uint8(pos));
    }


    /// @dev Removes `id` from its height's ranking. Bounded by MAX_UNCLES + 1 iterations.
    function _unrank(uint64 height, bytes32 id, Transcript storage t) private {
        Round storage r = _rounds[height];
        bytes32[9] storage top = _top[height];
        uint256 count = r.topCount;
        uint256 i;
        while (i < count && top[i] != id) ++i;
        for (; i + 1 < count; ++i) {
            top[i] = top[i + 1];
        }
        // Safe cast and subtraction: the transcript is ranked, so count >= 1.
        r.topCount = uint8(count - 1);
        t.ranked = false;
    }

    // ------------------------------------------------------------------ views (reached through the market's fallback)

    /// @notice How many bond records `prover` has.
    function bondCount(address prover) external view onlyDelegated returns (uint256) {
        return _bonds[prover].length;
    }

    /// @notice Bond record `index` of `prover` (in bonding order).
    function bondRecord(address prover, uint256 index) external view onlyDelegated returns (Prover memory) {
        return _bonds[prover][index];
    }

    /// @notice The transcript holding the proof (and reward) of the block with `txOrderRoot` at `height` in the
    /// height's current attempt, or zero.
    function rootHolderOf(uint64 height, bytes32 txOrderRoot) external view onlyDelegated returns (bytes32) {
        return _rootHolder[keccak256(abi.encode(height, _rounds[height].attempt, txOrderRoot))];
    }


}

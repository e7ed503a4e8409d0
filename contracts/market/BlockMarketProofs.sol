// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

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
    address private immutable _self = address(this);

    error BlockMarketProofsDirectCall();

    modifier onlyDelegated() {
        if (address(this) == _self) revert BlockMarketProofsDirectCall();
        _;
    }

    /// @notice Proves that one vote of a live transcript is bad (signature not by the prover over this rollup,
    /// height, commitment and position; prover evicted before the commit; prover not bonded for the horizon at
    /// the commit). The transcript becomes invalid for good and the caller receives `badVoteBountyBps` of the
    /// proposer's escrow.
    /// @param position Index of the assignment in the transcript.
    /// @param proof Merkle proof of the assignment against the committed root.
    function challengeVote(
        uint64 height,
        bytes32 blockCommitment,
        uint256 position,
        Assignment calldata a,
        bytes32[] calldata proof
    ) external onlyDelegated nonReentrant {
        bytes32 id = transcriptId(height, blockCommitment);
        Transcript storage t = _live(height, blockCommitment, id);
        Status status = t.status;
        if (status != Status.Committed && status != Status.Revealed && status != Status.Proven) {
            revert BlockMarketWrongStatus(height, blockCommitment, status);
        }
        _checkMember(t, position, a, proof);
        uint8 reason = _badVoteReason(height, blockCommitment, a, t.committedAt, t.committedBlock);
        if (reason == 0) revert BlockMarketVoteValid(height, blockCommitment, position);
        t.status = Status.Invalid;
        if (t.ranked) _unrank(height, id, t);
        uint256 bounty = uint256(t.burnBid) * _p.badVoteBountyBps / BPS;
        uint256 paid;
        if (bounty != 0) paid = _vault.slash(t.proposer, _token, bounty, msg.sender, REASON_BAD_VOTE);
        emit BadVoteProven(height, blockCommitment, a.prover, position, reason, msg.sender, paid);
    }


    /// @notice Submits the block proof of a revealed transcript during the proof window. The verifier's parts must
    /// match the transcript's positions one to one; a part counts as contributed when its prover is the assigned one.
    /// @param assignments The transcript's assignments exactly as committed.
    /// @param proof The proof, in the verifier's format.
    function submitProof(
        uint64 height,
        bytes32 blockCommitment,
        Assignment[] calldata assignments,
        bytes calldata proof
    ) external onlyDelegated nonReentrant whenNotPaused {
        bytes32 id = transcriptId(height, blockCommitment);
        Transcript storage t = _live(height, blockCommitment, id);
        if (t.status != Status.Revealed) revert BlockMarketWrongStatus(height, blockCommitment, t.status);
        uint64 closesAt = _rounds[height].start + _p.proposalWindow + _p.proofWindow;
        if (block.timestamp >= closesAt) revert BlockMarketProofWindowClosed(height, closesAt);
        uint8 depth = t.depth;
        (bytes32 root,) = _digestAssignments(assignments, depth);
        if (root != t.assignmentsRoot) revert BlockMarketAssignmentsMismatch(height, blockCommitment);

        IProofVerifier.Contribution[] memory parts =
            IProofVerifier(_p.verifier).verify(height, t.txOrderRoot, depth, proof);
        (uint256 distinct, uint256 leaves) = _recordContributions(_contributed[id], depth, assignments, parts);
        t.status = Status.Proven;
        // Safe casts: distinct <= n <= 2,048 and leaves <= 2^12.
        t.contributingProvers = uint16(distinct);
        t.contributedLeaves = uint16(leaves);
        uint256 score = scoreOf(t.numProvers, t.burnBid);
        emit TranscriptProven(height, blockCommitment, uint16(distinct), uint16(leaves), score);
        _rank(height, id, t);
    }


    /// @notice Re-enters a proven, valid transcript into its height's ranking (after a better one was invalidated).
    function rank(uint64 height, bytes32 blockCommitment) external onlyDelegated {
        bytes32 id = transcriptId(height, blockCommitment);
        Transcript storage t = _live(height, blockCommitment, id);
        if (t.status != Status.Proven || t.ranked) revert BlockMarketNotRankable(height, blockCommitment);
        _rank(height, id, t);
        if (!t.ranked) revert BlockMarketNotRankable(height, blockCommitment);
    }


    /// @notice Credits the prover of a contributed assignment of a winning or uncle transcript its pro-rata share of
    /// the transcript's prover pot (by leaves covered). Anyone may call; the credit goes to the prover.
    function claimProverReward(
        uint64 height,
        bytes32 blockCommitment,
        uint256 position,
        Assignment calldata a,
        bytes32[] calldata proof
    ) external onlyDelegated {
        bytes32 id = transcriptId(height, blockCommitment);
        Transcript storage t = _transcripts[id];
        if (t.status != Status.Won && t.status != Status.Uncle) revert BlockMarketNotPaid(height, blockCommitment);
        _checkMember(t, position, a, proof);
        if (!_bit(_contributed[id], position)) revert BlockMarketNotContributed(position);
        _settle(id, position);
        uint256 amount = uint256(t.proverPot) * (uint256(1) << (t.depth - a.depth)) / t.contributedLeaves;
        _claimable[a.prover] += amount;
        emit ProverRewardCredited(height, blockCommitment, a.prover, position, amount);
    }


    /// @notice Slashes the prover of a withheld assignment of a winning transcript, once the dispute window is over:
    /// `slashRateBps` of its current bond, burned.
    function slashWithheld(
        uint64 height,
        bytes32 blockCommitment,
        uint256 position,
        Assignment calldata a,
        bytes32[] calldata proof
    ) external onlyDelegated nonReentrant {
        bytes32 id = transcriptId(height, blockCommitment);
        Transcript storage t = _transcripts[id];
        if (t.status != Status.Won) revert BlockMarketNotWinner(height, blockCommitment);
        _checkMember(t, position, a, proof);
        if (_bit(_contributed[id], position)) revert BlockMarketProverContributed(position);
        uint64 endsAt = uint64(t.finalisedAt) + _p.disputeWindow;
        if (block.timestamp < endsAt) revert BlockMarketDisputeWindowOpen(endsAt);
        _settle(id, position);
        Prover storage p = _provers[a.prover];
        uint256 bond = p.bond;
        uint256 amount = bond * _p.slashRateBps / BPS;
        uint256 slashed;
        if (amount != 0) {
            slashed = _vault.slash(a.prover, _token, amount, address(0), REASON_WITHHELD);
            // Safe: slashed <= amount <= bond.
            unchecked {
                bond -= slashed;
            }
            p.bond = uint128(bond);
            if (bond < _minProverStake && p.underStakedAt == 0) p.underStakedAt = uint40(block.timestamp);
        }
        emit ProverSlashed(height, blockCommitment, a.prover, position, slashed);
    }


    /// @notice Shows, during the dispute window, that the prover of a withheld assignment of the winning transcript
    /// did produce its part: the assignment can no longer be slashed.
    /// @param part The prover's part in the verifier's format (AttestationVerifier: its leaf attestation).
    function disputeSlash(
        uint64 height,
        bytes32 blockCommitment,
        uint256 position,
        Assignment calldata a,
        bytes32[] calldata proof,
        bytes calldata part
    ) external onlyDelegated {
        bytes32 id = transcriptId(height, blockCommitment);
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


    /// @dev Matches the verifier's parts to the assignments one to one, stores the contributed bitmap and returns
    /// the distinct contributing provers and the leaves they cover. Bounded by the assignment count (<= 2,048).
    function _recordContributions(
        mapping(uint256 => uint256) storage bits,
        uint8 depth,
        Assignment[] calldata assignments,
        IProofVerifier.Contribution[] memory parts
    ) private returns (uint256 distinct, uint256 leaves) {
        uint256 n = assignments.length;
        if (parts.length != n) revert BlockMarketProofLayoutMismatch(parts.length < n ? parts.length : n);
        address[] memory contributors = new address[](n);
        uint256 count;
        uint256 word;
        for (uint256 i; i < n; ++i) {
            Assignment calldata a = assignments[i];
            if (parts[i].depth != a.depth || parts[i].index != a.index) revert BlockMarketProofLayoutMismatch(i);
            if (parts[i].prover == a.prover) {
                contributors[count++] = a.prover;
                leaves += uint256(1) << (depth - a.depth);
                word |= uint256(1) << (i & 255);
            }
            if (i & 255 == 255 || i + 1 == n) {
                if (word != 0) bits[i >> 8] = word;
                word = 0;
            }
        }
        // Safe: shrinks the array's length in place to its filled prefix (count <= n); nothing else points at it.
        assembly ("memory-safe") {
            mstore(contributors, count)
        }
        distinct = TranscriptLib.countDistinct(contributors, block.prevrandao);
    }


    function _badVoteReason(
        uint64 height,
        bytes32 blockCommitment,
        Assignment calldata a,
        uint40 committedAt,
        uint40 committedBlock
    ) private view returns (uint8) {
        (address signer, ECDSA.RecoverError err,) =
            ECDSA.tryRecover(voteDigest(height, blockCommitment, a.depth, a.index), a.r, a.vs);
        if (err != ECDSA.RecoverError.NoError || signer != a.prover) return BAD_SIGNATURE;
        uint256 evictedAt = _evictedAt[a.prover];
        if (evictedAt != 0 && evictedAt <= committedAt) return BAD_EVICTED;
        Prover memory p = _provers[a.prover];
        if (
            p.bondedAt == 0 || p.bondedAt > committedAt
                || uint256(p.bondUntil) < uint256(committedBlock) + _p.bondHorizonBlocks
                || (p.underStakedAt != 0 && p.underStakedAt <= committedAt)
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

}

// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IBlockMarket} from "./IBlockMarket.sol";
import {IStakeVault} from "../interfaces/IStakeVault.sol";
import {TranscriptLib} from "../libraries/TranscriptLib.sol";

/// @title BlockMarketBase
/// @notice Storage layout, constants and shared helpers of the BlockMarket and its delegated proof module
/// (BlockMarketProofs). Both inherit this contract alone for storage, so their layouts are identical.
abstract contract BlockMarketBase is IBlockMarket, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice Hard cap on `Params.maxAssignments` (a 2^12-leaf tree, one prover per leaf).
    uint16 public constant MAX_ASSIGNMENTS = 2048;

    /// @notice Hard cap on `Params.maxUncles`.
    uint8 public constant MAX_UNCLES = 8;

    /// @notice Basis-point denominator.
    uint16 internal constant BPS = 10_000;

    /// @notice Ceiling of the dynamic burn price (a larger price could not be paid by a uint96 burn bid).
    uint256 internal constant MAX_BURN_PRICE = type(uint96).max;

    /// @notice Vault slash reason codes.
    uint8 public constant REASON_BURN = 1;
    uint8 public constant REASON_BAD_VOTE = 2;
    uint8 public constant REASON_WITHHELD = 3;

    /// @notice Bad-vote reasons reported by `BadVoteProven`.
    uint8 public constant BAD_SIGNATURE = 1;
    uint8 public constant BAD_EVICTED = 2;
    uint8 public constant BAD_UNBONDED = 3;

    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

    bytes32 internal constant NAME_HASH = keccak256("Baton BlockMarket");

    bytes32 internal constant VERSION_HASH = keccak256("1");

    /// @notice EIP-712 type of a prover vote.
    /// A vote is for one proposer's block at the prover share it advertised, for one tree position.
    bytes32 public constant VOTE_TYPEHASH = keccak256(
        "Vote(address rollup,uint256 height,address proposer,bytes32 blockCommitment,uint16 proverRewardBps,uint8 depth,uint32 index)"
    );

    /// @notice Fastest L1 block rate the block-based horizons are checked against (seconds per block): an escrow or
    /// bond of N blocks is assumed to last at least N * 12 seconds.
    uint256 public constant MIN_SECONDS_PER_BLOCK = 12;

    struct Round {
        uint64 start;
        uint32 attempt;
        uint8 topCount;
    }

    // Hot fields share slots: (vault, head, paused) and (token, burnPrice) are each one storage read.
    IStakeVault internal _vault;
    uint64 internal _head;
    bool internal _paused;
    address internal _token;
    uint96 internal _burnPrice;
    address internal _governance;
    uint64 internal _rollupId;
    uint128 internal _minProverStake;
    Params internal _p;
    bytes32 internal _headHash;
    uint256 internal _rewardsAvailable;

    mapping(address participant => uint256 evictedAt) internal _evictedAt;

    /// @dev Append-only bond records per prover, in bonding order (see IBlockMarket.Prover).
    mapping(address prover => Prover[]) internal _bonds;

    mapping(uint256 height => Round) internal _rounds;

    mapping(uint256 height => bytes32[9]) internal _top;

    mapping(bytes32 id => Transcript) internal _transcripts;

    mapping(bytes32 id => mapping(uint256 word => uint256 bits)) internal _contributed;

    mapping(bytes32 id => mapping(uint256 word => uint256 bits)) internal _settled;

    mapping(address account => uint256 amount) internal _claimable;

    /// @dev keccak256(height, attempt, txOrderRoot) => the transcript that holds that block's proof and reward.
    mapping(bytes32 rootKey => bytes32 id) internal _rootHolder;

    /// @dev Provers already slashed per transcript (at most one slash per prover and transcript).
    mapping(bytes32 id => mapping(address prover => bool)) internal _slashedIn;

    /// @dev Append-only eviction history per participant: the times its status changed (odd entries evictions, even
    /// entries reinstatements), so a vote is judged by the status in force at its commit, whatever came after.
    mapping(address participant => uint40[] changedAt) internal _evictionLog;

    modifier whenNotPaused() {
        if (_paused) revert BlockMarketPaused();
        _;
    }

    /// @notice SCORE = NUM_PROVERS^3 * BURN_BID^2. Inputs are bounded (provers <= 2,048 = 2^11, burn < 2^96), so the
    /// result is below 2^228 and cannot overflow.
    function scoreOf(uint256 numProvers, uint96 burnBid) public pure returns (uint256) {
        return numProvers * numProvers * numProvers * uint256(burnBid) * uint256(burnBid);
    }

    /// @notice Storage key of the transcript `proposer` committed with `blockCommitment` at `height`.
    function transcriptId(uint64 height, address proposer, bytes32 blockCommitment) public pure returns (bytes32) {
        return keccak256(abi.encode(height, proposer, blockCommitment));
    }

    /// @notice EIP-712 domain separator ("Baton BlockMarket", "1", chain id, this clone's address).
    function domainSeparator() public view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, block.chainid, address(this)));
    }

    /// @notice EIP-712 digest a prover signs to vote for node (`depth`, `index`) of the block `proposer` commits
    /// with `blockCommitment` at `height`, paying provers `proverRewardBps` of the reward.
    function voteDigest(
        uint256 height,
        address proposer,
        bytes32 blockCommitment,
        uint16 proverRewardBps,
        uint8 depth,
        uint32 index
    ) public view returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(
                VOTE_TYPEHASH, address(this), height, proposer, blockCommitment, proverRewardBps, depth, index
            )
        );
        return keccak256(abi.encodePacked("\x19\x01", domainSeparator(), structHash));
    }

    /// @dev First block at which the burn escrow of a transcript committed at block `committedBlock` no longer
    /// holds: aligned to a multiple of `period` (escrowLockBlocks), `period + 1` to `2 * period` blocks after the
    /// commit, so a proposer's escrows of one period share one vault lock slot. From that block the transcript is
    /// out of contention: it can no longer win (its burn might not be taken), and its escrow is free.
    function _escrowUntil(uint256 committedBlock, uint64 period) internal pure returns (uint64) {
        // Safe cast: block numbers and period fit in 64 bits for any chain that will ever run this.
        return uint64((committedBlock / period + 2) * period);
    }

    /// @dev One copy of the transcript digest (coverage, Merkle root, distinct provers) for commit and proof.
    function _digestAssignments(Assignment[] calldata assignments, uint8 depth)
        internal
        view
        returns (bytes32 root, uint256 distinct)
    {
        return TranscriptLib.digest(assignments, depth, block.prevrandao);
    }

    /// @dev The transcript `id`, required to exist and to belong to the current attempt of an unfinalised height.
    function _live(uint64 height, bytes32 blockCommitment, bytes32 id) internal view returns (Transcript storage t) {
        t = _transcripts[id];
        if (t.status == Status.None) revert BlockMarketUnknownTranscript(height, blockCommitment);
        if (height <= _head || t.attempt != _rounds[height].attempt) {
            revert BlockMarketTranscriptClosed(height, blockCommitment);
        }
    }

    function _checkMember(Transcript storage t, uint256 position, Assignment calldata a, bytes32[] calldata proof)
        internal
        view
    {
        if (!TranscriptLib.verifyLeaf(t.assignmentsRoot, t.numAssignments, position, TranscriptLib.leafOf(a), proof))
        {
            revert BlockMarketNotInAssignments(position);
        }
    }

    function _settle(bytes32 id, uint256 position) internal {
        uint256 mask = uint256(1) << (position & 255);
        uint256 bits = _settled[id][position >> 8];
        if (bits & mask != 0) revert BlockMarketAlreadySettled(position);
        _settled[id][position >> 8] = bits | mask;
    }

    /// @dev The bond record of `prover` in force at block `atBlock` (the last one taken at or before it), or
    /// (false, 0). Binary search over the append-only records: O(log records).
    function _bondAt(address prover, uint256 atBlock) internal view returns (bool found, uint256 index) {
        Prover[] storage records = _bonds[prover];
        uint256 lo;
        uint256 hi = records.length;
        while (lo < hi) {
            uint256 mid = (lo + hi) >> 1;
            if (records[mid].bondedBlock <= atBlock) lo = mid + 1;
            else hi = mid;
        }
        if (lo == 0) return (false, 0);
        return (true, lo - 1);
    }

    /// @dev Whether `participant` was evicted at time `at`: an odd number of status changes at or before it (an
    /// eviction in the same second as a commit counts for it). Binary search over the log: O(log changes).
    function _evictedAsOf(address participant, uint256 at) internal view returns (bool) {
        uint40[] storage log = _evictionLog[participant];
        uint256 lo;
        uint256 hi = log.length;
        while (lo < hi) {
            uint256 mid = (lo + hi) >> 1;
            if (log[mid] <= at) lo = mid + 1;
            else hi = mid;
        }
        return lo & 1 == 1;
    }

    function _bit(mapping(uint256 => uint256) storage bits, uint256 position) internal view returns (bool) {
        return bits[position >> 8] & (uint256(1) << (position & 255)) != 0;
    }
}

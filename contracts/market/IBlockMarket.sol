// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title IBlockMarket
/// @notice Aztec-style proposer-builder separation with a federated prover network (MECHANISM.md §4): proposers
/// commit transcripts of prover votes, the best proven transcript per height wins, rewards are split with the
/// provers that contributed, uncles pay their provers, withholding voters are slashed at a rate after a dispute window.
/// Transcripts are addressed by (height, proposer, blockCommitment): copying someone's commitment neither blocks the
/// original nor stalls the height, and votes bind the proposer and its advertised prover share.
interface IBlockMarket {
    /// @notice Mechanism parameters, ABI-encoded as the `params` of `initialize`.
    /// @param verifier The IProofVerifier that checks block proofs.
    /// @param proposalWindow W_prop in seconds (1 ..= 1 day).
    /// @param proofWindow W_proof in seconds (1 ..= 1 day).
    /// @param disputeWindow Seconds after finalisation during which a left-out prover can show its part
    /// (1 ..= 7 days).
    /// @param escrowLockBlocks Minimum blocks a burn-bid escrow stays locked in the vault (covers both windows;
    /// refund = expiry). The expiry is aligned to the next-but-one multiple of it, so it runs between
    /// escrowLockBlocks + 1 and 2 * escrowLockBlocks blocks.
    /// @param bondHorizonBlocks Blocks a prover bond must still run at commit time (covers windows and dispute).
    /// @param pipelined Whether height h+1's proposal window opens when h's proof window opens (parent hash given).
    /// @param maxAssignments Most assignments (and provers) per transcript (1 ..= 2,048).
    /// @param targetProvers TARGET_PROVERS of the dynamic burn price (0 disables the price; <= maxAssignments).
    /// @param maxUncles N, the most uncles paid per height (<= 8).
    /// @param slashRateBps Share of a prover's bond slashed per withheld assignment (1 ..= 10,000).
    /// @param badVoteBountyBps Share of a bad transcript's escrow paid to whoever proves the bad vote (<= 10,000).
    /// @param minBurnBid Smallest burn bid (> 0).
    /// @param minBurnPerMissingProver Floor and starting value of the burn price per prover below target.
    /// @param blockReward R, paid per finalised block out of funded rewards.
    /// @param uncleReward U, paid per uncle to its contributing provers.
    struct Params {
        address verifier;
        uint32 proposalWindow;
        uint32 proofWindow;
        uint32 disputeWindow;
        uint32 escrowLockBlocks;
        uint32 bondHorizonBlocks;
        bool pipelined;
        uint16 maxAssignments;
        uint16 targetProvers;
        uint8 maxUncles;
        uint16 slashRateBps;
        uint16 badVoteBountyBps;
        uint96 minBurnBid;
        uint96 minBurnPerMissingProver;
        uint128 blockReward;
        uint128 uncleReward;
    }

    /// @notice One prover assignment of a transcript with the prover's EIP-712 vote in ERC-2098 compact form.
    /// @param prover The voting prover.
    /// @param depth Depth of the assigned node (0 = root).
    /// @param index Index of the node at that depth.
    /// @param r Signature r.
    /// @param vs Signature s with the parity bit (v - 27) in the top bit.
    struct Assignment {
        address prover;
        uint8 depth;
        uint32 index;
        bytes32 r;
        bytes32 vs;
    }

    /// @notice Arguments of `commitTranscript`.
    /// @param height Block height the transcript proposes.
    /// @param blockCommitment keccak256(abi.encodePacked(txOrderRoot, secret)).
    /// @param parentHash Block hash the proposal builds on (pipelined mode; must be zero otherwise).
    /// @param burnBid Escrowed in the vault; burned only if the block wins.
    /// @param proverRewardBps Share of the block reward paid to the provers (<= 10,000).
    /// @param depth Depth at which the assignments split the proof tree.
    struct Commit {
        uint64 height;
        bytes32 blockCommitment;
        bytes32 parentHash;
        uint96 burnBid;
        uint16 proverRewardBps;
        uint8 depth;
    }

    /// @notice Lifecycle of a transcript.
    enum Status {
        None,
        Committed,
        Revealed,
        Proven,
        Invalid,
        Won,
        Uncle
    }

    /// @notice A committed transcript (storage view).
    struct Transcript {
        address proposer;
        uint32 attempt;
        uint16 numProvers;
        uint16 numAssignments;
        uint8 depth;
        uint16 proverRewardBps;
        Status status;
        bool ranked;
        uint96 burnBid;
        uint40 committedAt;
        uint40 committedBlock;
        uint16 contributingProvers;
        uint16 contributedLeaves;
        uint16 contributedPositions;
        bytes32 assignmentsRoot;
        bytes32 txOrderRoot;
        bytes32 parentHash;
        uint128 proverPot;
        uint40 finalisedAt;
    }

    /// @notice One bond record of a prover with this market. Records are append-only: a new bond (allowed once the
    /// previous one expired) never rewrites an older one, so a vote's validity is judged from the record in force at
    /// its commit. `bond` is what is left of the record after slashes; `underStakedAt` the time it fell below
    /// `minProverStake`.
    struct Prover {
        uint128 bond;
        uint64 bondUntil;
        uint40 bondedAt;
        uint40 underStakedAt;
        uint40 bondedBlock;
    }

    event ProverBonded(address indexed prover, uint256 amount, uint64 untilBlock);
    event RoundStarted(uint256 indexed height, uint32 attempt, uint64 start);
    event TranscriptCommitted(
        uint256 indexed height,
        bytes32 indexed blockCommitment,
        address indexed proposer,
        uint32 attempt,
        uint96 burnBid,
        uint16 numProvers,
        bytes32 assignmentsRoot,
        uint256 score
    );
    event TranscriptRevealed(uint256 indexed height, bytes32 indexed blockCommitment, bytes32 txOrderRoot);
    event TranscriptProven(
        uint256 indexed height,
        bytes32 indexed blockCommitment,
        uint16 contributingProvers,
        uint16 contributedLeaves,
        uint256 score
    );
    event ProofReplaced(
        uint256 indexed height, bytes32 indexed transcriptId, uint16 previousPositions, uint16 contributedPositions
    );
    event BurnShortfall(uint256 indexed height, bytes32 indexed transcriptId, uint256 burnBid, uint256 burned);
    event TranscriptRanked(uint256 indexed height, bytes32 indexed transcriptId, uint8 rank);
    event BadVoteProven(
        uint256 indexed height,
        bytes32 indexed blockCommitment,
        address indexed prover,
        uint256 position,
        uint8 reason,
        address challenger,
        uint256 bounty
    );
    event BlockFinalised(
        uint256 indexed height,
        bytes32 indexed transcriptId,
        address indexed proposer,
        bytes32 blockHash,
        uint256 burned,
        uint256 reward,
        uint256 proverPot
    );
    event UncleRewarded(uint256 indexed height, bytes32 indexed transcriptId, uint256 pot);
    event RoundRestarted(uint256 indexed height, uint32 attempt);
    event BurnPriceUpdated(uint256 price);
    event ProverRewardCredited(
        uint256 indexed height,
        bytes32 indexed blockCommitment,
        address indexed prover,
        uint256 position,
        uint256 amount
    );
    event ProverSlashed(
        uint256 indexed height,
        bytes32 indexed blockCommitment,
        address indexed prover,
        uint256 position,
        uint256 amount
    );
    event SlashDisputed(
        uint256 indexed height, bytes32 indexed blockCommitment, address indexed prover, uint256 position
    );
    event RewardsFunded(address indexed from, uint256 amount);
    event RewardClaimed(address indexed account, uint256 amount);

    error BlockMarketZeroAddress();
    error BlockMarketNotGovernance(address caller);
    error BlockMarketPaused();
    error BlockMarketBadParam(uint8 which);
    error BlockMarketEvicted(address participant);
    error BlockMarketAlreadyBonded(address prover, uint64 bondUntil);
    error BlockMarketBondTooShort(uint64 untilBlock, uint64 minimum);
    error BlockMarketWrongHeight(uint256 height, uint256 head);
    error BlockMarketProposalWindowClosed(uint256 height, uint64 closedAt);
    error BlockMarketProposalWindowNotOpen(uint256 height);
    error BlockMarketParentHashNotAllowed();
    error BlockMarketTooManyAssignments(uint256 count, uint256 maximum);
    error BlockMarketRewardBpsTooHigh(uint16 bps);
    error BlockMarketBurnTooLow(uint256 burnBid, uint256 required);
    error BlockMarketCommitmentTaken(uint256 height, bytes32 blockCommitment);
    error BlockMarketUnknownTranscript(uint256 height, bytes32 blockCommitment);
    error BlockMarketTranscriptClosed(uint256 height, bytes32 blockCommitment);
    error BlockMarketNotProposer(address caller, address proposer);
    error BlockMarketWrongStatus(uint256 height, bytes32 blockCommitment, Status status);
    error BlockMarketRevealTooEarly(uint256 height, uint64 opensAt);
    error BlockMarketProofWindowClosed(uint256 height, uint64 closedAt);
    error BlockMarketAssignmentsMismatch(uint256 height, bytes32 blockCommitment);
    error BlockMarketProofLayoutMismatch(uint256 position);
    error BlockMarketNotInAssignments(uint256 position);
    error BlockMarketVoteValid(uint256 height, bytes32 blockCommitment, uint256 position);
    error BlockMarketNotRankable(uint256 height, bytes32 blockCommitment);
    error BlockMarketRoundNotStarted(uint256 height);
    error BlockMarketWindowOpen(uint256 height, uint64 endsAt);
    error BlockMarketNotPaid(uint256 height, bytes32 blockCommitment);
    error BlockMarketNotWinner(uint256 height, bytes32 blockCommitment);
    error BlockMarketNotContributed(uint256 position);
    error BlockMarketProverContributed(uint256 position);
    error BlockMarketAlreadySettled(uint256 position);
    error BlockMarketDisputeWindowOpen(uint64 endsAt);
    error BlockMarketDisputeWindowClosed(uint64 endedAt);
    error BlockMarketPartInvalid(uint256 position);
    error BlockMarketNothingToClaim(address account);
    error BlockMarketZeroAmount();
    error BlockMarketHorizonTooShort(string param, uint256 value, uint256 minimum);
    error BlockMarketProofNotBetter(uint256 height, bytes32 transcriptId, uint256 positions, uint256 recorded);
    error BlockMarketRootTaken(uint256 height, bytes32 txOrderRoot, bytes32 holder);
    error BlockMarketVoteInvalid(uint256 position, uint8 reason);
    error BlockMarketAlreadySlashed(bytes32 transcriptId, address prover);
    error BlockMarketBondExpired(address prover, uint64 bondUntil);

}

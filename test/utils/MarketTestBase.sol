// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {BatonToken} from "../../contracts/token/BatonToken.sol";
import {BlockMarket} from "../../contracts/market/BlockMarket.sol";
import {BlockMarketProofs} from "../../contracts/market/BlockMarketProofs.sol";
import {IBlockMarket} from "../../contracts/market/IBlockMarket.sol";
import {IRollupModule} from "../../contracts/interfaces/IRollupModule.sol";
import {AttestationVerifier} from "../../contracts/verifiers/AttestationVerifier.sol";
import {StakeVault} from "../../contracts/vault/StakeVault.sol";
import {IStakeVault} from "../../contracts/interfaces/IStakeVault.sol";

/// @notice Shared fixture of the BlockMarket tests: token, vault, verifier, a market clone, prover keys, and
/// builders for votes, transcripts, attestation proofs and Merkle proofs.
abstract contract MarketTestBase is Test {
    uint256 internal constant PROVER_KEY_BASE = 0xB0B000;
    uint128 internal constant MIN_PROVER_STAKE = 50 ether;
    uint32 internal constant W_PROP = 60;
    uint32 internal constant W_PROOF = 120;
    uint32 internal constant W_DISPUTE = 300;

    BatonToken internal token;
    StakeVault internal vault;
    AttestationVerifier internal verifier;
    BlockMarketProofs internal proofsModule;
    BlockMarket internal implementation;
    BlockMarket internal market;

    address internal governance = makeAddr("governance");
    address internal proposer = makeAddr("proposer");
    address internal rival = makeAddr("rival");
    address internal funder = makeAddr("funder");

    function setUp() public virtual {
        vm.warp(1_000_000);
        vm.roll(100);
        token = new BatonToken("Baton", "BTN", address(this));
        vault = new StakeVault(address(this), 64);
        vault.setTokenAllowed(address(token), true);
        // The test acts as the vault's authoriser (as the RollupRegistry does): module authorisations keep working
        // after the first deposit has closed the vault's set-up.
        vault.setAuthoriser(address(this));
        verifier = new AttestationVerifier();
        proofsModule = new BlockMarketProofs();
        implementation = new BlockMarket(address(proofsModule));
        market = _deployMarket(_defaultParams());
        _fund(proposer, 10_000 ether);
        _fund(rival, 10_000 ether);
        token.mint(funder, 1_000_000 ether);
        vm.startPrank(funder);
        token.approve(address(market), type(uint256).max);
        market.fundRewards(10_000 ether);
        vm.stopPrank();
    }

    // ------------------------------------------------------------------ deployment

    function _defaultParams() internal view returns (IBlockMarket.Params memory p) {
        p.verifier = address(verifier);
        p.proposalWindow = W_PROP;
        p.proofWindow = W_PROOF;
        p.disputeWindow = W_DISPUTE;
        p.escrowLockBlocks = 1000;
        p.bondHorizonBlocks = 2000;
        p.pipelined = false;
        p.maxAssignments = 2048;
        p.targetProvers = 4;
        p.maxUncles = 2;
        p.slashRateBps = 1000;
        p.badVoteBountyBps = 5000;
        p.minBurnBid = 1 ether;
        p.minBurnPerMissingProver = 0.5 ether;
        p.blockReward = 100 ether;
        p.uncleReward = 10 ether;
    }

    function _init() internal view returns (IRollupModule.ModuleInit memory init) {
        init.vault = address(vault);
        init.governance = governance;
        init.rollupOwner = address(this);
        init.rollupId = 7;
        init.tokens = new IRollupModule.StakeToken[](1);
        init.tokens[0] = IRollupModule.StakeToken({token: address(token), minStake: MIN_PROVER_STAKE, weight: 1});
        init.minSequencers = 1;
        init.maxSequencers = 100;
    }

    function _deployMarket(IBlockMarket.Params memory p) internal returns (BlockMarket m) {
        m = BlockMarket(Clones.clone(address(implementation)));
        m.initialize(_init(), abi.encode(p));
        vault.setModule(address(m), true);
    }

    /// A market with `p`, `provers` bonded provers and `amount` in its reward pool.
    function _deployFundedMarket(IBlockMarket.Params memory p, uint256 provers, uint256 amount)
        internal
        returns (BlockMarket m)
    {
        m = _deployMarket(p);
        _bondProvers(m, provers);
        _fundMarket(m, amount);
    }

    function _fundMarket(BlockMarket m, uint256 amount) internal {
        vm.startPrank(funder);
        token.approve(address(m), amount);
        m.fundRewards(amount);
        vm.stopPrank();
    }

    function _fund(address who, uint256 amount) internal {
        token.mint(who, amount);
        vm.startPrank(who);
        token.approve(address(vault), amount);
        vault.deposit(address(token), amount);
        vm.stopPrank();
    }

    // ------------------------------------------------------------------ provers

    function _proverKey(uint256 i) internal pure returns (uint256) {
        return PROVER_KEY_BASE + i;
    }

    function _prover(uint256 i) internal pure returns (address) {
        return vm.addr(_proverKey(i));
    }

    function _bondProvers(BlockMarket m, uint256 n) internal {
        for (uint256 i; i < n; ++i) {
            _bond(m, i);
        }
    }

    function _bond(BlockMarket m, uint256 i) internal {
        address p = _prover(i);
        _fund(p, MIN_PROVER_STAKE);
        vm.prank(p);
        m.bondProver(uint64(block.number) + 100_000);
    }

    // ------------------------------------------------------------------ transcripts

    function _commitment(bytes32 root, bytes32 secret) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(root, secret));
    }

    function _sign(uint256 key, bytes32 digest) internal pure returns (bytes32 r, bytes32 vs) {
        (uint8 v, bytes32 r_, bytes32 s) = vm.sign(key, digest);
        r = r_;
        vs = bytes32(uint256(s) | (uint256(v - 27) << 255));
    }

    /// Default terms votes are signed for: the `proposer` actor at DEFAULT_BPS.
    uint16 internal constant DEFAULT_BPS = 2000;

    /// Assignments at `depth`, one leaf each, leaf i voted by prover `keyIdx[i]` for `proposer`'s block at DEFAULT_BPS.
    function _assignments(BlockMarket m, uint64 height, bytes32 bc, uint8 depth, uint256[] memory keyIdx)
        internal
        view
        returns (IBlockMarket.Assignment[] memory as_)
    {
        return _assignmentsFor(m, height, proposer, bc, DEFAULT_BPS, depth, keyIdx);
    }

    /// Assignments voted for the block `who` commits with `bc` at `height` paying provers `bps`.
    function _assignmentsFor(
        BlockMarket m,
        uint64 height,
        address who,
        bytes32 bc,
        uint16 bps,
        uint8 depth,
        uint256[] memory keyIdx
    ) internal view returns (IBlockMarket.Assignment[] memory as_) {
        as_ = new IBlockMarket.Assignment[](keyIdx.length);
        for (uint256 i; i < keyIdx.length; ++i) {
            as_[i].prover = _prover(keyIdx[i]);
            as_[i].depth = depth;
            as_[i].index = uint32(i);
            (as_[i].r, as_[i].vs) =
                _sign(_proverKey(keyIdx[i]), m.voteDigest(height, who, bc, bps, depth, uint32(i)));
        }
    }

    function _range(uint256 n) internal pure returns (uint256[] memory idx) {
        idx = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            idx[i] = i;
        }
    }

    function _range(uint256 from, uint256 n) internal pure returns (uint256[] memory idx) {
        idx = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            idx[i] = from + i;
        }
    }

    function _log2(uint256 n) internal pure returns (uint8 d) {
        while ((uint256(1) << d) < n) ++d;
    }

    function _commitAs(
        BlockMarket m,
        address who,
        uint64 height,
        bytes32 bc,
        uint96 burn,
        uint16 bps,
        uint8 depth,
        IBlockMarket.Assignment[] memory as_
    ) internal returns (uint256 score) {
        IBlockMarket.Commit memory c = IBlockMarket.Commit({
            height: height,
            blockCommitment: bc,
            parentHash: bytes32(0),
            burnBid: burn,
            proverRewardBps: bps,
            depth: depth
        });
        vm.prank(who);
        score = m.commitTranscript(c, as_);
    }

    /// Attestation proof for `market`: leaf i attested by key `signerIdx[i]`.
    function _proof(uint64 height, bytes32 root, uint8 depth, uint256[] memory signerIdx)
        internal
        view
        returns (bytes memory)
    {
        return _proofFor(market, height, root, depth, signerIdx);
    }

    /// Attestation proof for market `m` (attestations are bound to the market's domain).
    function _proofFor(BlockMarket m, uint64 height, bytes32 root, uint8 depth, uint256[] memory signerIdx)
        internal
        view
        returns (bytes memory)
    {
        AttestationVerifier.Attestation[] memory atts = new AttestationVerifier.Attestation[](signerIdx.length);
        for (uint256 i; i < signerIdx.length; ++i) {
            atts[i].depth = depth;
            atts[i].index = uint32(i);
            atts[i].partHash = keccak256(abi.encode("part", height, i)); // the hash of the dispute part of _partFor
            (atts[i].r, atts[i].vs) = _sign(
                _proverKey(signerIdx[i]),
                verifier.attestationDigest(address(m), height, root, depth, uint32(i), atts[i].partHash)
            );
        }
        return abi.encode(atts);
    }

    function _part(uint64 height, bytes32 root, uint8 depth, uint32 index, uint256 keyIdx)
        internal
        view
        returns (bytes memory)
    {
        return _partFor(market, height, root, depth, index, keyIdx);
    }

    /// A dispute part for market `m`.
    function _partFor(BlockMarket m, uint64 height, bytes32 root, uint8 depth, uint32 index, uint256 keyIdx)
        internal
        view
        returns (bytes memory)
    {
        bytes memory data = abi.encode("part", height, uint256(index));
        (bytes32 r, bytes32 vs) = _sign(
            _proverKey(keyIdx), verifier.attestationDigest(address(m), height, root, depth, index, keccak256(data))
        );
        return abi.encode(data, r, vs);
    }

    // ------------------------------------------------------------------ Merkle proofs (mirror of TranscriptLib)

    function _leaf(IBlockMarket.Assignment memory a) internal pure returns (bytes32) {
        return keccak256(abi.encode(a.prover, a.depth, a.index, a.r, a.vs));
    }

    function _merkleProof(IBlockMarket.Assignment[] memory as_, uint256 position)
        internal
        pure
        returns (bytes32[] memory proof)
    {
        uint256 width = as_.length;
        bytes32[] memory nodes = new bytes32[](width);
        for (uint256 i; i < width; ++i) {
            nodes[i] = _leaf(as_[i]);
        }
        bytes32[] memory buf = new bytes32[](16);
        uint256 used;
        uint256 idx = position;
        while (width > 1) {
            if (idx & 1 == 1) buf[used++] = nodes[idx - 1];
            else if (idx + 1 < width) buf[used++] = nodes[idx + 1];
            uint256 half = width >> 1;
            for (uint256 i; i < half; ++i) {
                nodes[i] = keccak256(abi.encodePacked(nodes[2 * i], nodes[2 * i + 1]));
            }
            if (width & 1 == 1) nodes[half] = nodes[width - 1];
            width = half + (width & 1);
            idx >>= 1;
        }
        proof = new bytes32[](used);
        for (uint256 i; i < used; ++i) {
            proof[i] = buf[i];
        }
    }

    // ------------------------------------------------------------------ observations and challenges

    /// Everything `who` has in the vault (free, locked and pending): what an attack must not move.
    function _stakeOf(address who) internal view returns (uint256) {
        IStakeVault.Balance memory s = vault.balanceOf(who, address(token));
        return s.free + s.locked + s.pending;
    }

    function _status(BlockMarket m, Block memory b) internal view returns (IBlockMarket.Status) {
        return m.transcriptOf(b.height, b.proposer, b.bc).status;
    }

    /// Challenges the vote at `position` of `b` (from the current caller or prank).
    function _challengeVote(BlockMarket m, Block memory b, uint256 position) internal {
        m.challengeVote(b.height, b.proposer, b.bc, position, b.assignments[position], _merkleProof(b.assignments, position));
    }

    // ------------------------------------------------------------------ lifecycle shortcuts

    struct Block {
        uint64 height;
        address proposer;
        bytes32 root;
        bytes32 secret;
        bytes32 bc;
        uint8 depth;
        IBlockMarket.Assignment[] assignments;
    }

    function _newBlock(BlockMarket m, uint64 height, bytes32 seed, uint256[] memory voters)
        internal
        view
        returns (Block memory b)
    {
        return _newBlockFor(m, height, seed, voters, proposer, DEFAULT_BPS);
    }

    /// A block whose votes are for `who`'s commit at `bps`.
    function _newBlockFor(BlockMarket m, uint64 height, bytes32 seed, uint256[] memory voters, address who, uint16 bps)
        internal
        view
        returns (Block memory b)
    {
        b.height = height;
        b.proposer = who;
        b.root = keccak256(abi.encode("root", seed));
        b.secret = keccak256(abi.encode("secret", seed));
        b.bc = _commitment(b.root, b.secret);
        b.depth = _log2(voters.length);
        require(uint256(1) << b.depth == voters.length, "voters must be a power of two");
        b.assignments = _assignmentsFor(m, height, who, b.bc, bps, b.depth, voters);
    }

    function _commitBlock(BlockMarket m, address who, Block memory b, uint96 burn, uint16 bps)
        internal
        returns (uint256)
    {
        b.proposer = who;
        return _commitAs(m, who, b.height, b.bc, burn, bps, b.depth, b.assignments);
    }

    /// Height 1 on `market` with four voters, committed by `who` at `bps` (burn 10 ether), revealed, proven with
    /// position 0's part signed by prover `stranger` instead of its own (so position 0 did not contribute) and
    /// finalised: the set-up of every dispute and withholding-slash test.
    function _finaliseWithPositionZeroDropped(address who, uint16 bps, uint256 stranger)
        internal
        returns (Block memory b)
    {
        b = _newBlock(market, 1, "a", _range(4));
        _commitBlock(market, who, b, 10 ether, bps);
        _warpToProofWindow(market, 1);
        _reveal(market, who, b);
        uint256[] memory signers = _range(4);
        signers[0] = stranger;
        _prove(market, b, signers);
        _finaliseAfterProofWindow(market, 1);
    }

    /// Commits `b` for `who` (burn 10 ether, 20 %), waits for the proof window and reveals it.
    function _commitAndReveal(BlockMarket m, address who, Block memory b) internal {
        _commitBlock(m, who, b, 10 ether, 2000);
        _warpToProofWindow(m, b.height);
        _reveal(m, who, b);
    }

    /// Height-1 blocks of four voters each by the proposer, block i with seed `firstSeed + i` and burn `burns[i]`,
    /// all committed, then revealed and proven in the proof window; block 0's voters (and signers) are `firstVoters`.
    function _proveCompetingBlocks(BlockMarket m, uint96[] memory burns, uint256 firstSeed, uint256[] memory firstVoters)
        internal
        returns (Block[] memory bs)
    {
        bs = new Block[](burns.length);
        for (uint256 i; i < bs.length; ++i) {
            bs[i] = _newBlock(m, 1, bytes32(firstSeed + i), i == 0 ? firstVoters : _range(4));
            _commitBlock(m, proposer, bs[i], burns[i], 2000);
        }
        _warpToProofWindow(m, 1);
        for (uint256 i; i < bs.length; ++i) {
            _reveal(m, proposer, bs[i]);
            _prove(m, bs[i], i == 0 ? firstVoters : _range(4));
        }
    }

    function _burns(uint96 a, uint96 b, uint96 c, uint96 d) internal pure returns (uint96[] memory burns) {
        burns = new uint96[](4);
        burns[0] = a;
        burns[1] = b;
        burns[2] = c;
        burns[3] = d;
    }

    /// Commits and reveals `b` (height 1, four voters) for the proposer, proves it with `position`'s part signed by
    /// prover `stranger` instead of its own (so that position did not contribute) and finalises it.
    function _finaliseWithPositionDropped(BlockMarket m, Block memory b, uint256 position, uint256 stranger) internal {
        _commitAndReveal(m, proposer, b);
        uint256[] memory signers = _range(4);
        signers[position] = stranger;
        _prove(m, b, signers);
        _finaliseAfterProofWindow(m, 1);
    }

    /// Waits for `height`'s proof window to close and finalises it.
    function _finaliseAfterProofWindow(BlockMarket m, uint64 height) internal {
        _warpPastProofWindow(m, height);
        m.finalise(height);
    }

    function _reveal(BlockMarket m, address who, Block memory b) internal {
        vm.prank(who);
        m.reveal(b.height, b.root, b.secret);
    }

    function _prove(BlockMarket m, Block memory b, uint256[] memory signers) internal {
        m.submitProof(b.height, b.proposer, b.bc, b.assignments, _proofFor(m, b.height, b.root, b.depth, signers));
    }

    function _warpToProofWindow(BlockMarket m, uint64 height) internal {
        (uint64 start,,) = m.roundOf(height);
        vm.warp(uint256(start) + W_PROP);
        vm.roll(block.number + 5);
    }

    function _warpPastProofWindow(BlockMarket m, uint64 height) internal {
        (uint64 start,,) = m.roundOf(height);
        vm.warp(uint256(start) + W_PROP + W_PROOF);
        vm.roll(block.number + 10);
    }

    /// Commits, reveals and fully proves a block at the next height and finalises it.
    function _runBlock(BlockMarket m, address who, bytes32 seed, uint256 n) internal returns (Block memory b) {
        (uint64 headHeight,) = m.head();
        b = _newBlock(m, headHeight + 1, seed, _range(n));
        _commitAndReveal(m, who, b);
        _prove(m, b, _range(n));
        _finaliseAfterProofWindow(m, b.height);
    }
}

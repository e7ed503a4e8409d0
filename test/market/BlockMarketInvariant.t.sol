// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {MarketTestBase} from "../utils/MarketTestBase.sol";
import {BlockMarket} from "../../contracts/market/BlockMarket.sol";
import {IBlockMarket} from "../../contracts/market/IBlockMarket.sol";
import {IStakeVault} from "../../contracts/interfaces/IStakeVault.sol";
import {StakeVault} from "../../contracts/vault/StakeVault.sol";
import {AttestationVerifier} from "../../contracts/verifiers/AttestationVerifier.sol";
import {BatonToken} from "../../contracts/token/BatonToken.sol";

/// @notice Drives random commit / reveal / prove / challenge / finalise / claim / slash sequences.
contract BlockMarketHandler is MarketTestBase {
    struct Entry {
        uint64 height;
        bytes32 seed;
        uint8 n;
        bool bad;
        uint8 who;
        uint96 burn;
    }

    BlockMarket public m;
    address[2] public proposers;
    address public challenger = makeAddr("invariant-challenger");
    Entry[] public entries;

    uint256 public funded;
    uint256 public paid;
    /// Set when a finalise took more of the proposers' stake than the winner's burn bid.
    bool public overBurned;
    uint256 public escrowed;
    mapping(address => uint256) public burnedOf;
    mapping(address => uint256) public bountyOf;
    mapping(address => uint256) public depositOf;
    uint256 public lastCommitBlock;
    uint256 public finalisedCount;
    address internal immutable owner = msg.sender;

    constructor(BlockMarket m_, BatonToken token_, StakeVault vault_, AttestationVerifier verifier_) {
        m = m_;
        token = token_;
        vault = vault_;
        verifier = verifier_;
        proposers[0] = makeAddr("invariant-proposer-0");
        proposers[1] = makeAddr("invariant-proposer-1");
    }

    function setUp() public override {}

    function noteDeposit(address who, uint256 amount) external {
        require(msg.sender == owner, "setup only");
        depositOf[who] += amount;
    }

    function noteFunded(uint256 amount) external {
        require(msg.sender == owner, "setup only");
        funded += amount;
    }

    function _voters(Entry memory e) internal pure returns (uint256[] memory v) {
        v = _range(e.n);
        if (e.bad) v[0] = 20;
    }

    function _block(Entry memory e) internal view returns (Block memory b) {
        b = _newBlockFor(m, e.height, e.seed, _voters(e), proposers[e.who], 2000);
    }

    function _pick(uint256 i) internal view returns (Entry memory e, bool ok) {
        if (entries.length == 0) return (e, false);
        return (entries[i % entries.length], true);
    }

    /// @dev The entry `i` picks and its block; `ok` is false while nothing was committed.
    function _pickBlock(uint256 i) internal view returns (Entry memory e, Block memory b, bool ok) {
        (e, ok) = _pick(i);
        if (ok) b = _block(e);
    }

    /// @dev As `_pickBlock`, with `pos` reduced to one of the block's positions.
    function _pickPosition(uint256 i, uint256 pos) internal view returns (Block memory b, uint256 at, bool ok) {
        Entry memory e;
        (e, b, ok) = _pickBlock(i);
        if (ok) at = pos % e.n;
    }

    function commit(uint256 seed, uint8 who, uint96 burn, uint8 sizeLog, bool bad) external {
        (uint64 headHeight,) = m.head();
        Entry memory e = Entry({
            height: headHeight + 1,
            seed: keccak256(abi.encode(seed, entries.length)),
            n: uint8(1 << (sizeLog % 4)),
            bad: bad && seed % 4 == 0,
            who: who % 2,
            burn: uint96(bound(burn, 3 ether, 40 ether))
        });
        Block memory b = _block(e);
        if (_tryCommit(proposers[e.who], b, e.burn, 2000)) {
            entries.push(e);
            escrowed += e.burn;
        }
    }

    /// @dev `who` commits `b` with `burn` at `bps`; returns whether the market took it.
    function _tryCommit(address who, Block memory b, uint96 burn, uint16 bps) internal returns (bool) {
        IBlockMarket.Commit memory c = IBlockMarket.Commit(b.height, b.bc, bytes32(0), burn, bps, b.depth);
        vm.prank(who);
        try m.commitTranscript(c, b.assignments) {
            lastCommitBlock = block.number;
            return true;
        } catch {
            return false;
        }
    }

    function reveal(uint256 i) external {
        (Entry memory e, Block memory b, bool ok) = _pickBlock(i);
        if (!ok) return;
        vm.prank(proposers[e.who]);
        try m.reveal(b.height, b.root, b.secret) {} catch {}
    }

    function prove(uint256 i, uint8 dropMask) external {
        (Entry memory e, Block memory b, bool ok) = _pickBlock(i);
        if (!ok) return;
        uint256[] memory signers = _voters(e);
        for (uint256 k; k < signers.length; ++k) {
            if ((dropMask >> k) & 1 == 1) signers[k] = 9; // part produced by someone else
        }
        try m.submitProof(b.height, b.proposer, b.bc, b.assignments, _proofFor(m, b.height, b.root, b.depth, signers)) {
            ++succeeded["prove"];
        } catch {}
    }

    function challenge(uint256 i, uint256 pos) external {
        (Block memory b, uint256 at, bool ok) = _pickPosition(i, pos);
        if (!ok) return;
        uint256 before = token.balanceOf(challenger);
        vm.prank(challenger);
        try m.challengeVote(b.height, b.proposer, b.bc, at, b.assignments[at], _merkleProof(b.assignments, at)) {
            bountyOf[b.proposer] += token.balanceOf(challenger) - before;
        } catch {}
    }

    function warp(uint256 secs) external {
        secs = bound(secs, 1, 200);
        vm.warp(block.timestamp + secs);
        vm.roll(block.number + secs / 12 + 1);
    }

    function finalise() external {
        (uint64 headHeight,) = m.head();
        uint64 h = headHeight + 1;
        // The burn is counted as the stake it actually took: a finalise after the winner's escrow lock and the
        // market's slashing horizon have run out takes less (BurnShortfall), and the market keeps the proposer's
        // share in the pool instead.
        uint256[2] memory before;
        for (uint256 k; k < 2; ++k) before[k] = _stakeOf(proposers[k]);
        try m.finalise(h) {
            uint256 winnersBurnBid;
            for (uint256 k; k < entries.length; ++k) {
                Entry memory e = entries[k];
                if (e.height != h) continue;
                Block memory b = _block(e);
                if (m.transcriptOf(h, b.proposer, b.bc).status == IBlockMarket.Status.Won) {
                    winnersBurnBid += e.burn;
                    ++finalisedCount;
                }
            }
            for (uint256 k; k < duplicates.length; ++k) {
                Block memory d = _attackBlock(duplicates[k]);
                // A duplicate is committed by one of the two proposers: its burn shows in their stake below.
                if (d.height == h && m.transcriptOf(h, d.proposer, d.bc).status == IBlockMarket.Status.Won) {
                    winnersBurnBid += m.transcriptOf(h, d.proposer, d.bc).burnBid;
                    ++finalisedCount;
                }
            }
            uint256 taken;
            for (uint256 k; k < 2; ++k) {
                uint256 loss = before[k] - _stakeOf(proposers[k]);
                burnedOf[proposers[k]] += loss;
                taken += loss;
            }
            if (taken > winnersBurnBid) overBurned = true;
            ++succeeded["finalise"];
        } catch {}
    }

    function claimProver(uint256 i, uint256 pos) external {
        (Block memory b, uint256 at, bool ok) = _pickPosition(i, pos);
        if (!ok) return;
        try m.claimProverReward(b.height, b.proposer, b.bc, at, b.assignments[at], _merkleProof(b.assignments, at)) {} catch {}
    }

    function slash(uint256 i, uint256 pos) external {
        (Block memory b, uint256 at, bool ok) = _pickPosition(i, pos);
        if (!ok) return;
        try m.slashWithheld(b.height, b.proposer, b.bc, at, b.assignments[at], _merkleProof(b.assignments, at)) {} catch {}
    }

    function claim(uint8 who) external {
        address a = who % 3 == 2 ? _prover(who % 8) : proposers[who % 2];
        vm.prank(a);
        try m.claim() returns (uint256 amount) {
            paid += amount;
        } catch {}
    }

    function entryCount() external view returns (uint256) {
        return entries.length;
    }

    // ------------------------------------------------------------------ the attacker

    /// Bonded prover that never signs anything: the attacker lists it with forged signatures.
    uint256 public constant VICTIM = 12;
    address public attacker = makeAddr("invariant-attacker");
    /// What the attacker committed, rebuilt on demand: 0 = copy of entry `ref`, 1 = forged vote (seed `ref` at
    /// `height`), 2 = duplicate root of entry `ref` under `secret` (by that entry's proposer).
    struct Attack {
        uint8 kind;
        uint256 ref;
        bytes32 secret;
        uint64 height;
    }

    Attack[] internal attacks;
    Attack[] internal duplicates;

    function _attackBlock(Attack memory a) internal view returns (Block memory b) {
        if (a.kind == 0) {
            b = _block(entries[a.ref]);
            b.proposer = attacker;
        } else if (a.kind == 1) {
            uint256[] memory voters = _range(4);
            voters[3] = VICTIM;
            b = _newBlockFor(m, a.height, keccak256(abi.encode("forge", a.ref)), voters, attacker, 2000);
            b.assignments[3].r = bytes32(uint256(1));
            b.assignments[3].vs = bytes32(uint256(2));
        } else {
            Entry memory e = entries[a.ref];
            b = _block(e);
            b.secret = a.secret;
            b.bc = _commitment(b.root, a.secret);
            b.assignments = _assignmentsFor(m, b.height, proposers[e.who], b.bc, 2000, b.depth, _voters(e));
        }
    }
    mapping(string => uint256) public succeeded;
    uint256 public longPauses;

    /// Copies entry `i`'s pending commit (commitment and votes) under the attacker's address.
    function attackCopy(uint256 i, uint96 burn) external {
        (Entry memory e, Block memory b, bool ok) = _pickBlock(i);
        if (!ok) return;
        uint96 bid = uint96(bound(burn, 3 ether, 40 ether));
        if (_tryCommit(attacker, b, bid, 0)) {
            attacks.push(Attack(0, i % entries.length, bytes32(0), e.height));
            attackerEscrowed += bid;
            ++succeeded["attackCopy"];
        }
    }

    /// Reveals and proves an attacker copy once the honest reveal made the secret public.
    function attackRevealCopy(uint256 j) external {
        if (attacks.length == 0) return;
        Block memory b = _attackBlock(attacks[j % attacks.length]);
        vm.prank(attacker);
        try m.reveal(b.height, b.root, b.secret) {} catch {}
        try m.submitProof(b.height, attacker, b.bc, b.assignments, _proofFor(m, b.height, b.root, b.depth, _range(b.assignments.length))) {
            ++succeeded["attackProveCopy"];
        } catch {}
    }

    /// A stranger with no stake proves entry `i` with its own attestations only.
    function attackForeignProof(uint256 i) external {
        (Entry memory e, Block memory b, bool ok) = _pickBlock(i);
        if (!ok) return;
        uint256[] memory own = new uint256[](e.n);
        for (uint256 k; k < own.length; ++k) {
            own[k] = 30;
        }
        vm.prank(attacker);
        try m.submitProof(b.height, b.proposer, b.bc, b.assignments, _proofFor(m, b.height, b.root, b.depth, own)) {
            ++succeeded["attackForeignProof"];
        } catch {}
    }

    /// Commits a block listing the victim with a forged signature (and real votes elsewhere).
    function attackForgeVote(uint256 seed) external {
        (uint64 headHeight,) = m.head();
        Block memory b = _attackBlock(Attack(1, seed, bytes32(0), headHeight + 1));
        if (_tryCommit(attacker, b, 30 ether, 2000)) {
            attacks.push(Attack(1, seed, bytes32(0), headHeight + 1));
            attackerEscrowed += 30 ether;
            ++succeeded["attackForgeVote"];
        }
    }

    /// Commits a copy of entry `i`'s block under another secret (uncle farming), by the same proposer.
    function attackDuplicateRoot(uint256 i, bytes32 secret) external {
        (Entry memory e, bool ok) = _pick(i);
        if (!ok) return;
        Attack memory a = Attack(2, i % entries.length, secret, e.height);
        Block memory b = _attackBlock(a);
        if (_tryCommit(proposers[e.who], b, e.burn, 2000)) {
            duplicates.push(a);
            escrowed += e.burn;
            ++succeeded["attackDuplicateRoot"];
        }
    }

    /// Reveals and proves a duplicate (only one transcript per root may hold the proof).
    function attackProveDuplicate(uint256 j) external {
        if (duplicates.length == 0) return;
        Block memory b = _attackBlock(duplicates[j % duplicates.length]);
        vm.prank(b.proposer);
        try m.reveal(b.height, b.root, b.secret) {} catch {}
        try m.submitProof(b.height, b.proposer, b.bc, b.assignments, _proofFor(m, b.height, b.root, b.depth, _range(b.assignments.length))) {
            ++succeeded["attackProveDuplicate"];
        } catch {}
    }

    /// Tries to slash every position of an attacker block (the forged victim must never lose stake).
    function attackSlash(uint256 j, uint256 pos) external {
        if (attacks.length == 0) return;
        Block memory b = _attackBlock(attacks[j % attacks.length]);
        pos = pos % b.assignments.length;
        try m.slashWithheld(b.height, b.proposer, b.bc, pos, b.assignments[pos], _merkleProof(b.assignments, pos)) {
            ++succeeded["attackSlash"];
        } catch {}
    }

    /// A prover re-bonds (refused while its bond runs; allowed after it expired).
    function attackRebond(uint8 k) external {
        address p = _prover(k % 8);
        vm.prank(p);
        try m.bondProver(uint64(block.number) + 3000) {
            ++succeeded["attackRebond"];
        } catch {}
    }

    /// A long pause: every escrow lock runs out (escrowLockBlocks = 1,000: at most 2,000 blocks).
    function longPause() external {
        vm.warp(block.timestamp + 1 days);
        vm.roll(block.number + 2001);
        ++longPauses;
    }

    uint256 public attackerEscrowed;

    function attackCount() external view returns (uint256) {
        return attacks.length;
    }

    function attackAt(uint256 j) external view returns (uint64 height, address who, bytes32 bc) {
        Block memory b = _attackBlock(attacks[j]);
        return (b.height, b.proposer, b.bc);
    }

    function duplicateCount() external view returns (uint256) {
        return duplicates.length;
    }

    function duplicateAt(uint256 j) external view returns (uint64 height, address who, bytes32 bc) {
        Block memory b = _attackBlock(duplicates[j]);
        return (b.height, b.proposer, b.bc);
    }

    function entryAt(uint256 k) external view returns (uint64 height, address who, bytes32 bc) {
        Block memory b = _block(entries[k]);
        return (b.height, b.proposer, b.bc);
    }
}

contract BlockMarketInvariantTest is MarketTestBase {
    BlockMarketHandler internal handler;
    address[] internal stakers;

    function setUp() public override {
        super.setUp();
        handler = new BlockMarketHandler(market, token, vault, verifier);
        handler.noteFunded(10_000 ether);
        for (uint256 i; i < 8; ++i) {
            _bond(market, i);
            stakers.push(_prover(i));
        }
        for (uint256 k; k < 2; ++k) {
            address p = handler.proposers(k);
            _fund(p, 1000 ether);
            handler.noteDeposit(p, 1000 ether);
            stakers.push(p);
        }
        stakers.push(proposer);
        stakers.push(rival);
        // The victim the attacker lists with forged votes: bonded, never signs.
        _bond(market, handler.VICTIM());
        stakers.push(_prover(handler.VICTIM()));
        address attacker = handler.attacker();
        _fund(attacker, 1000 ether);
        handler.noteDeposit(attacker, 1000 ether);
        stakers.push(attacker);
        bytes4[] memory selectors = new bytes4[](19);
        selectors[0] = BlockMarketHandler.commit.selector;
        selectors[1] = BlockMarketHandler.reveal.selector;
        selectors[2] = BlockMarketHandler.prove.selector;
        selectors[3] = BlockMarketHandler.challenge.selector;
        selectors[4] = BlockMarketHandler.warp.selector;
        selectors[5] = BlockMarketHandler.finalise.selector;
        selectors[6] = BlockMarketHandler.claimProver.selector;
        selectors[7] = BlockMarketHandler.slash.selector;
        selectors[8] = BlockMarketHandler.claim.selector;
        selectors[9] = BlockMarketHandler.attackCopy.selector;
        selectors[10] = BlockMarketHandler.attackRevealCopy.selector;
        selectors[11] = BlockMarketHandler.attackForeignProof.selector;
        selectors[12] = BlockMarketHandler.attackForgeVote.selector;
        selectors[13] = BlockMarketHandler.attackDuplicateRoot.selector;
        selectors[14] = BlockMarketHandler.attackProveDuplicate.selector;
        selectors[15] = BlockMarketHandler.attackSlash.selector;
        selectors[16] = BlockMarketHandler.attackRebond.selector;
        selectors[17] = BlockMarketHandler.longPause.selector;
        selectors[18] = BlockMarketHandler.warp.selector;
        targetContract(address(handler));
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    function invariant_vaultHoldsExactlyAllStake() public view {
        uint256 sum;
        for (uint256 i; i < stakers.length; ++i) {
            IStakeVault.Balance memory b = vault.balanceOf(stakers[i], address(token));
            sum += b.free + b.locked + b.pending;
        }
        assertEq(token.balanceOf(address(vault)), sum);
    }

    function invariant_escrowIsBurnedOrBountiedOrRefunded() public view {
        uint256 burnedAndBountied;
        for (uint256 k; k < 2; ++k) {
            address p = handler.proposers(k);
            IStakeVault.Balance memory b = vault.balanceOf(p, address(token));
            uint256 loss = handler.burnedOf(p) + handler.bountyOf(p);
            // everything else of every escrow comes back to the proposer
            assertEq(b.free + b.locked + b.pending, handler.depositOf(p) - loss);
            burnedAndBountied += loss;
        }
        assertLe(burnedAndBountied, handler.escrowed());
        assertFalse(handler.overBurned(), "a finalise took more than the winner's burn bid");
    }

    function invariant_rewardsPaidNeverExceedFunded() public view {
        assertLe(handler.paid(), handler.funded());
        assertEq(token.balanceOf(address(market)) + handler.paid(), handler.funded());
        assertLe(market.rewardsAvailable(), token.balanceOf(address(market)));
    }

    /// Nobody who did not sign a valid vote is ever slashed: the forged victim keeps its whole bond.
    function invariant_nobodyWithoutAValidVoteIsSlashed() public view {
        IStakeVault.Balance memory b = vault.balanceOf(_prover(handler.VICTIM()), address(token));
        assertEq(b.free + b.locked + b.pending, MIN_PROVER_STAKE);
    }

    /// A winner's prover pot and reward scale only with the provers that really contributed.
    function invariant_winnersRewardScalesOnlyWithRealContributions() public view {
        uint256 n = handler.entryCount();
        for (uint256 k; k < n; ++k) {
            (uint64 h, address who, bytes32 bc) = handler.entryAt(k);
            _checkPaid(h, who, bc);
        }
        n = handler.attackCount();
        for (uint256 k; k < n; ++k) {
            (uint64 h, address who, bytes32 bc) = handler.attackAt(k);
            _checkPaid(h, who, bc);
        }
    }

    function _checkPaid(uint64 h, address who, bytes32 bc) internal view {
        IBlockMarket.Transcript memory t = market.transcriptOf(h, who, bc);
        if (t.status != IBlockMarket.Status.Won) return;
        // reward = R * contributing / voting, pot = reward * bps: pot * voting <= R * bps * contributing
        assertLe(uint256(t.proverPot) * t.numProvers * 10_000, uint256(100 ether) * t.proverRewardBps * t.contributingProvers);
    }

    /// One block, one proof: of a root's copies under other secrets, at most one is proven per height and attempt.
    function invariant_oneProofPerTxOrderRoot() public view {
        uint256 n = handler.duplicateCount();
        for (uint256 k; k < n; ++k) {
            (uint64 h, address who, bytes32 bc) = handler.duplicateAt(k);
            IBlockMarket.Transcript memory d = market.transcriptOf(h, who, bc);
            if (d.status != IBlockMarket.Status.Proven && d.status != IBlockMarket.Status.Won
                && d.status != IBlockMarket.Status.Uncle) continue;
            // the duplicate holds its root: no other transcript of that root is ranked with it
            (,, bytes32[] memory ranking) = market.roundOf(h);
            uint256 holders;
            for (uint256 r; r < ranking.length; ++r) {
                (bool same) = _sameRoot(ranking[r], d.txOrderRoot, h);
                if (same) ++holders;
            }
            assertLe(holders, 1);
        }
    }

    function _sameRoot(bytes32 id, bytes32 root, uint64 h) internal view returns (bool) {
        uint256 n = handler.entryCount();
        for (uint256 k; k < n; ++k) {
            (uint64 eh, address who, bytes32 bc) = handler.entryAt(k);
            if (eh == h && market.transcriptId(eh, who, bc) == id) return market.transcriptOf(eh, who, bc).txOrderRoot == root;
        }
        n = handler.duplicateCount();
        for (uint256 k; k < n; ++k) {
            (uint64 dh, address who, bytes32 bc) = handler.duplicateAt(k);
            if (dh == h && market.transcriptId(dh, who, bc) == id) return market.transcriptOf(dh, who, bc).txOrderRoot == root;
        }
        return false;
    }

    function invariant_expiredEscrowsAreFree() public view {
        if (block.number < handler.lastCommitBlock() + 2000) return;
        for (uint256 k; k < 2; ++k) {
            assertEq(vault.balanceOf(handler.proposers(k), address(token)).locked, 0);
        }
        assertEq(vault.balanceOf(handler.attacker(), address(token)).locked, 0);
    }

    /// The handler's entries do succeed (not only revert into the catch): a scripted run through the attacker's
    /// moves, with a floor on each entry's successful calls.
    function test_handlerEntriesSucceedOnAScriptedRun() public {
        handler.commit(4, 0, 10 ether, 2, false);
        handler.attackCopy(0, 20 ether);
        handler.attackForgeVote(1);
        handler.attackDuplicateRoot(0, keccak256("other secret"));
        handler.warp(60);
        handler.reveal(0);
        handler.attackForeignProof(0);
        handler.prove(0, 0);
        handler.attackProveDuplicate(0);
        handler.warp(200);
        handler.finalise();
        handler.longPause();
        handler.attackRebond(0);
        assertGe(handler.succeeded("attackCopy"), 1);
        assertGe(handler.succeeded("attackForgeVote"), 1);
        assertGe(handler.succeeded("attackDuplicateRoot"), 1);
        assertGe(handler.succeeded("attackForeignProof"), 1);
        assertGe(handler.succeeded("prove"), 1, "the real proof replaces the stranger's");
        assertEq(handler.succeeded("attackProveDuplicate"), 0, "the duplicate root never holds a second proof");
        assertGe(handler.succeeded("finalise"), 1);
        assertGe(handler.longPauses(), 1);
        // after the long pause the expired-escrow invariant's condition holds and is checked
        assertGe(block.number, handler.lastCommitBlock() + 2000);
        invariant_expiredEscrowsAreFree();
        invariant_nobodyWithoutAValidVoteIsSlashed();
        invariant_winnersRewardScalesOnlyWithRealContributions();
    }
}

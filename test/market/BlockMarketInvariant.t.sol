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
        b = _newBlock(m, e.height, e.seed, _voters(e));
    }

    function _pick(uint256 i) internal view returns (Entry memory e, bool ok) {
        if (entries.length == 0) return (e, false);
        return (entries[i % entries.length], true);
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
        IBlockMarket.Commit memory c = IBlockMarket.Commit(e.height, b.bc, bytes32(0), e.burn, 2000, b.depth);
        vm.prank(proposers[e.who]);
        try m.commitTranscript(c, b.assignments) {
            entries.push(e);
            escrowed += e.burn;
            lastCommitBlock = block.number;
        } catch {}
    }

    function reveal(uint256 i) external {
        (Entry memory e, bool ok) = _pick(i);
        if (!ok) return;
        Block memory b = _block(e);
        vm.prank(proposers[e.who]);
        try m.reveal(b.height, b.root, b.secret) {} catch {}
    }

    function prove(uint256 i, uint8 dropMask) external {
        (Entry memory e, bool ok) = _pick(i);
        if (!ok) return;
        Block memory b = _block(e);
        uint256[] memory signers = _voters(e);
        for (uint256 k; k < signers.length; ++k) {
            if ((dropMask >> k) & 1 == 1) signers[k] = 9; // part produced by someone else
        }
        try m.submitProof(b.height, b.proposer, b.bc, b.assignments, _proof(b.height, b.root, b.depth, signers)) {} catch {}
    }

    function challenge(uint256 i, uint256 pos) external {
        (Entry memory e, bool ok) = _pick(i);
        if (!ok) return;
        Block memory b = _block(e);
        pos = pos % e.n;
        uint256 before = token.balanceOf(challenger);
        vm.prank(challenger);
        try m.challengeVote(b.height, b.proposer, b.bc, pos, b.assignments[pos], _merkleProof(b.assignments, pos)) {
            bountyOf[proposers[e.who]] += token.balanceOf(challenger) - before;
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
        try m.finalise(h) {
            for (uint256 k; k < entries.length; ++k) {
                Entry memory e = entries[k];
                if (e.height != h) continue;
                Block memory b = _block(e);
                if (m.transcriptOf(h, b.proposer, b.bc).status == IBlockMarket.Status.Won) {
                    burnedOf[proposers[e.who]] += e.burn;
                    ++finalisedCount;
                }
            }
        } catch {}
    }

    function claimProver(uint256 i, uint256 pos) external {
        (Entry memory e, bool ok) = _pick(i);
        if (!ok) return;
        Block memory b = _block(e);
        pos = pos % e.n;
        try m.claimProverReward(b.height, b.proposer, b.bc, pos, b.assignments[pos], _merkleProof(b.assignments, pos)) {} catch {}
    }

    function slash(uint256 i, uint256 pos) external {
        (Entry memory e, bool ok) = _pick(i);
        if (!ok) return;
        Block memory b = _block(e);
        pos = pos % e.n;
        try m.slashWithheld(b.height, b.proposer, b.bc, pos, b.assignments[pos], _merkleProof(b.assignments, pos)) {} catch {}
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
        bytes4[] memory selectors = new bytes4[](9);
        selectors[0] = BlockMarketHandler.commit.selector;
        selectors[1] = BlockMarketHandler.reveal.selector;
        selectors[2] = BlockMarketHandler.prove.selector;
        selectors[3] = BlockMarketHandler.challenge.selector;
        selectors[4] = BlockMarketHandler.warp.selector;
        selectors[5] = BlockMarketHandler.finalise.selector;
        selectors[6] = BlockMarketHandler.claimProver.selector;
        selectors[7] = BlockMarketHandler.slash.selector;
        selectors[8] = BlockMarketHandler.claim.selector;
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
    }

    function invariant_rewardsPaidNeverExceedFunded() public view {
        assertLe(handler.paid(), handler.funded());
        assertEq(token.balanceOf(address(market)) + handler.paid(), handler.funded());
        assertLe(market.rewardsAvailable(), token.balanceOf(address(market)));
    }

    function invariant_expiredEscrowsAreFree() public view {
        if (block.number < handler.lastCommitBlock() + 2000) return;
        for (uint256 k; k < 2; ++k) {
            assertEq(vault.balanceOf(handler.proposers(k), address(token)).locked, 0);
        }
    }
}

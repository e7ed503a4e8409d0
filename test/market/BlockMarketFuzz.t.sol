// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {MarketTestBase} from "../utils/MarketTestBase.sol";
import {MarketTranscriptHarness} from "../utils/MarketTranscriptHarness.sol";
import {IBlockMarket} from "../../contracts/market/IBlockMarket.sol";
import {TranscriptLib} from "../../contracts/libraries/TranscriptLib.sol";

/// @notice Fuzz tests on scoring bounds and transcript validation.
contract BlockMarketFuzzTest is MarketTestBase {
    MarketTranscriptHarness internal harness;

    function setUp() public override {
        super.setUp();
        harness = new MarketTranscriptHarness();
    }

    function testFuzz_scoreIsExactAndNeverOverflowsWithinBounds(uint256 provers, uint96 burn) public view {
        provers = bound(provers, 0, 2048);
        uint256 score = market.scoreOf(provers, burn);
        assertEq(score, provers ** 3 * uint256(burn) ** 2);
        assertLe(score, uint256(2) ** 225);
    }

    function testFuzz_scoreIsMonotoneInProversAndBurn(uint256 provers, uint96 burn) public view {
        provers = bound(provers, 1, 2047);
        burn = uint96(bound(burn, 1, type(uint96).max - 1));
        uint256 score = market.scoreOf(provers, burn);
        assertGt(market.scoreOf(provers + 1, burn), score);
        assertGt(market.scoreOf(provers, burn + 1), score);
    }

    function testFuzz_requiredBurnChargesMissingProvers(uint256 provers) public view {
        provers = bound(provers, 0, 2048);
        uint256 required = market.requiredBurn(provers);
        uint256 priced = provers < 4 ? 0.5 ether * (4 - provers) : 0;
        assertEq(required, priced > 1 ether ? priced : 1 ether);
    }

    /// A random partition of a tree of depth `treeDepth` into nodes, in leaf order.
    /// First leaf under assignment `a` in a tree split at `treeDepth`.
    function _start(IBlockMarket.Assignment memory a, uint8 treeDepth) internal pure returns (uint256) {
        return uint256(a.index) << (treeDepth - a.depth);
    }

    function _partition(uint256 seed, uint8 treeDepth)
        internal
        pure
        returns (uint8[] memory depths, uint32[] memory indices, uint256 n)
    {
        uint256 leaves = uint256(1) << treeDepth;
        depths = new uint8[](leaves);
        indices = new uint32[](leaves);
        uint8[] memory stackD = new uint8[](treeDepth + 2);
        uint32[] memory stackI = new uint32[](treeDepth + 2);
        uint256 sp = 1;
        while (sp > 0) {
            --sp;
            uint8 d = stackD[sp];
            uint32 idx = stackI[sp];
            seed = uint256(keccak256(abi.encode(seed)));
            if (d < treeDepth && seed % 3 != 0) {
                // right child first so the left is visited first
                stackD[sp] = d + 1;
                stackI[sp] = idx * 2 + 1;
                stackD[sp + 1] = d + 1;
                stackI[sp + 1] = idx * 2;
                sp += 2;
            } else {
                depths[n] = d;
                indices[n] = idx;
                ++n;
            }
        }
    }

    function _assignmentsFor(uint8[] memory depths, uint32[] memory indices, uint256 n, uint256 proverMod)
        internal
        pure
        returns (IBlockMarket.Assignment[] memory as_)
    {
        as_ = new IBlockMarket.Assignment[](n);
        for (uint256 i; i < n; ++i) {
            as_[i].prover = address(uint160(0x1000 + (i % proverMod)));
            as_[i].depth = depths[i];
            as_[i].index = indices[i];
        }
    }

    function testFuzz_exactPartitionsAreAcceptedWithDistinctCount(uint256 seed, uint8 treeDepth, uint256 proverMod)
        public
        view
    {
        treeDepth = uint8(bound(treeDepth, 0, 8));
        (uint8[] memory depths, uint32[] memory indices, uint256 n) = _partition(seed, treeDepth);
        proverMod = bound(proverMod, 1, n);
        (, uint256 distinct) = harness.digest(_assignmentsFor(depths, indices, n, proverMod), treeDepth, seed);
        assertEq(distinct, proverMod);
    }

    function testFuzz_partitionsMissingOrRepeatingANodeAreRejected(uint256 seed, uint8 treeDepth, uint256 pick)
        public
    {
        treeDepth = uint8(bound(treeDepth, 1, 8));
        (uint8[] memory depths, uint32[] memory indices, uint256 n) = _partition(seed, treeDepth);
        vm.assume(n >= 2);
        pick = bound(pick, 0, n - 1);
        IBlockMarket.Assignment[] memory as_ = _assignmentsFor(depths, indices, n, n);
        // drop node `pick`
        IBlockMarket.Assignment[] memory dropped = new IBlockMarket.Assignment[](n - 1);
        for (uint256 i; i < n - 1; ++i) {
            dropped[i] = as_[i < pick ? i : i + 1];
        }
        if (pick + 1 < n) {
            // the node after the gap starts past where the previous one ended
            vm.expectRevert(
                abi.encodeWithSelector(
                    TranscriptLib.TranscriptLibPositionGap.selector,
                    pick,
                    _start(as_[pick], treeDepth),
                    _start(as_[pick + 1], treeDepth)
                )
            );
        } else {
            // the last node is missing: the tree ends short
            vm.expectRevert(
                abi.encodeWithSelector(
                    TranscriptLib.TranscriptLibTreeNotCovered.selector, _start(as_[pick], treeDepth), 1 << treeDepth
                )
            );
        }
        harness.digest(dropped, treeDepth, seed);
        // repeat node `pick` in place of its successor (or predecessor)
        uint256 other = pick + 1 < n ? pick + 1 : pick - 1;
        uint256 otherStart = _start(as_[other], treeDepth);
        as_[other] = as_[pick];
        if (other > pick) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    TranscriptLib.TranscriptLibDuplicatePosition.selector, other, as_[pick].depth, as_[pick].index
                )
            );
        } else {
            vm.expectRevert(
                abi.encodeWithSelector(
                    TranscriptLib.TranscriptLibPositionGap.selector, other, otherStart, _start(as_[pick], treeDepth)
                )
            );
        }
        harness.digest(as_, treeDepth, seed);
    }

    function testFuzz_merkleProofsVerifyOnlyAtTheirPosition(uint256 n, uint256 position, bytes32 salt) public view {
        n = bound(n, 1, 300);
        position = bound(position, 0, n - 1);
        IBlockMarket.Assignment[] memory as_ = new IBlockMarket.Assignment[](n);
        for (uint256 i; i < n; ++i) {
            as_[i].prover = address(uint160(uint256(keccak256(abi.encode(salt, i)))));
            as_[i].depth = 12;
            as_[i].index = uint32(i);
            as_[i].r = keccak256(abi.encode(i, salt));
        }
        bytes32 root = _rootOf(as_);
        bytes32[] memory proof = _merkleProof(as_, position);
        assertTrue(harness.verifyLeaf(root, n, position, _leaf(as_[position]), proof));
        if (n > 1) {
            uint256 wrong = (position + 1) % n;
            assertFalse(harness.verifyLeaf(root, n, wrong, _leaf(as_[position]), proof));
            assertFalse(harness.verifyLeaf(root, n, position, _leaf(as_[wrong]), proof));
        }
        assertFalse(harness.verifyLeaf(root, n, n, _leaf(as_[position]), proof));
    }

    function _rootOf(IBlockMarket.Assignment[] memory as_) internal pure returns (bytes32) {
        uint256 width = as_.length;
        bytes32[] memory nodes = new bytes32[](width);
        for (uint256 i; i < width; ++i) {
            nodes[i] = _leaf(as_[i]);
        }
        while (width > 1) {
            uint256 half = width >> 1;
            for (uint256 i; i < half; ++i) {
                nodes[i] = keccak256(abi.encodePacked(nodes[2 * i], nodes[2 * i + 1]));
            }
            if (width & 1 == 1) nodes[half] = nodes[width - 1];
            width = half + (width & 1);
        }
        return nodes[0];
    }

    function testFuzz_countDistinctMatchesNaiveCount(uint256 n, uint256 mod, uint256 salt) public view {
        n = bound(n, 0, 200);
        mod = bound(mod, 1, 50);
        address[] memory items = new address[](n);
        for (uint256 i; i < n; ++i) {
            items[i] = address(uint160(1 + uint256(keccak256(abi.encode(salt, i))) % mod));
        }
        uint256 naive;
        for (uint256 i; i < n; ++i) {
            bool seen;
            for (uint256 j; j < i; ++j) {
                if (items[j] == items[i]) seen = true;
            }
            if (!seen) ++naive;
        }
        assertEq(harness.countDistinct(items, salt), naive);
    }

    function testFuzz_transcriptIdBindsHeightProposerAndCommitment(
        uint64 h1,
        uint64 h2,
        address p1,
        address p2,
        bytes32 c1,
        bytes32 c2
    ) public view {
        vm.assume(h1 != h2 || p1 != p2 || c1 != c2);
        assertTrue(market.transcriptId(h1, p1, c1) != market.transcriptId(h2, p2, c2));
    }
}

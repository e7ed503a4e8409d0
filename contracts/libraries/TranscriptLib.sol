// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IBlockMarket} from "../market/IBlockMarket.sol";

/// @title TranscriptLib
/// @notice Block-market transcript helpers: tree coverage, the assignment Merkle tree and distinct-prover counting.
/// All work is in memory and linear in the number of assignments (bounded by the caller).
/// @dev Merkle tree over assignments: leaf = keccak256(abi.encode(prover, depth, index, r, vs)); each level hashes
/// pairs left to right (parent = keccak256(left ‖ right)); an odd last node is carried up unchanged. The Java client
/// builds the same tree.
library TranscriptLib {
    /// @notice Largest tree depth a transcript may state (2^12 = 4,096 leaves).
    uint8 internal constant MAX_TREE_DEPTH = 12;
    /// @notice Largest Merkle proof (ceil(log2(4,096)) siblings).
    uint256 internal constant MAX_PROOF_LENGTH = 12;

    error TranscriptLibDepthTooLarge(uint8 depth, uint8 maxDepth);
    error TranscriptLibIndexOutOfRange(uint256 position, uint8 depth, uint32 index);
    error TranscriptLibDuplicatePosition(uint256 position, uint8 depth, uint32 index);
    error TranscriptLibPositionGap(uint256 position, uint256 expectedLeaf, uint256 startLeaf);
    error TranscriptLibTreeNotCovered(uint256 coveredLeaves, uint256 leaves);
    error TranscriptLibZeroProver(uint256 position);

    /// @notice Advances the coverage cursor by node (`depth`, `index`) of a tree split at `treeDepth`: the node must
    /// start exactly where the previous one ended, so nodes given in leaf order cover every leaf exactly once.
    /// @return next The first leaf after the node.
    /// @return span The number of leaves under the node.
    function advance(uint256 cursor, uint256 position, uint8 depth, uint32 index, uint8 treeDepth)
        internal
        pure
        returns (uint256 next, uint256 span)
    {
        if (depth > treeDepth) revert TranscriptLibDepthTooLarge(depth, treeDepth);
        if (uint256(index) >> depth != 0) revert TranscriptLibIndexOutOfRange(position, depth, index);
        span = uint256(1) << (treeDepth - depth);
        uint256 start = uint256(index) * span;
        if (start < cursor) revert TranscriptLibDuplicatePosition(position, depth, index);
        if (start > cursor) revert TranscriptLibPositionGap(position, cursor, start);
        next = cursor + span;
    }

    /// @notice Checks that `assignments` cover the tree at `treeDepth` exactly once (in leaf order) and returns the
    /// Merkle root of the assignments and the number of distinct provers.
    /// @param salt Keys the in-memory hash set (callers pass unpredictable block data so provers cannot grind
    /// colliding addresses to inflate the caller's gas).
    function digest(IBlockMarket.Assignment[] calldata assignments, uint8 treeDepth, uint256 salt)
        internal
        pure
        returns (bytes32 root, uint256 distinctProvers)
    {
        if (treeDepth > MAX_TREE_DEPTH) revert TranscriptLibDepthTooLarge(treeDepth, MAX_TREE_DEPTH);
        uint256 n = assignments.length;
        bytes32[] memory nodes = new bytes32[](n);
        address[] memory provers = new address[](n);
        uint256 cursor;
        for (uint256 i; i < n; ++i) {
            IBlockMarket.Assignment calldata a = assignments[i];
            address prover = a.prover;
            if (prover == address(0)) revert TranscriptLibZeroProver(i);
            (cursor,) = advance(cursor, i, a.depth, a.index, treeDepth);
            provers[i] = prover;
            bytes32 leaf;
            // Safe: hashes the 160-byte static struct straight from calldata into scratch memory past the free
            // pointer (not allocated, not kept). Every field was read and validated above through Solidity, so the
            // bytes hashed are the canonical abi.encode of the assignment.
            assembly ("memory-safe") {
                let ptr := mload(0x40)
                calldatacopy(ptr, a, 160)
                leaf := keccak256(ptr, 160)
            }
            nodes[i] = leaf;
        }
        uint256 leaves = uint256(1) << treeDepth;
        if (cursor != leaves) revert TranscriptLibTreeNotCovered(cursor, leaves);
        root = merkleRoot(nodes);
        distinctProvers = countDistinct(provers, salt);
    }

    /// @notice Leaf of one assignment in the transcript's Merkle tree.
    function leafOf(IBlockMarket.Assignment calldata a) internal pure returns (bytes32) {
        return keccak256(abi.encode(a.prover, a.depth, a.index, a.r, a.vs));
    }

    /// @notice Merkle root of `nodes` (overwritten in place). Zero for an empty list.
    function merkleRoot(bytes32[] memory nodes) internal pure returns (bytes32) {
        uint256 width = nodes.length;
        if (width == 0) return bytes32(0);
        while (width > 1) {
            uint256 half = width >> 1;
            for (uint256 i; i < half; ++i) {
                nodes[i] = _hashPair(nodes[2 * i], nodes[2 * i + 1]);
            }
            if (width & 1 == 1) nodes[half] = nodes[width - 1];
            width = half + (width & 1);
        }
        return nodes[0];
    }

    /// @notice Whether `leaf` sits at `index` of a tree of `count` leaves with root `root`.
    function verifyLeaf(bytes32 root, uint256 count, uint256 index, bytes32 leaf, bytes32[] calldata proof)
        internal
        pure
        returns (bool)
    {
        if (index >= count || proof.length > MAX_PROOF_LENGTH) return false;
        bytes32 node = leaf;
        uint256 width = count;
        uint256 used;
        while (width > 1) {
            if (index & 1 == 1) {
                if (used == proof.length) return false;
                node = _hashPair(proof[used++], node);
            } else if (index + 1 < width) {
                if (used == proof.length) return false;
                node = _hashPair(node, proof[used++]);
            }
            index >>= 1;
            width = (width >> 1) + (width & 1);
        }
        return used == proof.length && node == root;
    }

    /// @notice Number of distinct non-zero addresses in `items` (open addressing in memory, table >= 2n).
    function countDistinct(address[] memory items, uint256 salt) internal pure returns (uint256 distinct) {
        uint256 n = items.length;
        if (n == 0) return 0;
        uint256 size = 2;
        while (size < 2 * n) size <<= 1;
        uint256 mask = size - 1;
        address[] memory table = new address[](size);
        for (uint256 i; i < n; ++i) {
            address item = items[i];
            uint256 slot = uint256(keccak256(abi.encode(item, salt))) & mask;
            while (true) {
                address held = table[slot];
                if (held == address(0)) {
                    table[slot] = item;
                    ++distinct;
                    break;
                }
                if (held == item) break;
                slot = (slot + 1) & mask;
            }
        }
    }

    function _hashPair(bytes32 left, bytes32 right) private pure returns (bytes32 h) {
        // Safe: writes two words to the scratch space (0x00-0x3f), which Solidity reserves for hashing.
        assembly ("memory-safe") {
            mstore(0x00, left)
            mstore(0x20, right)
            h := keccak256(0x00, 0x40)
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title IProofVerifier
/// @notice The seam between the BlockMarket and whatever proves a block: a validity-proof verifier in production,
/// the AttestationVerifier on devnets. A proof covers the leaves of a block's proof tree at a stated depth and tells
/// the market which prover produced which part, so the market can pay contributors and slash withholders.
interface IProofVerifier {
    /// @notice One part of the proof tree and the prover that produced it.
    /// @param prover The prover whose key the proof aggregates for this part.
    /// @param depth Depth of the part's node in the tree (0 = root).
    /// @param index Index of the node at that depth.
    struct Contribution {
        address prover;
        uint8 depth;
        uint32 index;
    }

    /// @notice Checks `proof` for block `height` with transaction order `txOrderRoot`, whose tree is split at
    /// `treeDepth`; reverts when the proof is invalid or does not cover the tree exactly once.
    /// @return contributions The parts in ascending leaf order (each covers a contiguous range of leaves).
    function verify(uint256 height, bytes32 txOrderRoot, uint8 treeDepth, bytes calldata proof)
        external
        view
        returns (Contribution[] memory contributions);

    /// @notice Whether `part` proves that `prover` produced node (`depth`, `index`) of block `height`. Used by a
    /// prover that was left out of a proof to show its work directly on L1.
    function verifyPart(
        uint256 height,
        bytes32 txOrderRoot,
        address prover,
        uint8 depth,
        uint32 index,
        bytes calldata part
    ) external view returns (bool);
}

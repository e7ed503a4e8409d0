// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title SlotAuctionSeed
/// @notice The election seed of an epoch from the seal's draw (MECHANISM.md §3.1).
library SlotAuctionSeed {
    /// @notice The seed stored for an elected epoch: the low 64 bits of `draw`, or 1 when they are zero (a stored
    /// seed of zero marks an epoch without a schedule).
    /// @param draw `keccak256(prevrandao, epoch, auction)` of the sealing block.
    function fromDraw(bytes32 draw) internal pure returns (uint64 seed) {
        seed = uint64(uint256(draw));
        if (seed == 0) seed = 1;
    }
}

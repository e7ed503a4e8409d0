// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {SlotAuctionSeed} from "../../contracts/auction/SlotAuctionSeed.sol";

/// @title AuctionSeedHarness
/// @notice Exposes SlotAuctionSeed, whose zero branch no real draw reaches (it needs 64 zero bits of a keccak).
contract AuctionSeedHarness {
    /// @notice SlotAuctionSeed.fromDraw.
    function fromDraw(bytes32 draw) external pure returns (uint64) {
        return SlotAuctionSeed.fromDraw(draw);
    }
}

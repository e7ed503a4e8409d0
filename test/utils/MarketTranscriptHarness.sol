// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {TranscriptLib} from "../../contracts/libraries/TranscriptLib.sol";
import {IBlockMarket} from "../../contracts/market/IBlockMarket.sol";

/// @notice Exposes TranscriptLib to tests.
contract MarketTranscriptHarness {
    function digest(IBlockMarket.Assignment[] calldata assignments, uint8 depth, uint256 salt)
        external
        pure
        returns (bytes32 root, uint256 distinct)
    {
        return TranscriptLib.digest(assignments, depth, salt);
    }

    function verifyLeaf(bytes32 root, uint256 count, uint256 index, bytes32 leaf, bytes32[] calldata proof)
        external
        pure
        returns (bool)
    {
        return TranscriptLib.verifyLeaf(root, count, index, leaf, proof);
    }

    function countDistinct(address[] memory items, uint256 salt) external pure returns (uint256) {
        return TranscriptLib.countDistinct(items, salt);
    }
}

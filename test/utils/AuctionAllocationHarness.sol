// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {SlotAllocation} from "../../contracts/libraries/SlotAllocation.sol";

/// @title AuctionAllocationHarness
/// @notice Exposes SlotAllocation over one stored line, for the library's tests and the shared test vectors.
contract AuctionAllocationHarness {
    using SlotAllocation for SlotAllocation.Line;

    SlotAllocation.Line private _line;
    uint256 public count;
    uint256 public total;

    /// @notice Appends entries with the given stake units.
    function append(uint256[] calldata units) external {
        for (uint256 i; i < units.length; ++i) {
            uint256 next = total + units[i];
            _line.append(count, total, next);
            total = next;
            ++count;
        }
    }

    /// @notice Appends `n` entries of `unitsEach` units (bulk fill for depth tests).
    function appendMany(uint256 n, uint256 unitsEach) external {
        for (uint256 i; i < n; ++i) {
            uint256 next = total + unitsEach;
            _line.append(count, total, next);
            total = next;
            ++count;
        }
    }

    function boundsOf(uint256 j) external view returns (uint256, uint256) {
        return _line.boundsOf(j);
    }

    function findEntry(uint256 x) external view returns (uint256) {
        return _line.findEntry(count, x);
    }

    /// @notice Offset of item `m` in its stratum.
    function offset(bytes32 key, uint256 m) public view returns (uint256) {
        return SlotAllocation.offset(key, total, m);
    }

    /// @notice Unit position of item `m`.
    function positionOf(bytes32 key, uint256 e, uint256 m) external view returns (uint256) {
        return SlotAllocation.positionOf(key, total, e, m);
    }

    function permute(bytes32 key, uint256 e, uint256 t) external pure returns (uint256) {
        return SlotAllocation.permute(key, e, t);
    }

    function domainBits(uint256 e) external pure returns (uint256) {
        return SlotAllocation.domainBits(e);
    }

    function slotOfItem(bytes32 key, uint256 e, uint256 m) external pure returns (uint256) {
        return SlotAllocation.slotOfItem(key, e, m);
    }

    /// @notice Items of entry `j`: `n` consecutive items from `first`.
    function itemsOf(bytes32 key, uint256 e, uint256 j) public view returns (uint256 first, uint256 n) {
        (uint256 start, uint256 end) = _line.boundsOf(j);
        return SlotAllocation.itemsOf(key, total, e, start, end);
    }

    /// @notice Owner entry of every slot, by the O(log n) search.
    function schedule(bytes32 key, uint256 e) external view returns (uint256[] memory owners) {
        owners = new uint256[](e);
        for (uint256 t; t < e; ++t) {
            uint256 m = SlotAllocation.permute(key, e, t);
            owners[t] = _line.findEntry(count, SlotAllocation.positionOf(key, total, e, m));
        }
    }

    /// @notice Owner entry of slots `from..to-1` (a large epoch's schedule in several calls).
    function scheduleRange(bytes32 key, uint256 e, uint256 from, uint256 to) external view returns (uint256[] memory owners) {
        owners = new uint256[](to - from);
        for (uint256 t = from; t < to; ++t) {
            owners[t - from] = _line.findEntry(count, SlotAllocation.positionOf(key, total, e, SlotAllocation.permute(key, e, t)));
        }
    }

    /// @notice Slot counts of every entry, from the O(1) per-entry formula.
    function slotCounts(bytes32 key, uint256 e) external view returns (uint256[] memory counts) {
        counts = new uint256[](count);
        for (uint256 j; j < count; ++j) {
            (, counts[j]) = itemsOf(key, e, j);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @dev Reports a long `getMinDelay` but forwards any call at once: what a governance check that only reads the
/// delay would accept.
contract FakeTimelock {
    function getMinDelay() external pure returns (uint256) {
        return 30 days;
    }

    function call(address target, bytes calldata data) external returns (bytes memory) {
        (bool ok, bytes memory result) = target.call(data);
        if (!ok) {
            assembly ("memory-safe") {
                // Bubble the callee's revert data unchanged.
                revert(add(result, 32), mload(result))
            }
        }
        return result;
    }
}

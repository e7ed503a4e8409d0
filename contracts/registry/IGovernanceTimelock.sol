// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title IGovernanceTimelock
/// @notice The one view the RollupRegistry reads from its governance: the delay every governance call waits for.
/// OpenZeppelin's `TimelockController` implements it.
interface IGovernanceTimelock {
    /// @notice The minimum delay, in seconds, between scheduling and executing an operation.
    /// @return The delay in seconds.
    function getMinDelay() external view returns (uint256);
}

// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title BatonTimelock
/// @notice The governance of a Baton deployment: OpenZeppelin's TimelockController, unchanged, compiled here so that
/// deployers (Ignition, the Java devnet) get its artifact. The RollupRegistry refuses a timelock whose delay is below
/// its `MIN_GOVERNANCE_DELAY`.
contract BatonTimelock is TimelockController {
    /// @notice Deploys the timelock.
    /// @param minDelay Seconds between scheduling and executing an operation.
    /// @param proposers Accounts that may schedule (and cancel) operations.
    /// @param executors Accounts that may execute ready operations (the zero address: anyone).
    /// @param admin Optional extra admin for role set-up (zero for none: the timelock administers itself).
    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)
        TimelockController(minDelay, proposers, executors, admin)
    {}
}

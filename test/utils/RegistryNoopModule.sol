// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IRollupModule} from "../../contracts/interfaces/IRollupModule.sol";

/// @title RegistryNoopModule
/// @notice A measuring device for the gas benchmark: a slot-auction-kind module whose `initialize` stores nothing,
/// so that `register` with it costs exactly the registry's own share (clone, record, vault authorisation, event).
/// Governance entry points are not supported and revert with a typed error.
contract RegistryNoopModule is IRollupModule {
    error RegistryNoopModuleUnsupported();

    /// @inheritdoc IRollupModule
    function cloneArgsTail(ModuleInit calldata, bytes calldata) external pure returns (bytes memory) {
        return "";
    }

    /// @inheritdoc IRollupModule
    function initialize(ModuleInit calldata, bytes calldata) external {}

    /// @inheritdoc IRollupModule
    function setRollupOwner(address) external pure {
        revert RegistryNoopModuleUnsupported();
    }

    /// @inheritdoc IRollupModule
    function setPaused(bool) external pure {
        revert RegistryNoopModuleUnsupported();
    }

    /// @inheritdoc IRollupModule
    function setEvicted(address, bool) external pure {
        revert RegistryNoopModuleUnsupported();
    }

    /// @inheritdoc IRollupModule
    function paused() external pure returns (bool) {
        return false;
    }

    /// @inheritdoc IRollupModule
    function isEvicted(address) external pure returns (bool) {
        return false;
    }

    /// @inheritdoc IRollupModule
    function rollupId() external pure returns (uint64) {
        return 0;
    }

    /// @inheritdoc IRollupModule
    function mechanism() external pure returns (bytes32) {
        return keccak256("baton.slot-auction");
    }
}

// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IRollupModule} from "../../contracts/interfaces/IRollupModule.sol";

/// @title RegistryTestModule
/// @notice A minimal selection module for the registry's tests: stores what it is initialised with, lets
/// governance pause and evict, and decodes its own `Params` (refusing a zero epoch length). Its mechanism id is the
/// slot auction's; `RegistryTestMarketModule` reports the block market's.
contract RegistryTestModule is IRollupModule {
    /// @notice The test mechanism's parameters.
    struct Params {
        uint64 epochLength;
        uint128 reward;
    }

    error RegistryTestModuleAlreadyInitialised();
    error RegistryTestModuleNotGovernance(address caller);
    error RegistryTestModuleZeroEpochLength();

    event RegistryTestModuleInitialised(uint64 indexed rollupId, address rollupOwner, uint64 epochLength);

    // Packed as a gas-aware module would: four slots plus the token list.
    bool private _initialised;
    address public vault;
    uint64 public rollupId;
    address public governance;
    uint32 public minSequencers;
    uint32 public maxSequencers;
    bool public paused;
    address public rollupOwner;
    uint64 private _epochLength;
    uint128 private _reward;
    StakeToken[] private _tokens;
    mapping(address participant => bool) public isEvicted;

    /// @notice Locks the implementation: only clones can be initialised.
    constructor() {
        _initialised = true;
    }

    /// @inheritdoc IRollupModule
    function cloneArgsTail(ModuleInit calldata, bytes calldata) external pure returns (bytes memory) {
        return "";
    }

    /// @inheritdoc IRollupModule
    function setRollupOwner(address newOwner) external {
        if (msg.sender != governance) revert RegistryTestModuleNotGovernance(msg.sender);
        emit RollupOwnerChanged(rollupOwner, newOwner);
        rollupOwner = newOwner;
    }

    /// @inheritdoc IRollupModule
    function initialize(ModuleInit calldata init, bytes calldata encodedParams) external {
        if (_initialised) revert RegistryTestModuleAlreadyInitialised();
        _initialised = true;
        Params memory decoded = abi.decode(encodedParams, (Params));
        if (decoded.epochLength == 0) revert RegistryTestModuleZeroEpochLength();
        vault = init.vault;
        governance = init.governance;
        rollupOwner = init.rollupOwner;
        rollupId = init.rollupId;
        minSequencers = init.minSequencers;
        maxSequencers = init.maxSequencers;
        _epochLength = decoded.epochLength;
        _reward = decoded.reward;
        for (uint256 i; i < init.tokens.length; ++i) {
            _tokens.push(init.tokens[i]);
        }
        emit RegistryTestModuleInitialised(init.rollupId, init.rollupOwner, decoded.epochLength);
    }

    /// @inheritdoc IRollupModule
    function setPaused(bool paused_) external {
        if (msg.sender != governance) revert RegistryTestModuleNotGovernance(msg.sender);
        paused = paused_;
        if (paused_) emit ModulePaused(msg.sender);
        else emit ModuleUnpaused(msg.sender);
    }

    /// @inheritdoc IRollupModule
    function setEvicted(address participant, bool evicted) external {
        if (msg.sender != governance) revert RegistryTestModuleNotGovernance(msg.sender);
        isEvicted[participant] = evicted;
        if (evicted) emit ParticipantEvicted(participant, msg.sender);
        else emit ParticipantReinstated(participant, msg.sender);
    }

    /// @notice Whether `initialize` has run (always true on the implementation).
    function initialised() external view returns (bool) {
        return _initialised;
    }

    /// @notice The mechanism parameters the module was initialised with.
    function params() external view returns (uint64 epochLength, uint128 reward) {
        return (_epochLength, _reward);
    }

    /// @notice The stake tokens the module was initialised with.
    function tokens() external view returns (StakeToken[] memory) {
        return _tokens;
    }

    /// @inheritdoc IRollupModule
    function mechanism() external pure virtual returns (bytes32) {
        return keccak256("baton.slot-auction");
    }
}

/// @title RegistryTestMarketModule
/// @notice The test module under the block market's mechanism id.
contract RegistryTestMarketModule is RegistryTestModule {
    /// @inheritdoc IRollupModule
    function mechanism() external pure override returns (bytes32) {
        return keccak256("baton.block-market");
    }
}

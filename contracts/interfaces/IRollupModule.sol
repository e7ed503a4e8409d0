// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title IRollupModule
/// @notice What every selection module (SlotAuction, BlockMarket) exposes to the RollupRegistry, which deploys
/// it as an EIP-1167 clone with immutable arguments (`ModuleArgs`: the common header, then the module's own
/// `cloneArgsTail`) and initialises it in the same transaction. A module can also be deployed stand-alone the same
/// way (clone with `ModuleArgs.head(init) ++ cloneArgsTail(init, params)`, then `initialize`), with `governance`
/// set to an operator address.
interface IRollupModule {
    /// @notice A stake token accepted by a rollup.
    /// @param token The ERC-20 staked in the StakeVault.
    /// @param minStake Minimum amount of this token a participant must commit (per bid or stake), in token units.
    /// @param weight Stake weight per token unit: a stake of `a` tokens counts `a * weight` (weights let stakes in
    /// several tokens add up to one figure). Must be non-zero.
    struct StakeToken {
        address token;
        uint128 minStake;
        uint96 weight;
    }

    /// @notice Everything a module needs from the registry, common to every mechanism.
    /// @param vault The StakeVault that holds stake and has authorised this module.
    /// @param governance Who may pause the module and evict participants (the registry, or an operator).
    /// @param rollupOwner The rollup's owner (may update bounded parameters, effective from the next epoch).
    /// @param rollupId The registry's sequential id of the rollup (0 when stand-alone).
    /// @param tokens Allowed stake tokens with minimum stake and weight (at least one, at most 8).
    /// @param minSequencers `nb_sequencers` minimum (slot auction: fewer distinct bidders means open mode).
    /// @param maxSequencers `nb_sequencers` maximum (slot auction: 1..4 sequencers holding slots, chosen by stake, or
    /// 2^32 - 1 for no cap; any other value is refused).
    struct ModuleInit {
        address vault;
        address governance;
        address rollupOwner;
        uint64 rollupId;
        StakeToken[] tokens;
        uint32 minSequencers;
        uint32 maxSequencers;
    }

    /// @notice The module was paused.
    /// @param by Who paused it (governance).
    event ModulePaused(address indexed by);

    /// @notice The module was unpaused.
    /// @param by Who unpaused it (governance).
    event ModuleUnpaused(address indexed by);

    /// @notice `participant` was evicted.
    /// @param participant The evicted address.
    /// @param by Who evicted it (governance).
    event ParticipantEvicted(address indexed participant, address indexed by);

    /// @notice `participant` was reinstated.
    /// @param participant The reinstated address.
    /// @param by Who reinstated it (governance).
    event ParticipantReinstated(address indexed participant, address indexed by);

    /// @notice The rollup's owner changed (after a transfer in the registry).
    /// @param previousOwner The former owner.
    /// @param newOwner The new owner.
    event RollupOwnerChanged(address indexed previousOwner, address indexed newOwner);

    /// @notice The mechanism's part of a clone's immutable arguments for `init` and `params`, appended after the
    /// common header (`ModuleArgs`). Called on the implementation before cloning; validates `params` and reverts
    /// with the module's typed error on a bad value. Modules that keep nothing there return empty bytes.
    /// @param init Registry-level settings.
    /// @param params Mechanism parameters, ABI-encoded as the mechanism's own `Params` struct.
    /// @return tail The bytes to append to the clone's arguments.
    function cloneArgsTail(ModuleInit calldata init, bytes calldata params) external view returns (bytes memory tail);

    /// @notice Initialises a fresh clone. Callable once; the implementation contract itself cannot be initialised.
    /// @param init Registry-level settings.
    /// @param params Mechanism parameters, ABI-encoded as the mechanism's own `Params` struct.
    function initialize(ModuleInit calldata init, bytes calldata params) external;

    /// @notice Pauses or unpauses the module. Governance only.
    /// @param paused_ Whether the module is to be paused.
    function setPaused(bool paused_) external;

    /// @notice Evicts or reinstates `participant`: evicted addresses cannot bid, vote, commit or publish.
    /// Governance only.
    /// @param participant The address to evict or reinstate.
    /// @param evicted Whether it is to be evicted.
    function setEvicted(address participant, bool evicted) external;

    /// @notice Hands the module's owner-gated settings to `newOwner`. Governance only: the registry calls it when a
    /// rollup ownership transfer completes. Modules without owner-gated settings accept the call and keep nothing.
    /// @param newOwner The rollup's new owner.
    function setRollupOwner(address newOwner) external;

    /// @notice Whether the module is paused.
    function paused() external view returns (bool);

    /// @notice Whether `participant` is evicted.
    /// @param participant The address to check.
    function isEvicted(address participant) external view returns (bool);

    /// @notice The registry's id of this module's rollup.
    function rollupId() external view returns (uint64);

    /// @notice Kind of mechanism: keccak256("baton.slot-auction") or keccak256("baton.block-market").
    function mechanism() external pure returns (bytes32);
}

// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IRollupModule} from "../interfaces/IRollupModule.sol";
import {IStakeVault} from "../interfaces/IStakeVault.sol";

/// @title IRollupRegistry
/// @notice Registers rollups from a typed execution-layer request (the AltLayer `execution_layer_req`, extended with
/// the selection mechanism), deploys each rollup's selection module as an EIP-1167 clone initialised in the same
/// transaction, and authorises it on the StakeVault. Governance (the registry owner, a timelock) can pause a
/// rollup's module and evict participants. The JSON string each enum member maps from is listed in
/// `contracts/registry/README.md`; a value outside an enum's range is refused by the ABI decoder.
interface IRollupRegistry {
    /// @notice Where the rollup settles. JSON `settlement_layer`.
    enum SettlementLayer {
        Ethereum, // "ethereum"
        Arbitrum, // "arbitrum"
        Optimism, // "optimism"
        Base, // "base"
        Polygon // "polygon"
    }

    /// @notice Where the rollup publishes its data. JSON `da_layer`.
    enum DaLayer {
        Ethereum, // "ethereum"
        Celestia, // "celestia"
        EigenDA, // "eigenda"
        Avail, // "avail"
        NearDA // "near-da"
    }

    /// @notice The rollup's runtime. JSON `vm`.
    enum Vm {
        Evm, // "evm"
        Wasm, // "wasm"
        Svm, // "svm"
        MoveVm // "movevm"
    }

    /// @notice How the rollup's state is proven. JSON `type`.
    enum RollupType {
        Optimistic, // "optimistic"
        Zk // "zk"
    }

    /// @notice What the rollup is for. JSON `purpose`.
    enum Purpose {
        General, // "general"
        AppSpecific // "app-specific"
    }

    /// @notice The descriptive part of a request: what kind of rollup this is. The rollup owner may update it.
    struct Descriptor {
        SettlementLayer settlementLayer;
        DaLayer daLayer;
        Vm vm;
        RollupType rollupType;
        Purpose purpose;
    }

    /// @notice A registration request, the typed form of the `execution_layer_req` JSON.
    /// @param descriptor Settlement layer, DA layer, VM, type and purpose.
    /// @param minSequencers `nb_sequencers` minimum (at least 1).
    /// @param maxSequencers `nb_sequencers` maximum (at least `minSequencers`); a single JSON figure sets both.
    /// @param tokens `allowed_tokens` joined with `min_stake_per_seq`, each with a non-zero minimum stake and a
    /// non-zero weight (a stake of `a` tokens counts `a * weight`); 1 to `MAX_TOKENS` distinct tokens.
    /// @param mechanism `selection.mechanism`: keccak256("baton.slot-auction") or keccak256("baton.block-market").
    /// @param params The mechanism's own ABI-encoded `Params` struct, passed unchanged to the module.
    struct Request {
        Descriptor descriptor;
        uint32 minSequencers;
        uint32 maxSequencers;
        IRollupModule.StakeToken[] tokens;
        bytes32 mechanism;
        bytes params;
    }

    /// @notice A registered rollup as the registry stores it (mechanism parameters live in the module).
    /// @param owner The rollup's owner.
    /// @param pendingOwner The owner-elect of a two-step transfer (zero when none is under way).
    /// @param module The rollup's selection module (an EIP-1167 clone).
    /// @param paused Whether the module is paused.
    /// @param minSequencers `nb_sequencers` minimum.
    /// @param maxSequencers `nb_sequencers` maximum.
    /// @param mechanism The module's mechanism id.
    /// @param descriptor Settlement layer, DA layer, VM, type and purpose.
    /// @param tokens Allowed stake tokens with minimum stake and weight.
    struct Rollup {
        address owner;
        address pendingOwner;
        address module;
        bool paused;
        uint32 minSequencers;
        uint32 maxSequencers;
        bytes32 mechanism;
        Descriptor descriptor;
        IRollupModule.StakeToken[] tokens;
    }

    /// @notice A rollup was registered and its module deployed, initialised and authorised on the vault.
    /// @param rollupId Sequential id, from 1.
    /// @param owner The rollup's owner (the caller of `register`).
    /// @param module The new module clone.
    /// @param request The request as registered (its `mechanism` names the module's kind).
    event RollupRegistered(uint64 indexed rollupId, address indexed owner, address indexed module, Request request);

    /// @notice Governance set (or removed) the implementation cloned for a mechanism.
    /// @param mechanism The mechanism id.
    /// @param implementation The implementation (zero: registrations of this mechanism are closed).
    event ImplementationSet(bytes32 indexed mechanism, address indexed implementation);

    /// @notice Governance paused a rollup's module.
    /// @param rollupId The rollup.
    event RollupPaused(uint64 indexed rollupId);

    /// @notice Governance unpaused a rollup's module.
    /// @param rollupId The rollup.
    event RollupUnpaused(uint64 indexed rollupId);

    /// @notice Governance evicted a participant from a rollup's module.
    /// @param rollupId The rollup.
    /// @param participant The evicted address.
    event RollupParticipantEvicted(uint64 indexed rollupId, address indexed participant);

    /// @notice Governance reinstated an evicted participant of a rollup's module.
    /// @param rollupId The rollup.
    /// @param participant The reinstated address.
    event RollupParticipantReinstated(uint64 indexed rollupId, address indexed participant);

    /// @notice A rollup's owner started a transfer of the rollup (a zero `pendingOwner` cancels one).
    /// @param rollupId The rollup.
    /// @param owner The current owner.
    /// @param pendingOwner The owner-elect.
    event RollupOwnershipTransferStarted(uint64 indexed rollupId, address indexed owner, address indexed pendingOwner);

    /// @notice The owner-elect accepted a rollup.
    /// @param rollupId The rollup.
    /// @param previousOwner The previous owner.
    /// @param newOwner The new owner.
    event RollupOwnershipTransferred(uint64 indexed rollupId, address indexed previousOwner, address indexed newOwner);

    /// @notice A rollup's owner updated its descriptor.
    /// @param rollupId The rollup.
    /// @param descriptor The new descriptor.
    event RollupDescriptorUpdated(uint64 indexed rollupId, Descriptor descriptor);

    error RollupRegistryZeroVault();
    error RollupRegistryTooManyImplementations(uint256 count, uint256 maximum);
    error RollupRegistryZeroMechanism();
    error RollupRegistryNotContract(address account);
    error RollupRegistryNotModule(address implementation);
    error RollupRegistryMechanismMismatch(bytes32 mechanism, bytes32 implementationMechanism);
    error RollupRegistryGovernanceNotTimelock(address governance);
    error RollupRegistryGovernanceDelayTooShort(address governance, uint256 delay, uint256 minimum);
    error RollupRegistryRenounceDisabled();
    error RollupRegistryUnknownMechanism(bytes32 mechanism);
    error RollupRegistryNoTokens();
    error RollupRegistryTooManyTokens(uint256 count, uint256 maximum);
    error RollupRegistryZeroTokenAddress(uint256 index);
    error RollupRegistryTokenNotContract(uint256 index, address token);
    /// @notice Token `index` of the request is not allowed on the vault by governance (a registration never allows one).
    error RollupRegistryTokenNotAllowed(uint256 index, address token);
    error RollupRegistryDuplicateToken(uint256 index, address token);
    error RollupRegistryZeroMinStake(uint256 index, address token);
    error RollupRegistryZeroWeight(uint256 index, address token);
    error RollupRegistryZeroMinSequencers();
    error RollupRegistryMinSequencersAboveMax(uint32 minSequencers, uint32 maxSequencers);
    error RollupRegistryModuleAddressMismatch(address deployed, address expected);
    error RollupRegistryUnknownRollup(uint64 rollupId);
    error RollupRegistryNotRollupOwner(uint64 rollupId, address caller);
    error RollupRegistryNotPendingRollupOwner(uint64 rollupId, address caller);
    error RollupRegistryAlreadyPaused(uint64 rollupId);
    error RollupRegistryNotPaused(uint64 rollupId);
    error RollupRegistryZeroParticipant();
    error RollupRegistryAlreadyEvicted(uint64 rollupId, address participant);
    error RollupRegistryNotEvicted(uint64 rollupId, address participant);

    /// @notice Registers a rollup owned by the caller: validates `request`, deploys the mechanism's implementation as
    /// an EIP-1167 clone, initialises it, authorises it on the vault and allows its tokens, all in this transaction.
    /// @param request The typed execution-layer request.
    /// @return rollupId The new rollup's id (sequential, from 1).
    /// @return module The new module clone.
    function register(Request calldata request) external returns (uint64 rollupId, address module);

    /// @notice Sets (or, with the zero address, removes) the implementation cloned for `mechanism`. Governance only.
    /// Existing rollups keep their module.
    /// @param mechanism The mechanism id; must equal `implementation.mechanism()`.
    /// @param implementation The module implementation contract, or zero to stop registrations of that mechanism.
    function setImplementation(bytes32 mechanism, address implementation) external;

    /// @notice Pauses rollup `rollupId`'s module (forwarded to `setPaused(true)`). Governance only.
    /// @param rollupId The rollup.
    function pause(uint64 rollupId) external;

    /// @notice Unpauses rollup `rollupId`'s module (forwarded to `setPaused(false)`). Governance only.
    /// @param rollupId The rollup.
    function unpause(uint64 rollupId) external;

    /// @notice Evicts `participant` from rollup `rollupId` (forwarded to `setEvicted(participant, true)`): it can no
    /// longer bid, vote, commit or publish there. Governance only.
    /// @param rollupId The rollup.
    /// @param participant The sequencer, proposer or prover to evict.
    function evict(uint64 rollupId, address participant) external;

    /// @notice Reinstates an evicted `participant` of rollup `rollupId`. Governance only.
    /// @param rollupId The rollup.
    /// @param participant The participant to reinstate.
    function reinstate(uint64 rollupId, address participant) external;

    /// @notice Starts a two-step transfer of rollup `rollupId` to `newOwner` (zero cancels). Rollup owner only.
    /// @param rollupId The rollup.
    /// @param newOwner The owner-elect, who must call `acceptRollupOwnership`.
    function transferRollupOwnership(uint64 rollupId, address newOwner) external;

    /// @notice Completes a transfer of rollup `rollupId` to the caller. Owner-elect only.
    /// @param rollupId The rollup.
    function acceptRollupOwnership(uint64 rollupId) external;

    /// @notice Updates rollup `rollupId`'s descriptor (e.g. a move to another DA layer). Rollup owner only.
    /// @param rollupId The rollup.
    /// @param descriptor The new descriptor.
    function updateDescriptor(uint64 rollupId, Descriptor calldata descriptor) external;

    /// @notice The registered rollup `rollupId`.
    /// @param rollupId The rollup.
    /// @return The stored typed request, module, owner, pending owner and paused flag.
    function rollup(uint64 rollupId) external view returns (Rollup memory);

    /// @notice The owner of rollup `rollupId`.
    /// @param rollupId The rollup.
    /// @return The owner's address.
    function rollupOwner(uint64 rollupId) external view returns (address);

    /// @notice The selection module of rollup `rollupId`.
    /// @param rollupId The rollup.
    /// @return The module clone's address.
    function moduleOf(uint64 rollupId) external view returns (address);

    /// @notice How many rollups were registered (the highest id).
    /// @return The count.
    function rollupCount() external view returns (uint64);

    /// @notice The StakeVault on which modules are authorised and tokens allowed.
    /// @return The vault.
    function vault() external view returns (IStakeVault);

    /// @notice The implementation cloned for `mechanism` (zero when the mechanism is unknown).
    /// @param mechanism The mechanism id.
    /// @return The implementation's address.
    function implementation(bytes32 mechanism) external view returns (address);
}

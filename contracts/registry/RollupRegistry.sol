// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {IRollupModule} from "../interfaces/IRollupModule.sol";
import {IStakeVault} from "../interfaces/IStakeVault.sol";
import {ModuleArgs} from "../libraries/ModuleArgs.sol";
import {IRollupRegistry} from "./IRollupRegistry.sol";
import {IGovernanceTimelock} from "./IGovernanceTimelock.sol";
import {BatonTimelock} from "./BatonTimelock.sol";

/// @title RollupRegistry
/// @notice One registry serves many rollups. `register` turns a typed execution-layer request into a running
/// selection module: an EIP-1167 clone of the mechanism's implementation, initialised in the same transaction (no
/// uninitialised window) and authorised on the StakeVault, whose owner made this registry its authoriser. Its stake
/// tokens must already be allowed on the vault by governance (a registration never allows a token).
/// @dev Storage per rollup is one slot: the owner and the descriptor, the only mutable parts of a request.
/// - The module's address is not stored: the registry creates nothing but module clones, and its account nonce
///   starts at 1, so rollup `id`'s module is the CREATE address of this contract at nonce `id`. `register` checks it.
/// - What never changes after registration travels as the clone's immutable arguments (`ModuleArgs`), read back
///   with `Clones.fetchCloneArgs`: the common header (`nb_sequencers` and the token list), which this registry
///   reads, then the mechanism's own tail (`IRollupModule.cloneArgsTail`, built and validated by the implementation),
///   which the module reads instead of storage.
/// Governance is the owner, which must be a timelock whose delay is at least `MIN_GOVERNANCE_DELAY`; every
/// governance call checks that floor again, so lowering the timelock's delay below it stops governance instead of
/// making it instant.
contract RollupRegistry is IRollupRegistry, Ownable2Step {
    /// @dev A rollup's record, one storage slot.
    struct Record {
        address owner;
        SettlementLayer settlementLayer;
        DaLayer daLayer;
        Vm vm;
        RollupType rollupType;
        Purpose purpose;
    }

    /// @notice Most stake tokens per rollup; bounds every loop over a rollup's tokens.
    uint256 public constant MAX_TOKENS = 8;

    /// @notice Most implementations the constructor accepts; bounds the constructor's loop.
    uint256 public constant MAX_INITIAL_IMPLEMENTATIONS = 8;

    /// @notice Floor on the governance timelock's delay, in seconds: every pause, eviction or implementation change
    /// is visible on-chain at least this long before it takes effect. Production deployments should use days.
    uint256 public constant MIN_GOVERNANCE_DELAY = 1 hours;



    /// @notice Slashing horizon (blocks) declared on the vault for every module but slot auctions: a block market may
    /// burn an escrow or slash a bond shortly after its lock expired (late `finalise`, dispute window).
    uint8 public constant MODULE_SLASHING_HORIZON = 64;

    /// @notice The slot auction's mechanism id: it never slashes, so it declares a zero horizon (an expired bid or
    /// settlement lock is at once reusable, which keeps `bid` and `settle` within their gas budgets).
    bytes32 public constant SLOT_AUCTION = keccak256("baton.slot-auction");

    /// @dev Runtime code hash every governance timelock must have.
    bytes32 private constant _TIMELOCK_CODEHASH = keccak256(type(BatonTimelock).runtimeCode);

    /// @dev The vault on which modules are authorised and tokens allowed.
    IStakeVault private immutable _VAULT;

    uint64 private _rollupCount;
    mapping(uint64 rollupId => Record record) private _rollups;
    mapping(uint64 rollupId => address pendingOwner) private _pendingOwners;
    mapping(bytes32 mechanism => address implementation) private _implementations;

    /// @notice Deploys the registry.
    /// @param vault_ The StakeVault; its owner must then call `setAuthoriser(registry)`.
    /// @param governance The owner: a timelock whose delay is at least `MIN_GOVERNANCE_DELAY`.
    /// @param implementations Initial module implementations (at most `MAX_INITIAL_IMPLEMENTATIONS`), each
    /// registered under its own `mechanism()`.
    constructor(IStakeVault vault_, address governance, address[] memory implementations) Ownable(governance) {
        if (address(vault_) == address(0)) revert RollupRegistryZeroVault();
        _requireTimelock(governance);
        uint256 count = implementations.length;
        if (count > MAX_INITIAL_IMPLEMENTATIONS) {
            revert RollupRegistryTooManyImplementations(count, MAX_INITIAL_IMPLEMENTATIONS);
        }
        _VAULT = vault_;
        // Bounded by MAX_INITIAL_IMPLEMENTATIONS.
        for (uint256 i; i < count; ++i) {
            address impl = implementations[i];
            if (impl.code.length == 0) revert RollupRegistryNotContract(impl);
            _setImplementation(_mechanismOf(impl), impl);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Registration
    // ---------------------------------------------------------------------------------------------------------------

    /// @inheritdoc IRollupRegistry
    function register(Request calldata request) external returns (uint64 rollupId, address module) {
        address impl = _implementations[request.mechanism];
        if (impl == address(0)) revert RollupRegistryUnknownMechanism(request.mechanism);
        _validateSequencers(request.minSequencers, request.maxSequencers);
        _validateTokens(request.tokens);
        _requireAllowedTokens(request.tokens);

        // Cannot overflow: one registration per transaction, 2^64 transactions will never happen.
        unchecked {
            rollupId = ++_rollupCount;
        }
        IRollupModule.ModuleInit memory init = IRollupModule.ModuleInit({
            vault: address(_VAULT),
            governance: address(this),
            rollupOwner: msg.sender,
            rollupId: rollupId,
            tokens: request.tokens,
            minSequencers: request.minSequencers,
            maxSequencers: request.maxSequencers
        });
        bytes memory args = bytes.concat(
            ModuleArgs.headOf(request.minSequencers, request.maxSequencers, request.tokens),
            IRollupModule(impl).cloneArgsTail(init, request.params)
        );
        module = Clones.cloneWithImmutableArgs(impl, args);
        address expected = _moduleAddress(rollupId);
        if (module != expected) revert RollupRegistryModuleAddressMismatch(module, expected);
        _storeRecord(rollupId, request.descriptor);

        IRollupModule(module).initialize(init, request.params);
        _authorise(module, request.mechanism);
        emit RollupRegistered(rollupId, msg.sender, module, request);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Governance
    // ---------------------------------------------------------------------------------------------------------------

    /// @inheritdoc IRollupRegistry
    function setImplementation(bytes32 mechanism, address implementation_) external onlyOwner {
        if (implementation_ != address(0)) {
            if (implementation_.code.length == 0) revert RollupRegistryNotContract(implementation_);
            bytes32 actual = _mechanismOf(implementation_);
            if (actual != mechanism) revert RollupRegistryMechanismMismatch(mechanism, actual);
        }
        _setImplementation(mechanism, implementation_);
    }

    /// @inheritdoc IRollupRegistry
    function pause(uint64 rollupId) external onlyOwner {
        IRollupModule module = _module(rollupId);
        if (module.paused()) revert RollupRegistryAlreadyPaused(rollupId);
        module.setPaused(true);
        emit RollupPaused(rollupId);
    }

    /// @inheritdoc IRollupRegistry
    function unpause(uint64 rollupId) external onlyOwner {
        IRollupModule module = _module(rollupId);
        if (!module.paused()) revert RollupRegistryNotPaused(rollupId);
        module.setPaused(false);
        emit RollupUnpaused(rollupId);
    }

    /// @inheritdoc IRollupRegistry
    function evict(uint64 rollupId, address participant) external onlyOwner {
        IRollupModule module = _module(rollupId);
        if (participant == address(0)) revert RollupRegistryZeroParticipant();
        if (module.isEvicted(participant)) revert RollupRegistryAlreadyEvicted(rollupId, participant);
        module.setEvicted(participant, true);
        emit RollupParticipantEvicted(rollupId, participant);
    }

    /// @inheritdoc IRollupRegistry
    function reinstate(uint64 rollupId, address participant) external onlyOwner {
        IRollupModule module = _module(rollupId);
        if (!module.isEvicted(participant)) revert RollupRegistryNotEvicted(rollupId, participant);
        module.setEvicted(participant, false);
        emit RollupParticipantReinstated(rollupId, participant);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Rollup owner
    // ---------------------------------------------------------------------------------------------------------------

    /// @inheritdoc IRollupRegistry
    function transferRollupOwnership(uint64 rollupId, address newOwner) external {
        Record storage record = _record(rollupId);
        if (record.owner != msg.sender) revert RollupRegistryNotRollupOwner(rollupId, msg.sender);
        _pendingOwners[rollupId] = newOwner;
        emit RollupOwnershipTransferStarted(rollupId, msg.sender, newOwner);
    }

    /// @inheritdoc IRollupRegistry
    function acceptRollupOwnership(uint64 rollupId) external {
        Record storage record = _record(rollupId);
        if (_pendingOwners[rollupId] != msg.sender) revert RollupRegistryNotPendingRollupOwner(rollupId, msg.sender);
        address previousOwner = record.owner;
        delete _pendingOwners[rollupId];
        record.owner = msg.sender;
        emit RollupOwnershipTransferred(rollupId, previousOwner, msg.sender);
        // The module's owner-gated settings follow the registry's record.
        _module(rollupId).setRollupOwner(msg.sender);
    }

    /// @inheritdoc IRollupRegistry
    function updateDescriptor(uint64 rollupId, Descriptor calldata descriptor) external {
        Record storage record = _record(rollupId);
        if (record.owner != msg.sender) revert RollupRegistryNotRollupOwner(rollupId, msg.sender);
        record.settlementLayer = descriptor.settlementLayer;
        record.daLayer = descriptor.daLayer;
        record.vm = descriptor.vm;
        record.rollupType = descriptor.rollupType;
        record.purpose = descriptor.purpose;
        emit RollupDescriptorUpdated(rollupId, descriptor);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Views
    // ---------------------------------------------------------------------------------------------------------------

    /// @inheritdoc IRollupRegistry
    function rollup(uint64 rollupId) external view returns (Rollup memory info) {
        Record storage record = _record(rollupId);
        IRollupModule module = IRollupModule(_moduleAddress(rollupId));
        info.owner = record.owner;
        info.pendingOwner = _pendingOwners[rollupId];
        info.module = address(module);
        info.mechanism = module.mechanism();
        info.paused = module.paused();
        info.descriptor = Descriptor({
            settlementLayer: record.settlementLayer,
            daLayer: record.daLayer,
            vm: record.vm,
            rollupType: record.rollupType,
            purpose: record.purpose
        });
        bytes memory args = Clones.fetchCloneArgs(address(module));
        (info.minSequencers, info.maxSequencers,) = ModuleArgs.bounds(args);
        info.tokens = ModuleArgs.tokens(args);
    }

    /// @inheritdoc IRollupRegistry
    function rollupOwner(uint64 rollupId) external view returns (address) {
        return _record(rollupId).owner;
    }

    /// @inheritdoc IRollupRegistry
    function moduleOf(uint64 rollupId) external view returns (address) {
        return address(_module(rollupId));
    }

    /// @inheritdoc IRollupRegistry
    function rollupCount() external view returns (uint64) {
        return _rollupCount;
    }

    /// @inheritdoc IRollupRegistry
    function vault() external view returns (IStakeVault) {
        return _VAULT;
    }

    /// @inheritdoc IRollupRegistry
    function implementation(bytes32 mechanism) external view returns (address) {
        return _implementations[mechanism];
    }

    /// @notice Starts a two-step transfer of the registry's governance to `newOwner`, which must be a timelock whose
    /// delay is at least `MIN_GOVERNANCE_DELAY` (the zero address cancels a pending transfer). Governance only.
    /// @param newOwner The new governance timelock.
    function transferOwnership(address newOwner) public override onlyOwner {
        if (newOwner != address(0)) _requireTimelock(newOwner);
        super.transferOwnership(newOwner);
    }

    /// @notice Always reverts: a registry without governance could never unpause a paused rollup.
    function renounceOwnership() public pure override {
        revert RollupRegistryRenounceDisabled();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Internals
    // ---------------------------------------------------------------------------------------------------------------

    /// @dev Governance calls additionally require the owner's timelock delay to be at or above the floor.
    function _checkOwner() internal view override {
        super._checkOwner();
        _requireTimelock(owner());
    }

    /// @dev Records `impl` (zero removes) as the implementation of `mechanism`.
    function _setImplementation(bytes32 mechanism, address impl) private {
        if (mechanism == bytes32(0)) revert RollupRegistryZeroMechanism();
        _implementations[mechanism] = impl;
        emit ImplementationSet(mechanism, impl);
    }

    /// @dev Writes the rollup's one-slot record, owned by the caller.
    function _storeRecord(uint64 rollupId, Descriptor calldata descriptor) private {
        _rollups[rollupId] = Record({
            owner: msg.sender,
            settlementLayer: descriptor.settlementLayer,
            daLayer: descriptor.daLayer,
            vm: descriptor.vm,
            rollupType: descriptor.rollupType,
            purpose: descriptor.purpose
        });
    }

    /// @dev Authorises `module` on the vault with its mechanism's slashing horizon. Tokens are never allowed here (see
    /// `_requireAllowedTokens`).
    function _authorise(address module, bytes32 mechanism) private {
        _VAULT.authoriseModule(module, mechanism == SLOT_AUCTION ? 0 : MODULE_SLASHING_HORIZON);
    }

    /// @dev Reverts unless governance has allowed every requested token on the vault: a registration never allows a
    /// token, so it can neither re-allow one governance refused nor make an arbitrary contract a stake token.
    function _requireAllowedTokens(IRollupModule.StakeToken[] calldata tokens) private view {
        IStakeVault vault_ = _VAULT;
        uint256 count = tokens.length;
        // Bounded by MAX_TOKENS (checked in `_validateTokens`).
        for (uint256 i; i < count; ++i) {
            address token = tokens[i].token;
            if (!vault_.isTokenAllowed(token)) revert RollupRegistryTokenNotAllowed(i, token);
        }
    }

    /// @dev Reverts unless `governance` runs BatonTimelock's code (pinned by its runtime code hash, so a contract
    /// that merely reports a long `getMinDelay` cannot pass) with a delay of at least `MIN_GOVERNANCE_DELAY`.
    function _requireTimelock(address governance) private view {
        if (governance.codehash != _TIMELOCK_CODEHASH) revert RollupRegistryGovernanceNotTimelock(governance);
        (bool ok, bytes memory result) = governance.staticcall(abi.encodeCall(IGovernanceTimelock.getMinDelay, ()));
        if (!ok || result.length < 32) revert RollupRegistryGovernanceNotTimelock(governance);
        uint256 delay = abi.decode(result, (uint256));
        if (delay < MIN_GOVERNANCE_DELAY) {
            revert RollupRegistryGovernanceDelayTooShort(governance, delay, MIN_GOVERNANCE_DELAY);
        }
    }

    /// @dev Existing rollup's record, or a typed revert.
    function _record(uint64 rollupId) private view returns (Record storage record) {
        _requireRollup(rollupId);
        record = _rollups[rollupId];
    }

    /// @dev Existing rollup's module, or a typed revert.
    function _module(uint64 rollupId) private view returns (IRollupModule) {
        _requireRollup(rollupId);
        return IRollupModule(_moduleAddress(rollupId));
    }

    function _requireRollup(uint64 rollupId) private view {
        if (rollupId == 0 || rollupId > _rollupCount) revert RollupRegistryUnknownRollup(rollupId);
    }

    /// @dev The module of rollup `rollupId`: the address of the contract this registry created with account nonce
    /// `rollupId`, keccak256(rlp([address(this), rollupId])) (the nonce is RLP-encoded as a minimal big-endian
    /// integer; ids start at 1, so the zero nonce never occurs).
    function _moduleAddress(uint64 rollupId) private view returns (address) {
        bytes memory rlp;
        if (rollupId < 0x80) {
            rlp = abi.encodePacked(bytes2(0xd694), address(this), uint8(rollupId));
        } else if (rollupId <= type(uint8).max) {
            rlp = abi.encodePacked(bytes2(0xd794), address(this), bytes1(0x81), uint8(rollupId));
        } else if (rollupId <= type(uint16).max) {
            rlp = abi.encodePacked(bytes2(0xd894), address(this), bytes1(0x82), uint16(rollupId));
        } else if (rollupId <= type(uint24).max) {
            rlp = abi.encodePacked(bytes2(0xd994), address(this), bytes1(0x83), uint24(rollupId));
        } else if (rollupId <= type(uint32).max) {
            rlp = abi.encodePacked(bytes2(0xda94), address(this), bytes1(0x84), uint32(rollupId));
        } else if (rollupId <= type(uint40).max) {
            rlp = abi.encodePacked(bytes2(0xdb94), address(this), bytes1(0x85), uint40(rollupId));
        } else if (rollupId <= type(uint48).max) {
            rlp = abi.encodePacked(bytes2(0xdc94), address(this), bytes1(0x86), uint48(rollupId));
        } else if (rollupId <= type(uint56).max) {
            rlp = abi.encodePacked(bytes2(0xdd94), address(this), bytes1(0x87), uint56(rollupId));
        } else {
            rlp = abi.encodePacked(bytes2(0xde94), address(this), bytes1(0x88), rollupId);
        }
        return address(uint160(uint256(keccak256(rlp))));
    }

    /// @dev Validates the token list: 1 to MAX_TOKENS distinct contracts, each with a minimum stake and a weight.
    function _validateTokens(IRollupModule.StakeToken[] calldata tokens) private view {
        uint256 count = tokens.length;
        if (count == 0) revert RollupRegistryNoTokens();
        if (count > MAX_TOKENS) revert RollupRegistryTooManyTokens(count, MAX_TOKENS);
        // Bounded by MAX_TOKENS; the inner duplicate scan makes at most MAX_TOKENS * (MAX_TOKENS - 1) / 2 compares.
        for (uint256 i; i < count; ++i) {
            IRollupModule.StakeToken calldata stakeToken = tokens[i];
            address token = stakeToken.token;
            if (token == address(0)) revert RollupRegistryZeroTokenAddress(i);
            if (token.code.length == 0) revert RollupRegistryTokenNotContract(i, token);
            for (uint256 j; j < i; ++j) {
                if (tokens[j].token == token) revert RollupRegistryDuplicateToken(i, token);
            }
            if (stakeToken.minStake == 0) revert RollupRegistryZeroMinStake(i, token);
            if (stakeToken.weight == 0) revert RollupRegistryZeroWeight(i, token);
        }
    }

    /// @dev The mechanism id an implementation reports; reverts with a typed error when it is not a module.
    function _mechanismOf(address impl) private pure returns (bytes32 mechanism) {
        try IRollupModule(impl).mechanism() returns (bytes32 reported) {
            mechanism = reported;
        } catch {
            revert RollupRegistryNotModule(impl);
        }
    }

    /// @dev `nb_sequencers` floor: at least one sequencer, and min <= max.
    function _validateSequencers(uint32 minSequencers, uint32 maxSequencers) private pure {
        if (minSequencers == 0) revert RollupRegistryZeroMinSequencers();
        if (minSequencers > maxSequencers) revert RollupRegistryMinSequencersAboveMax(minSequencers, maxSequencers);
    }

}

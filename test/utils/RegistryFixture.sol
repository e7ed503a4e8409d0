// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {IRollupModule} from "../../contracts/interfaces/IRollupModule.sol";
import {BatonToken} from "../../contracts/token/BatonToken.sol";
import {StakeVault} from "../../contracts/vault/StakeVault.sol";
import {BatonTimelock} from "../../contracts/registry/BatonTimelock.sol";
import {IRollupRegistry} from "../../contracts/registry/IRollupRegistry.sol";
import {RollupRegistry} from "../../contracts/registry/RollupRegistry.sol";
import {RegistryTestModule, RegistryTestMarketModule} from "./RegistryTestModule.sol";

/// @title RegistryFixture
/// @notice Deploys a registry governed by a timelock (this test contract proposes, anyone executes), the StakeVault
/// (owned by this test contract) that made the registry its authoriser, both test module implementations and nine stake tokens.
abstract contract RegistryFixture is Test {
    bytes32 internal constant SLOT_AUCTION = keccak256("baton.slot-auction");
    bytes32 internal constant BLOCK_MARKET = keccak256("baton.block-market");
    uint256 internal constant DELAY = 1 hours;

    address internal constant ROLLUP_OWNER = address(0xA11CE);
    address internal constant OTHER = address(0xB0B);

    BatonTimelock internal timelock;
    StakeVault internal vault;
    RegistryTestModule internal auctionImpl;
    RegistryTestMarketModule internal marketImpl;
    RollupRegistry internal registry;
    BatonToken[] internal tokenList;
    uint256 private _salt;

    function setUp() public virtual {
        timelock = _deployTimelock(DELAY);
        vault = new StakeVault(address(this), 64);
        auctionImpl = new RegistryTestModule();
        marketImpl = new RegistryTestMarketModule();
        address[] memory impls = new address[](2);
        impls[0] = address(auctionImpl);
        impls[1] = address(marketImpl);
        registry = new RollupRegistry(vault, address(timelock), impls);
        vault.setAuthoriser(address(registry));
        for (uint256 i; i < 9; ++i) {
            tokenList.push(new BatonToken("Stake", "STK", address(this)));
            // Governance allows stake tokens; a registration never does.
            vault.setTokenAllowed(address(tokenList[i]), true);
        }
    }

    function _deployTimelock(uint256 delay) internal returns (BatonTimelock) {
        address[] memory proposers = new address[](1);
        proposers[0] = address(this);
        address[] memory executors = new address[](1);
        executors[0] = address(0);
        return new BatonTimelock(delay, proposers, executors, address(0));
    }

    /// @dev The seed's request: ethereum settlement, celestia DA, wasm, optimistic, app-specific, 3 sequencers,
    /// two tokens (minimum 100 and 1000).
    function _seedRequest() internal view returns (IRollupRegistry.Request memory request) {
        request.descriptor = IRollupRegistry.Descriptor({
            settlementLayer: IRollupRegistry.SettlementLayer.Ethereum,
            daLayer: IRollupRegistry.DaLayer.Celestia,
            vm: IRollupRegistry.Vm.Wasm,
            rollupType: IRollupRegistry.RollupType.Optimistic,
            purpose: IRollupRegistry.Purpose.AppSpecific
        });
        request.minSequencers = 3;
        request.maxSequencers = 3;
        request.tokens = new IRollupModule.StakeToken[](2);
        request.tokens[0] = IRollupModule.StakeToken({token: address(tokenList[0]), minStake: 100e18, weight: 1});
        request.tokens[1] = IRollupModule.StakeToken({token: address(tokenList[1]), minStake: 1000e18, weight: 3});
        request.mechanism = SLOT_AUCTION;
        request.params = abi.encode(RegistryTestModule.Params({epochLength: 32, reward: 1e18}));
    }

    function _requestWithTokens(uint256 count) internal view returns (IRollupRegistry.Request memory request) {
        request = _seedRequest();
        request.tokens = new IRollupModule.StakeToken[](count);
        for (uint256 i; i < count; ++i) {
            request.tokens[i] = IRollupModule.StakeToken({
                token: address(tokenList[i]),
                minStake: uint128(100 * (i + 1)),
                weight: uint96(i + 1)
            });
        }
    }

    function _register(IRollupRegistry.Request memory request) internal returns (uint64 rollupId, address module) {
        vm.prank(ROLLUP_OWNER);
        return registry.register(request);
    }

    /// @dev Schedules `data` on the registry through the timelock, waits the delay, executes it.
    function _govern(bytes memory data) internal {
        _execute(data, _schedule(data));
    }

    /// @dev Schedules `data` on the registry and waits the delay; `_execute` runs it (expectations go in between).
    function _schedule(bytes memory data) internal returns (bytes32 salt) {
        salt = bytes32(++_salt);
        timelock.schedule(address(registry), 0, data, bytes32(0), salt, DELAY);
        vm.warp(block.timestamp + DELAY);
    }

    function _execute(bytes memory data, bytes32 salt) internal {
        timelock.execute(address(registry), 0, data, bytes32(0), salt);
    }

    /// @dev As `_govern`, expecting the registry call to revert with `revertData`.
    function _governExpectRevert(bytes memory data, bytes memory revertData) internal {
        bytes32 salt = _schedule(data);
        vm.expectRevert(revertData);
        _execute(data, salt);
    }

    /// @dev Runs `data` on the timelock itself (e.g. `updateDelay`) through schedule and execute.
    function _governTimelock(bytes memory data, uint256 delay) internal {
        bytes32 salt = bytes32(++_salt);
        timelock.schedule(address(timelock), 0, data, bytes32(0), salt, delay);
        vm.warp(block.timestamp + delay);
        timelock.execute(address(timelock), 0, data, bytes32(0), salt);
    }

    /// @dev A module's initialisation data for `request` (governance and owner OTHER, rollup 1).
    function _init(IRollupRegistry.Request memory request) internal view returns (IRollupModule.ModuleInit memory) {
        return IRollupModule.ModuleInit({
            vault: address(vault),
            governance: OTHER,
            rollupOwner: OTHER,
            rollupId: 1,
            tokens: request.tokens,
            minSequencers: request.minSequencers,
            maxSequencers: request.maxSequencers
        });
    }

    /// @dev The implementation an EIP-1167 clone delegates to (bytes 10..29 of its code).
    function _cloneTarget(address clone) internal view returns (address target) {
        bytes memory code = clone.code;
        // Loads the word at code offset 10; its top 20 bytes are the implementation address.
        assembly {
            target := shr(96, mload(add(code, 0x2a)))
        }
    }

    /// @dev Registers `request` and checks that its clone refuses a second initialisation with `revertData`.
    function _assertCloneRefusesInitialise(IRollupRegistry.Request memory request, bytes memory revertData) internal {
        (, address module) = _register(request);
        vm.prank(address(registry));
        vm.expectRevert(revertData);
        IRollupModule(module).initialize(_init(request), request.params);
    }

    /// @dev Checks that the implementation `impl` itself refuses initialisation with `revertData`.
    function _assertImplementationRefusesInitialise(
        address impl,
        IRollupRegistry.Request memory request,
        bytes memory revertData
    ) internal {
        vm.expectRevert(revertData);
        IRollupModule(impl).initialize(_init(request), request.params);
    }
}

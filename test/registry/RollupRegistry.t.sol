// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Vm} from "forge-std/Vm.sol";
import {IRollupModule} from "../../contracts/interfaces/IRollupModule.sol";
import {IStakeVault} from "../../contracts/interfaces/IStakeVault.sol";
import {IRollupRegistry} from "../../contracts/registry/IRollupRegistry.sol";
import {RollupRegistry} from "../../contracts/registry/RollupRegistry.sol";
import {RegistryFixture} from "../utils/RegistryFixture.sol";
import {RegistryTestModule} from "../utils/RegistryTestModule.sol";

/// @notice Registration: clone, initialise, authorise; the stored request; request validation.
contract RollupRegistryTest is RegistryFixture {
    function test_registerDeploysInitialisesAndAuthorisesInOneTransaction() public {
        IRollupRegistry.Request memory request = _seedRequest();
        vm.recordLogs();
        (uint64 rollupId, address module) = _register(request);
        Vm.Log[] memory logs = vm.getRecordedLogs();

        // The module is an EIP-1167 clone of the implementation, followed by nb_sequencers, the token count and the
        // tokens (this test module's own tail is empty).
        bytes memory expectedCode = abi.encodePacked(
            hex"363d3d373d3d3d363d73",
            address(auctionImpl),
            hex"5af43d82803e903d91602b57fd5bf3",
            uint32(3),
            uint32(3),
            uint8(2),
            address(tokenList[0]),
            uint128(100e18),
            uint96(1),
            address(tokenList[1]),
            uint128(1000e18),
            uint96(3)
        );
        assertEq(module.code, expectedCode);

        // Initialised with the registry as governance and the caller as rollup owner.
        RegistryTestModule clone = RegistryTestModule(module);
        assertTrue(clone.initialised());
        assertEq(clone.rollupId(), rollupId);
        assertEq(clone.vault(), address(vault));
        assertEq(clone.governance(), address(registry));
        assertEq(clone.rollupOwner(), ROLLUP_OWNER);
        assertEq(clone.minSequencers(), 3);
        assertEq(clone.maxSequencers(), 3);
        (uint64 epochLength, uint128 reward) = clone.params();
        assertEq(epochLength, 32);
        assertEq(reward, 1e18);
        IRollupModule.StakeToken[] memory moduleTokens = clone.tokens();
        assertEq(moduleTokens.length, 2);
        assertEq(moduleTokens[1].token, address(tokenList[1]));
        assertEq(moduleTokens[1].weight, 3);

        // Authorised on the vault (its tokens were allowed by governance beforehand).
        assertTrue(vault.isModule(module));

        // All of it in the one recorded transaction, in this order: initialise, authorise, registered.
        assertEq(logs.length, 3);
        assertEq(logs[0].topics[0], RegistryTestModule.RegistryTestModuleInitialised.selector);
        assertEq(logs[0].emitter, module);
        assertEq(logs[1].topics[0], IStakeVault.ModuleAuthorised.selector);
        assertEq(logs[2].topics[0], IRollupRegistry.RollupRegistered.selector);
        assertEq(logs[2].emitter, address(registry));
    }

    function test_registeredModuleMayLockStakeOnVault() public {
        (, address module) = _register(_seedRequest());
        address staker = address(0x57A6E);
        tokenList[0].mint(staker, 500e18);
        vm.startPrank(staker);
        tokenList[0].approve(address(vault), 500e18);
        vault.deposit(address(tokenList[0]), 500e18);
        vm.stopPrank();

        vm.prank(module);
        vault.lock(staker, address(tokenList[0]), 200e18, uint64(block.number + 10));
        assertEq(vault.freeOf(staker, address(tokenList[0])), 300e18);

        vm.prank(OTHER);
        vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultNotModule.selector, OTHER));
        vault.lock(staker, address(tokenList[0]), 1, uint64(block.number + 10));
    }

    function test_registerEmitsRollupRegisteredWithTypedRequest() public {
        IRollupRegistry.Request memory request = _seedRequest();
        address predicted = vm.computeCreateAddress(address(registry), vm.getNonce(address(registry)));
        vm.expectEmit(address(registry));
        emit IRollupRegistry.RollupRegistered(1, ROLLUP_OWNER, predicted, request);
        _register(request);
    }

    function test_registerReturnsIdAndModule() public {
        (uint64 rollupId, address module) = _register(_seedRequest());
        assertEq(rollupId, 1);
        assertEq(registry.moduleOf(1), module);
        assertEq(registry.rollupOwner(1), ROLLUP_OWNER);
    }

    function test_cloneCannotBeReinitialised() public {
        (, address module) = _register(_seedRequest());
        IRollupModule.ModuleInit memory init = IRollupModule.ModuleInit({
            vault: address(vault),
            governance: OTHER,
            rollupOwner: OTHER,
            rollupId: 99,
            tokens: _seedRequest().tokens,
            minSequencers: 1,
            maxSequencers: 1
        });
        vm.prank(OTHER);
        vm.expectRevert(RegistryTestModule.RegistryTestModuleAlreadyInitialised.selector);
        IRollupModule(module).initialize(init, _seedRequest().params);
        // The registry cannot do it either, and the module still answers to the registry.
        vm.prank(address(registry));
        vm.expectRevert(RegistryTestModule.RegistryTestModuleAlreadyInitialised.selector);
        IRollupModule(module).initialize(init, _seedRequest().params);
        assertEq(RegistryTestModule(module).governance(), address(registry));
    }

    function test_implementationCannotBeInitialised() public {
        IRollupModule.ModuleInit memory init = IRollupModule.ModuleInit({
            vault: address(vault),
            governance: OTHER,
            rollupOwner: OTHER,
            rollupId: 1,
            tokens: _seedRequest().tokens,
            minSequencers: 1,
            maxSequencers: 1
        });
        vm.prank(OTHER);
        vm.expectRevert(RegistryTestModule.RegistryTestModuleAlreadyInitialised.selector);
        auctionImpl.initialize(init, _seedRequest().params);
        vm.expectRevert(RegistryTestModule.RegistryTestModuleAlreadyInitialised.selector);
        marketImpl.initialize(init, _seedRequest().params);
        assertEq(auctionImpl.governance(), address(0));
    }

    function test_rollupIdsAreSequential() public {
        assertEq(registry.rollupCount(), 0);
        for (uint64 expected = 1; expected <= 5; ++expected) {
            IRollupRegistry.Request memory request = _seedRequest();
            if (expected % 2 == 0) request.mechanism = BLOCK_MARKET;
            (uint64 rollupId, address module) = _register(request);
            assertEq(rollupId, expected);
            assertEq(registry.rollupCount(), expected);
            assertEq(IRollupModule(module).rollupId(), expected);
        }
    }

    function test_oneRegistryServesManyRollups() public {
        IRollupRegistry.Request memory auctionRequest = _seedRequest();
        IRollupRegistry.Request memory marketRequest = _requestWithTokens(1);
        marketRequest.mechanism = BLOCK_MARKET;
        marketRequest.minSequencers = 1;
        marketRequest.maxSequencers = 64;

        (uint64 first, address firstModule) = _register(auctionRequest);
        vm.prank(OTHER);
        (uint64 second, address secondModule) = registry.register(marketRequest);
        (uint64 third, address thirdModule) = _register(auctionRequest);

        assertTrue(firstModule != secondModule && secondModule != thirdModule && firstModule != thirdModule);
        assertEq(IRollupModule(firstModule).mechanism(), SLOT_AUCTION);
        assertEq(IRollupModule(secondModule).mechanism(), BLOCK_MARKET);
        assertEq(IRollupModule(thirdModule).mechanism(), SLOT_AUCTION);
        assertTrue(vault.isModule(firstModule) && vault.isModule(secondModule) && vault.isModule(thirdModule));
        assertEq(registry.rollup(second).owner, OTHER);
        assertEq(registry.rollup(second).maxSequencers, 64);
        assertEq(registry.rollup(third).owner, ROLLUP_OWNER);

        // Governance acting on one rollup leaves the others alone.
        _govern(abi.encodeCall(IRollupRegistry.pause, (second)));
        _govern(abi.encodeCall(IRollupRegistry.evict, (first, OTHER)));
        assertFalse(IRollupModule(firstModule).paused());
        assertTrue(IRollupModule(secondModule).paused());
        assertFalse(IRollupModule(thirdModule).paused());
        assertTrue(IRollupModule(firstModule).isEvicted(OTHER));
        assertFalse(IRollupModule(thirdModule).isEvicted(OTHER));
    }

    function test_rollupViewReturnsStoredRequest() public {
        IRollupRegistry.Request memory request = _requestWithTokens(3);
        request.descriptor.settlementLayer = IRollupRegistry.SettlementLayer.Polygon;
        request.descriptor.daLayer = IRollupRegistry.DaLayer.NearDA;
        request.descriptor.vm = IRollupRegistry.Vm.MoveVm;
        request.descriptor.rollupType = IRollupRegistry.RollupType.Zk;
        request.descriptor.purpose = IRollupRegistry.Purpose.General;
        request.minSequencers = 2;
        request.maxSequencers = 7;
        request.tokens[2].minStake = type(uint128).max;
        request.tokens[2].weight = type(uint96).max;
        (uint64 rollupId, address module) = _register(request);

        IRollupRegistry.Rollup memory stored = registry.rollup(rollupId);
        assertEq(stored.owner, ROLLUP_OWNER);
        assertEq(stored.pendingOwner, address(0));
        assertEq(stored.module, module);
        assertEq(stored.mechanism, SLOT_AUCTION);
        assertFalse(stored.paused);
        assertEq(abi.encode(stored.descriptor), abi.encode(request.descriptor));
        assertEq(stored.minSequencers, 2);
        assertEq(stored.maxSequencers, 7);
        assertEq(abi.encode(stored.tokens), abi.encode(request.tokens));
    }

    function test_registerAcceptsMaximumTokens() public {
        IRollupRegistry.Request memory request = _requestWithTokens(registry.MAX_TOKENS());
        (uint64 rollupId,) = _register(request);
        IRollupRegistry.Rollup memory stored = registry.rollup(rollupId);
        assertEq(stored.tokens.length, 8);
        assertEq(abi.encode(stored.tokens), abi.encode(request.tokens));
        for (uint256 i; i < 8; ++i) {
            assertTrue(vault.isTokenAllowed(address(tokenList[i])));
        }
    }

    function test_registerNeverAllowsTokens() public {
        vm.recordLogs();
        _register(_seedRequest());
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            assertTrue(logs[i].topics[0] != IStakeVault.TokenAllowed.selector, "token allowed twice");
        }
    }

    function test_registerIsAtomicWhenModuleInitialiseFails() public {
        IRollupRegistry.Request memory request = _seedRequest();
        request.params = abi.encode(RegistryTestModule.Params({epochLength: 0, reward: 1}));
        vm.prank(ROLLUP_OWNER);
        vm.expectRevert(RegistryTestModule.RegistryTestModuleZeroEpochLength.selector);
        registry.register(request);
        assertEq(registry.rollupCount(), 0);
        assertFalse(vault.isModule(vm.computeCreateAddress(address(registry), 1)));
    }

    function test_registerFailsWhenRegistryIsNotVaultAuthoriser() public {
        vault.setAuthoriser(address(0));
        vm.prank(ROLLUP_OWNER);
        vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultNotAuthoriser.selector, address(registry)));
        registry.register(_seedRequest());
    }

    // --- request validation: one typed error per bad field ---

    function test_registerRevertsOnUnknownMechanism() public {
        IRollupRegistry.Request memory request = _seedRequest();
        request.mechanism = keccak256("baton.lottery");
        vm.expectRevert(
            abi.encodeWithSelector(IRollupRegistry.RollupRegistryUnknownMechanism.selector, request.mechanism)
        );
        registry.register(request);
    }

    function test_registerRevertsOnZeroMinSequencers() public {
        IRollupRegistry.Request memory request = _seedRequest();
        request.minSequencers = 0;
        vm.expectRevert(IRollupRegistry.RollupRegistryZeroMinSequencers.selector);
        registry.register(request);
    }

    function test_registerRevertsOnMinSequencersAboveMax() public {
        IRollupRegistry.Request memory request = _seedRequest();
        request.minSequencers = 5;
        request.maxSequencers = 4;
        vm.expectRevert(abi.encodeWithSelector(IRollupRegistry.RollupRegistryMinSequencersAboveMax.selector, 5, 4));
        registry.register(request);
    }

    function test_registerRevertsOnNoTokens() public {
        IRollupRegistry.Request memory request = _requestWithTokens(0);
        vm.expectRevert(IRollupRegistry.RollupRegistryNoTokens.selector);
        registry.register(request);
    }

    function test_registerRevertsOnTooManyTokens() public {
        IRollupRegistry.Request memory request = _requestWithTokens(9);
        vm.expectRevert(abi.encodeWithSelector(IRollupRegistry.RollupRegistryTooManyTokens.selector, 9, 8));
        registry.register(request);
    }

    function test_registerRevertsOnZeroTokenAddress() public {
        IRollupRegistry.Request memory request = _seedRequest();
        request.tokens[1].token = address(0);
        vm.expectRevert(abi.encodeWithSelector(IRollupRegistry.RollupRegistryZeroTokenAddress.selector, 1));
        registry.register(request);
    }

    function test_registerRevertsOnTokenWithoutCode() public {
        IRollupRegistry.Request memory request = _seedRequest();
        request.tokens[1].token = OTHER;
        vm.expectRevert(abi.encodeWithSelector(IRollupRegistry.RollupRegistryTokenNotContract.selector, 1, OTHER));
        registry.register(request);
    }

    function test_registerRevertsOnDuplicateToken() public {
        IRollupRegistry.Request memory request = _requestWithTokens(3);
        request.tokens[2].token = request.tokens[0].token;
        vm.expectRevert(
            abi.encodeWithSelector(IRollupRegistry.RollupRegistryDuplicateToken.selector, 2, request.tokens[0].token)
        );
        registry.register(request);
    }

    function test_registerRevertsOnZeroMinStake() public {
        IRollupRegistry.Request memory request = _seedRequest();
        request.tokens[0].minStake = 0;
        vm.expectRevert(
            abi.encodeWithSelector(IRollupRegistry.RollupRegistryZeroMinStake.selector, 0, request.tokens[0].token)
        );
        registry.register(request);
    }

    function test_registerRevertsOnZeroWeight() public {
        IRollupRegistry.Request memory request = _seedRequest();
        request.tokens[1].weight = 0;
        vm.expectRevert(
            abi.encodeWithSelector(IRollupRegistry.RollupRegistryZeroWeight.selector, 1, request.tokens[1].token)
        );
        registry.register(request);
    }

    function test_registerRevertsOnEnumOutOfRange() public {
        // The request is encoded in place after its offset word: the DA layer is the tuple's second word.
        uint256 daLayerWord = 4 + 32 + 32;
        bytes memory data = abi.encodeCall(IRollupRegistry.register, (_seedRequest()));
        assembly {
            mstore(add(add(data, 0x20), daLayerWord), 5)
        }
        vm.prank(ROLLUP_OWNER);
        (bool ok, bytes memory returned) = address(registry).call(data);
        assertFalse(ok);
        assertEq(returned.length, 0, "refused by the ABI decoder");
        assertEq(registry.rollupCount(), 0);

        // The last member (4, NearDA) at the same position is accepted and stored.
        assembly {
            mstore(add(add(data, 0x20), daLayerWord), 4)
        }
        vm.prank(ROLLUP_OWNER);
        (ok,) = address(registry).call(data);
        assertTrue(ok);
        assertEq(uint8(registry.rollup(1).descriptor.daLayer), uint8(IRollupRegistry.DaLayer.NearDA));
    }

    function test_unknownRollupIsRefusedByEveryView() public {
        _register(_seedRequest());
        for (uint64 id = 0; id <= 2; id += 2) {
            bytes memory err = abi.encodeWithSelector(IRollupRegistry.RollupRegistryUnknownRollup.selector, id);
            vm.expectRevert(err);
            registry.rollup(id);
            vm.expectRevert(err);
            registry.rollupOwner(id);
            vm.expectRevert(err);
            registry.moduleOf(id);
        }
    }

    function test_implementationViewNamesEachMechanism() public view {
        assertEq(registry.implementation(SLOT_AUCTION), address(auctionImpl));
        assertEq(registry.implementation(BLOCK_MARKET), address(marketImpl));
        assertEq(registry.implementation(keccak256("baton.lottery")), address(0));
        assertEq(address(registry.vault()), address(vault));
    }
}

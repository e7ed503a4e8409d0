// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IRollupModule} from "../../contracts/interfaces/IRollupModule.sol";
import {IRollupRegistry} from "../../contracts/registry/IRollupRegistry.sol";
import {RegistryFixture} from "../utils/RegistryFixture.sol";
import {RegistryTestModule} from "../utils/RegistryTestModule.sol";

/// @notice Fuzzed requests: every bad field is refused with the error naming it, every good request is stored as sent.
contract RollupRegistryFuzzTest is RegistryFixture {
    /// @dev Which corruptions a fuzzed request carries, and where.
    struct Corruption {
        uint8 flags;
        uint8 zeroAddressAt;
        uint8 noCodeAt;
        uint8 duplicateAt;
        uint8 duplicateOf;
        uint8 zeroMinStakeAt;
        uint8 zeroWeightAt;
    }

    function testFuzz_requestValidationNamesTheBadField(
        uint8 countSeed,
        uint32 minSequencers,
        uint32 maxSequencers,
        uint128 minStake,
        uint96 weight,
        Corruption memory corruption
    ) public {
        uint256 count = countSeed % 11;
        // Half the runs get a well-ordered range, so that token validation is reached often.
        if (countSeed >= 128) maxSequencers = uint32(bound(maxSequencers, minSequencers, type(uint32).max));
        minStake = uint128(bound(minStake, 1, type(uint128).max));
        weight = uint96(bound(weight, 1, type(uint96).max));
        IRollupRegistry.Request memory request = _seedRequest();
        request.minSequencers = minSequencers;
        request.maxSequencers = maxSequencers;
        request.tokens = new IRollupModule.StakeToken[](count);
        for (uint256 i; i < count; ++i) {
            request.tokens[i] = IRollupModule.StakeToken({
                token: address(tokenList[i % tokenList.length]),
                minStake: minStake,
                weight: weight
            });
        }
        // Flag bit 5 set: the token list stays valid.
        if (count > 0 && corruption.flags & 32 == 0) _corrupt(request.tokens, corruption);

        bytes memory expected = _expectedError(request);
        vm.prank(ROLLUP_OWNER);
        if (expected.length > 0) {
            vm.expectRevert(expected);
            registry.register(request);
            assertEq(registry.rollupCount(), 0);
        } else {
            (uint64 rollupId, address module) = registry.register(request);
            IRollupRegistry.Rollup memory stored = registry.rollup(rollupId);
            assertEq(stored.module, module);
            assertEq(stored.minSequencers, minSequencers);
            assertEq(stored.maxSequencers, maxSequencers);
            assertEq(abi.encode(stored.tokens), abi.encode(request.tokens));
            assertEq(abi.encode(RegistryTestModule(module).tokens()), abi.encode(request.tokens));
        }
    }

    function testFuzz_tokensRoundTripThroughCloneArguments(
        uint8 countSeed,
        uint128[8] memory minStakes,
        uint96[8] memory weights
    ) public {
        uint256 count = bound(countSeed, 1, 8);
        IRollupRegistry.Request memory request = _requestWithTokens(count);
        for (uint256 i; i < count; ++i) {
            request.tokens[i].minStake = uint128(bound(minStakes[i], 1, type(uint128).max));
            request.tokens[i].weight = uint96(bound(weights[i], 1, type(uint96).max));
        }
        (uint64 rollupId,) = _register(request);
        assertEq(abi.encode(registry.rollup(rollupId).tokens), abi.encode(request.tokens));
    }

    function testFuzz_descriptorRoundTrips(uint8 settlement, uint8 da, uint8 vmKind, uint8 kind, uint8 purpose) public {
        IRollupRegistry.Request memory request = _seedRequest();
        request.descriptor = IRollupRegistry.Descriptor({
            settlementLayer: IRollupRegistry.SettlementLayer(settlement % 5),
            daLayer: IRollupRegistry.DaLayer(da % 5),
            vm: IRollupRegistry.Vm(vmKind % 4),
            rollupType: IRollupRegistry.RollupType(kind % 2),
            purpose: IRollupRegistry.Purpose(purpose % 2)
        });
        (uint64 rollupId,) = _register(request);
        assertEq(abi.encode(registry.rollup(rollupId).descriptor), abi.encode(request.descriptor));
    }

    function _corrupt(IRollupModule.StakeToken[] memory tokens, Corruption memory c) private pure {
        uint256 count = tokens.length;
        if (c.flags & 1 != 0) tokens[c.zeroAddressAt % count].token = address(0);
        if (c.flags & 2 != 0) tokens[c.noCodeAt % count].token = address(uint160(0xDEAD0000 + c.noCodeAt));
        if (c.flags & 4 != 0 && count > 1) {
            uint256 at = 1 + (c.duplicateAt % (count - 1));
            tokens[at].token = tokens[c.duplicateOf % at].token;
        }
        if (c.flags & 8 != 0) tokens[c.zeroMinStakeAt % count].minStake = 0;
        if (c.flags & 16 != 0) tokens[c.zeroWeightAt % count].weight = 0;
    }

    /// @dev Reference model of the registry's checks, in the documented order; empty when the request is valid.
    function _expectedError(IRollupRegistry.Request memory request) private view returns (bytes memory) {
        if (request.minSequencers == 0) {
            return abi.encodeWithSelector(IRollupRegistry.RollupRegistryZeroMinSequencers.selector);
        }
        if (request.minSequencers > request.maxSequencers) {
            return abi.encodeWithSelector(
                IRollupRegistry.RollupRegistryMinSequencersAboveMax.selector,
                request.minSequencers,
                request.maxSequencers
            );
        }
        IRollupModule.StakeToken[] memory tokens = request.tokens;
        if (tokens.length == 0) return abi.encodeWithSelector(IRollupRegistry.RollupRegistryNoTokens.selector);
        if (tokens.length > 8) {
            return abi.encodeWithSelector(IRollupRegistry.RollupRegistryTooManyTokens.selector, tokens.length, 8);
        }
        for (uint256 i; i < tokens.length; ++i) {
            address token = tokens[i].token;
            if (token == address(0)) {
                return abi.encodeWithSelector(IRollupRegistry.RollupRegistryZeroTokenAddress.selector, i);
            }
            if (token.code.length == 0) {
                return abi.encodeWithSelector(IRollupRegistry.RollupRegistryTokenNotContract.selector, i, token);
            }
            for (uint256 j; j < i; ++j) {
                if (tokens[j].token == token) {
                    return abi.encodeWithSelector(IRollupRegistry.RollupRegistryDuplicateToken.selector, i, token);
                }
            }
            if (tokens[i].minStake == 0) {
                return abi.encodeWithSelector(IRollupRegistry.RollupRegistryZeroMinStake.selector, i, token);
            }
            if (tokens[i].weight == 0) {
                return abi.encodeWithSelector(IRollupRegistry.RollupRegistryZeroWeight.selector, i, token);
            }
        }
        return "";
    }
}

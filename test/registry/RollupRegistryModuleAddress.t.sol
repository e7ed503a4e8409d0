// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IRollupModule} from "../../contracts/interfaces/IRollupModule.sol";
import {IRollupRegistry} from "../../contracts/registry/IRollupRegistry.sol";
import {RegistryFixture} from "../utils/RegistryFixture.sol";

/// @notice A rollup's module address is not stored: it is the registry's CREATE address at nonce `rollupId`.
contract RollupRegistryModuleAddressTest is RegistryFixture {
    /// @dev `_rollupCount` shares slot 1 with Ownable2Step's pending owner, above its 20 bytes.
    bytes32 internal constant ROLLUP_COUNT_SLOT = bytes32(uint256(1));
    uint256 internal constant ROLLUP_COUNT_SHIFT = 160;

    function test_rollupCountSlotIsWhereTheseTestsWriteIt() public {
        _register(_seedRequest());
        assertEq(uint256(vm.load(address(registry), ROLLUP_COUNT_SLOT)), 1 << ROLLUP_COUNT_SHIFT);
    }

    function test_moduleAddressFollowsRegistryNonceAcrossEveryEncodingWidth() public {
        uint64[14] memory ids = [
            uint64(0x7f),
            0x80,
            0xff,
            0x100,
            0xffff,
            0x10000,
            0xffffff,
            0x1000000,
            0xffffffff,
            0x100000000,
            0x10000000000,
            0x1000000000000,
            0x100000000000000,
            type(uint64).max - 1
        ];
        for (uint256 i; i < ids.length; ++i) {
            uint64 id = ids[i];
            vm.store(address(registry), ROLLUP_COUNT_SLOT, bytes32(uint256(id - 1) << ROLLUP_COUNT_SHIFT));
            vm.setNonce(address(registry), id);
            (uint64 rollupId, address module) = _register(_seedRequest());
            assertEq(rollupId, id);
            assertEq(module, vm.computeCreateAddress(address(registry), id));
            assertEq(registry.moduleOf(id), module);
            assertEq(registry.rollup(id).module, module);
            assertEq(IRollupModule(module).rollupId(), id);
        }
    }

    function test_registerRefusesWhenNonceAndCountDisagree() public {
        vm.setNonce(address(registry), 5);
        address deployed = vm.computeCreateAddress(address(registry), 5);
        address expected = vm.computeCreateAddress(address(registry), 1);
        vm.prank(ROLLUP_OWNER);
        vm.expectRevert(
            abi.encodeWithSelector(IRollupRegistry.RollupRegistryModuleAddressMismatch.selector, deployed, expected)
        );
        registry.register(_seedRequest());
    }
}

// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {RegistryFixture} from "../utils/RegistryFixture.sol";
import {IRollupRegistry} from "../../contracts/registry/IRollupRegistry.sol";
import {RollupRegistry} from "../../contracts/registry/RollupRegistry.sol";
import {IStakeVault} from "../../contracts/interfaces/IStakeVault.sol";
import {BatonToken} from "../../contracts/token/BatonToken.sol";
import {FakeTimelock} from "../utils/FakeTimelock.sol";

/// @notice The issue's exploit 2 (a registration re-allowing a token governance refused, or allowing any contract as a
/// stake token) and the registry's governance check against a contract that only reports a long delay.
contract RollupRegistryTokensTest is RegistryFixture {
    function test_registrationNeverReallowsATokenGovernanceRefused() public {
        address refused = address(tokenList[0]);
        vault.setTokenAllowed(refused, false);
        IRollupRegistry.Request memory request = _seedRequest();
        vm.prank(ROLLUP_OWNER);
        vm.expectRevert(abi.encodeWithSelector(IRollupRegistry.RollupRegistryTokenNotAllowed.selector, 0, refused));
        registry.register(request);
        assertFalse(vault.isTokenAllowed(refused));
        assertEq(registry.rollupCount(), 0);
    }

    function test_registrationNeverAllowsAnArbitraryContractAsToken() public {
        BatonToken arbitrary = new BatonToken("Any", "ANY", address(this));
        IRollupRegistry.Request memory request = _seedRequest();
        request.tokens[1].token = address(arbitrary);
        vm.prank(ROLLUP_OWNER);
        vm.expectRevert(
            abi.encodeWithSelector(IRollupRegistry.RollupRegistryTokenNotAllowed.selector, 1, address(arbitrary))
        );
        registry.register(request);
        assertFalse(vault.isTokenAllowed(address(arbitrary)));
        assertEq(registry.rollupCount(), 0);
        assertFalse(vault.isModule(vm.computeCreateAddress(address(registry), 1)));
    }

    function test_registryRefusesGovernanceThatOnlyReportsADelay() public {
        FakeTimelock fake = new FakeTimelock();
        address[] memory impls = new address[](0);
        vm.expectRevert(
            abi.encodeWithSelector(IRollupRegistry.RollupRegistryGovernanceNotTimelock.selector, address(fake))
        );
        new RollupRegistry(vault, address(fake), impls);
    }
}

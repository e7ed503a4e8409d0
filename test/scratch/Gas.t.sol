// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {IRollupModule} from "../../contracts/interfaces/IRollupModule.sol";
import {IRollupRegistry} from "../../contracts/registry/IRollupRegistry.sol";
import {RegistryFixture} from "../utils/RegistryFixture.sol";
import {console} from "forge-std/console.sol";
contract GasScratch is RegistryFixture {
    function test_gas() public {
        IRollupRegistry.Request memory r = _seedRequest();
        _register(r);
        vm.prank(ROLLUP_OWNER);
        uint256 g = gasleft();
        registry.register(r);
        console.log("register", g - gasleft());
        address c = Clones.clone(address(auctionImpl));
        IRollupModule.ModuleInit memory init = IRollupModule.ModuleInit(address(vault), address(registry), ROLLUP_OWNER, 3, r.tokens, 3, 3);
        g = gasleft();
        IRollupModule(c).initialize(init, r.params);
        console.log("init", g - gasleft());
        g = gasleft();
        Clones.cloneWithImmutableArgs(address(auctionImpl), new bytes(96));
        console.log("clone", g - gasleft());
    }
}

// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;
import {RegistryFixture} from "../utils/RegistryFixture.sol";
import {console} from "forge-std/console.sol";
contract SlotScratch is RegistryFixture {
    function test_slots() public {
        _register(_seedRequest());
        for (uint256 i; i < 6; ++i) console.logBytes32(vm.load(address(registry), bytes32(i)));
    }
}

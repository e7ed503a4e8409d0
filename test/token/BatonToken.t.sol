// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {BatonToken} from "../../contracts/token/BatonToken.sol";

contract BatonTokenTest is Test {
    BatonToken internal token;

    function setUp() public {
        token = new BatonToken("Baton", "BTN", address(this));
    }

    function testFuzz_mintThenBurn(uint96 amount) public {
        token.mint(address(0xA11CE), amount);
        vm.prank(address(0xA11CE));
        token.burn(amount);
        assertEq(token.totalSupply(), 0);
    }
}

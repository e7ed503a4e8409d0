// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {BatonToken} from "../../contracts/token/BatonToken.sol";

contract BatonTokenTest is Test {
    address internal constant ALICE = address(0xA11CE);
    address internal constant BOB = address(0xB0B);

    BatonToken internal token;

    function setUp() public {
        token = new BatonToken("Baton", "BTN", address(this));
    }

    function testFuzz_mintThenBurn(uint96 amount) public {
        token.mint(ALICE, amount);
        vm.prank(ALICE);
        token.burn(amount);
        assertEq(token.totalSupply(), 0);
    }

    function testFuzz_onlyTheOwnerMints(address caller, uint96 amount) public {
        vm.assume(caller != address(this));
        vm.prank(caller);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, caller));
        token.mint(caller, amount);
        assertEq(token.totalSupply(), 0);
        assertEq(token.balanceOf(caller), 0);
    }

    function test_aPendingOwnerCannotMintBeforeAccepting() public {
        token.transferOwnership(ALICE);
        vm.prank(ALICE);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, ALICE));
        token.mint(ALICE, 1);
        vm.prank(ALICE);
        token.acceptOwnership();
        vm.prank(ALICE);
        token.mint(ALICE, 5);
        assertEq(token.balanceOf(ALICE), 5);
        // The former owner lost the right to mint.
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, address(this)));
        token.mint(address(this), 1);
    }

    function testFuzz_burnTakesOnlyTheCallersOwnTokens(uint96 held, uint96 burnt) public {
        vm.assume(burnt <= held);
        token.mint(ALICE, held);
        token.mint(BOB, 7);
        vm.prank(ALICE);
        token.burn(burnt);
        assertEq(token.balanceOf(ALICE), uint256(held) - burnt);
        assertEq(token.balanceOf(BOB), 7);
        assertEq(token.totalSupply(), uint256(held) - burnt + 7);
    }

    function testFuzz_burningMoreThanHeldReverts(uint96 held, uint96 extra) public {
        vm.assume(extra > 0);
        token.mint(ALICE, held);
        uint256 amount = uint256(held) + extra;
        vm.prank(ALICE);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, ALICE, uint256(held), amount));
        token.burn(amount);
        assertEq(token.balanceOf(ALICE), held);
        assertEq(token.totalSupply(), held);
    }

    function test_burnFromNeedsAnAllowance() public {
        token.mint(ALICE, 10);
        vm.prank(BOB);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, BOB, 0, 4));
        token.burnFrom(ALICE, 4);
        vm.prank(ALICE);
        token.approve(BOB, 4);
        vm.prank(BOB);
        token.burnFrom(ALICE, 4);
        assertEq(token.balanceOf(ALICE), 6);
        assertEq(token.allowance(ALICE, BOB), 0);
        assertEq(token.totalSupply(), 6);
    }
}

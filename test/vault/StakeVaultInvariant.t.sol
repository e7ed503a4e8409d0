// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {StakeVault} from "../../contracts/vault/StakeVault.sol";
import {IStakeVault} from "../../contracts/interfaces/IStakeVault.sol";
import {BatonToken} from "../../contracts/token/BatonToken.sol";
import {FeeOnTransferToken} from "../utils/FeeOnTransferToken.sol";

/// @dev Drives every vault entry point with bounded random inputs. It owns the vault (delay, tokens) and is its
/// module (lock, slash). Two tokens: a burnable one (slash-to-burn burns) and one without `burn` (slash-to-burn
/// goes to the dead address). Ghost variables track what each staker put in, took out and lost.
contract StakeVaultHandler is Test {
    address internal constant DEAD = 0x000000000000000000000000000000000000dEaD;
    uint256 internal constant ACTORS = 4;

    StakeVault public vault;
    BatonToken public burnable;
    FeeOnTransferToken public plain;
    address public recipient = makeAddr("slashRecipient");
    address[] public actors;
    address[2] public tokens;

    mapping(address staker => mapping(address token => uint256)) public ghostDeposited;
    mapping(address staker => mapping(address token => uint256)) public ghostWithdrawn;
    mapping(address staker => mapping(address token => uint256)) public ghostSlashed;
    mapping(address token => uint256) public ghostSentToRecipient;
    mapping(address token => uint256) public ghostBurned;
    mapping(address token => uint256) public ghostMinted;
    mapping(bytes32 action => uint256) public calls;

    constructor() {
        vault = new StakeVault(address(this), 64);
        burnable = new BatonToken("Baton", "BTN", address(this));
        plain = new FeeOnTransferToken(0);
        tokens = [address(burnable), address(plain)];
        vault.setTokenAllowed(address(burnable), true);
        vault.setTokenAllowed(address(plain), true);
        vault.setModule(address(this), true);
        for (uint256 i = 0; i < ACTORS; ++i) {
            address actor = makeAddr(string(abi.encodePacked("staker", vm.toString(i))));
            actors.push(actor);
            for (uint256 j = 0; j < 2; ++j) {
                vm.prank(actor);
                IERC20(tokens[j]).approve(address(vault), type(uint256).max);
            }
        }
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function _pick(uint256 actorSeed, uint256 tokenSeed) internal view returns (address actor, address token) {
        actor = actors[actorSeed % actors.length];
        token = tokens[tokenSeed % 2];
    }

    function _mint(address token, address to, uint256 amount) internal {
        ghostMinted[token] += amount;
        if (token == address(burnable)) burnable.mint(to, amount);
        else plain.mint(to, amount);
    }

    function deposit(uint256 actorSeed, uint256 tokenSeed, uint256 amount) external {
        (address actor, address token) = _pick(actorSeed, tokenSeed);
        amount = _bound(amount, 1, 1e30);
        _mint(token, actor, amount);
        if (!vault.isTokenAllowed(token)) {
            vm.expectRevert(abi.encodeWithSelector(IStakeVault.StakeVaultTokenNotAllowed.selector, token));
            vm.prank(actor);
            vault.deposit(token, amount);
            return;
        }
        vm.prank(actor);
        vault.deposit(token, amount);
        ghostDeposited[actor][token] += amount;
        calls["deposit"]++;
    }

    function requestWithdrawal(uint256 actorSeed, uint256 tokenSeed, uint256 amount) external {
        (address actor, address token) = _pick(actorSeed, tokenSeed);
        uint256 free = vault.freeOf(actor, token);
        if (free == 0) return;
        amount = _bound(amount, 1, free);
        vm.prank(actor);
        vault.requestWithdrawal(token, amount);
        calls["requestWithdrawal"]++;
    }

    function withdraw(uint256 actorSeed, uint256 tokenSeed) external {
        (address actor, address token) = _pick(actorSeed, tokenSeed);
        IStakeVault.Balance memory b = vault.balanceOf(actor, token);
        if (b.pending == 0 || block.number < b.withdrawableAt) return;
        uint256 walletBefore = IERC20(token).balanceOf(actor);
        vm.prank(actor);
        uint256 paid = vault.withdraw(token);
        assertEq(paid, b.pending);
        assertEq(IERC20(token).balanceOf(actor), walletBefore + paid);
        ghostWithdrawn[actor][token] += paid;
        calls["withdraw"]++;
    }

    function lock(uint256 actorSeed, uint256 tokenSeed, uint256 amount, uint256 duration) external {
        (address actor, address token) = _pick(actorSeed, tokenSeed);
        uint256 free = vault.freeOf(actor, token);
        if (free == 0) return;
        amount = _bound(amount, 1, free);
        uint64 until = uint64(block.number + _bound(duration, 1, 300));
        vault.lock(actor, token, amount, until);
        calls["lock"]++;
    }

    function slash(uint256 actorSeed, uint256 tokenSeed, uint256 amount, bool toBurn) external {
        (address actor, address token) = _pick(actorSeed, tokenSeed);
        IStakeVault.Balance memory b = vault.balanceOf(actor, token);
        uint256 total = b.free + b.locked + b.pending;
        amount = _bound(amount, 0, total + total / 2 + 1);
        uint256 taken = vault.slash(actor, token, amount, toBurn ? address(0) : recipient, 1);
        assertEq(taken, amount < total ? amount : total);
        ghostSlashed[actor][token] += taken;
        if (toBurn) ghostBurned[token] += taken;
        else ghostSentToRecipient[token] += taken;
        calls[toBurn ? bytes32("slashToBurn") : bytes32("slashToRecipient")]++;
    }

    function roll(uint256 blocks) external {
        vm.roll(block.number + _bound(blocks, 1, 120));
        calls["roll"]++;
    }

    function setTokenAllowed(uint256 tokenSeed, bool allowed) external {
        vault.setTokenAllowed(tokens[tokenSeed % 2], allowed);
        calls["setTokenAllowed"]++;
    }

    function setWithdrawalDelay(uint256 delay) external {
        vault.setWithdrawalDelay(uint64(_bound(delay, 64, 400)));
        calls["setWithdrawalDelay"]++;
    }
}

contract StakeVaultInvariantTest is Test {
    address internal constant DEAD = 0x000000000000000000000000000000000000dEaD;
    StakeVaultHandler internal handler;
    StakeVault internal vault;

    function setUp() public {
        vm.roll(1_000);
        handler = new StakeVaultHandler();
        vault = handler.vault();
        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](9);
        selectors[0] = StakeVaultHandler.deposit.selector;
        selectors[1] = StakeVaultHandler.requestWithdrawal.selector;
        selectors[2] = StakeVaultHandler.withdraw.selector;
        selectors[3] = StakeVaultHandler.lock.selector;
        selectors[4] = StakeVaultHandler.slash.selector;
        selectors[5] = StakeVaultHandler.roll.selector;
        selectors[6] = StakeVaultHandler.setTokenAllowed.selector;
        selectors[7] = StakeVaultHandler.setWithdrawalDelay.selector;
        selectors[8] = StakeVaultHandler.deposit.selector; // deposits twice as likely: stake to work on
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// The handler's actions all succeed on a plain sequence (so the random runs exercise every entry point
    /// rather than reverting quietly).
    function test_handlerExercisesEveryEntryPoint() public {
        handler.deposit(0, 0, 1_000 ether);
        handler.deposit(1, 1, 500 ether);
        handler.lock(0, 0, 300 ether, 50);
        handler.requestWithdrawal(0, 0, 200 ether);
        handler.slash(0, 0, 350 ether, false);
        handler.slash(1, 1, 100 ether, true);
        handler.slash(0, 0, 10 ether, true);
        handler.setWithdrawalDelay(100);
        handler.roll(120);
        handler.withdraw(0, 0);
        handler.setTokenAllowed(0, false);
        handler.deposit(0, 0, 1 ether);
        bytes32[9] memory actions = [
            bytes32("deposit"),
            "requestWithdrawal",
            "withdraw",
            "lock",
            "slashToRecipient",
            "slashToBurn",
            "roll",
            "setTokenAllowed",
            "setWithdrawalDelay"
        ];
        for (uint256 i = 0; i < actions.length; ++i) {
            assertGt(handler.calls(actions[i]), 0, string(abi.encodePacked(actions[i])));
        }
        assertEq(vault.balanceOf(handler.actors(0), handler.tokens(0)).pending, 0);
        invariant_stakeConservation();
        invariant_noStakerWithdrewMoreThanDepositedMinusSlashed();
        invariant_slashedStakeReachedItsDestination();
        invariant_balanceViewsConsistent();
    }

    function _tokens() internal view returns (address[2] memory) {
        return [handler.tokens(0), handler.tokens(1)];
    }

    /// For every token: the vault holds exactly Σ free + Σ locked + Σ pending over all stakers.
    function invariant_stakeConservation() public view {
        address[2] memory tokens = _tokens();
        uint256 n = handler.actorCount();
        for (uint256 t = 0; t < 2; ++t) {
            uint256 sum;
            for (uint256 i = 0; i < n; ++i) {
                IStakeVault.Balance memory b = vault.balanceOf(handler.actors(i), tokens[t]);
                sum += b.free + b.locked + b.pending;
            }
            assertEq(IERC20(tokens[t]).balanceOf(address(vault)), sum);
        }
    }

    /// Nobody withdrew more than they deposited minus what was slashed from them; in fact each staker's stake is
    /// exactly deposits - withdrawals - slashes.
    function invariant_noStakerWithdrewMoreThanDepositedMinusSlashed() public view {
        address[2] memory tokens = _tokens();
        uint256 n = handler.actorCount();
        for (uint256 t = 0; t < 2; ++t) {
            for (uint256 i = 0; i < n; ++i) {
                address staker = handler.actors(i);
                uint256 deposited = handler.ghostDeposited(staker, tokens[t]);
                uint256 withdrawn = handler.ghostWithdrawn(staker, tokens[t]);
                uint256 slashed = handler.ghostSlashed(staker, tokens[t]);
                assertLe(withdrawn + slashed, deposited);
                IStakeVault.Balance memory b = vault.balanceOf(staker, tokens[t]);
                assertEq(b.free + b.locked + b.pending, deposited - withdrawn - slashed);
            }
        }
    }

    /// Slashed stake went where it was sent: to the recipient, burned (burnable token) or to the dead address.
    function invariant_slashedStakeReachedItsDestination() public view {
        address[2] memory tokens = _tokens();
        for (uint256 t = 0; t < 2; ++t) {
            assertEq(IERC20(tokens[t]).balanceOf(handler.recipient()), handler.ghostSentToRecipient(tokens[t]));
        }
        BatonToken burnable = handler.burnable();
        assertEq(burnable.balanceOf(DEAD), 0);
        assertEq(burnable.totalSupply(), handler.ghostMinted(address(burnable)) - handler.ghostBurned(address(burnable)));
        assertEq(IERC20(address(handler.plain())).balanceOf(DEAD), handler.ghostBurned(address(handler.plain())));
    }

    /// The views agree with each other: `freeOf` equals `balanceOf().free`, and `withdrawableAt` is set exactly
    /// when something is pending.
    function invariant_balanceViewsConsistent() public view {
        address[2] memory tokens = _tokens();
        uint256 n = handler.actorCount();
        for (uint256 t = 0; t < 2; ++t) {
            for (uint256 i = 0; i < n; ++i) {
                address staker = handler.actors(i);
                IStakeVault.Balance memory b = vault.balanceOf(staker, tokens[t]);
                assertEq(vault.freeOf(staker, tokens[t]), b.free);
                assertEq(b.pending == 0, b.withdrawableAt == 0);
            }
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IStakeVault} from "../../contracts/interfaces/IStakeVault.sol";

/// @title AuctionTestVault
/// @notice Minimal IStakeVault for the slot auction's tests, used until the real StakeVault lands on main.
/// @dev One merged lock per (staker, token): a new lock adds to an unexpired one and extends its expiry (conservative:
/// it never frees stake early). Free = deposited - pending - unexpired lock. O(1) everywhere.
contract AuctionTestVault is IStakeVault {
    using SafeERC20 for IERC20;

    struct Lock {
        uint128 amount;
        uint64 until;
    }

    address public owner;
    uint64 public withdrawalDelay = 10;
    mapping(address => bool) public isModule;
    mapping(address => bool) public isTokenAllowed;
    mapping(address => mapping(address => uint256)) public held; // free + locked (excludes pending)
    mapping(address => mapping(address => uint256)) public pendingOf;
    mapping(address => mapping(address => uint64)) public readyAt;
    mapping(address => mapping(address => Lock)) public lockOf;

    constructor() {
        owner = msg.sender;
    }

    function setModule(address module, bool authorised) external {
        if (msg.sender != owner) revert StakeVaultNotAuthoriser(msg.sender);
        isModule[module] = authorised;
        emit ModuleAuthorised(module, authorised);
    }

    function setTokenAllowed(address token, bool allowed) external {
        if (msg.sender != owner) revert StakeVaultNotAuthoriser(msg.sender);
        isTokenAllowed[token] = allowed;
        emit TokenAllowed(token, allowed);
    }

    function deposit(address token, uint256 amount) external {
        if (amount == 0) revert StakeVaultZeroAmount();
        if (!isTokenAllowed[token]) revert StakeVaultTokenNotAllowed(token);
        IERC20(token).safeTransferFrom(msg.sender, address(this), amount);
        held[msg.sender][token] += amount;
        emit Deposited(msg.sender, token, amount);
    }

    function requestWithdrawal(address token, uint256 amount) external {
        uint256 free = freeOf(msg.sender, token);
        if (amount == 0) revert StakeVaultZeroAmount();
        if (amount > free) revert StakeVaultInsufficientFree(msg.sender, token, amount, free);
        held[msg.sender][token] -= amount;
        pendingOf[msg.sender][token] += amount;
        uint64 at = uint64(block.number) + withdrawalDelay;
        readyAt[msg.sender][token] = at;
        emit WithdrawalRequested(msg.sender, token, amount, at);
    }

    function withdraw(address token) external returns (uint256 amount) {
        amount = pendingOf[msg.sender][token];
        if (amount == 0) revert StakeVaultNothingPending(msg.sender, token);
        uint64 at = readyAt[msg.sender][token];
        if (block.number < at) revert StakeVaultWithdrawalNotReady(msg.sender, token, at, uint64(block.number));
        pendingOf[msg.sender][token] = 0;
        readyAt[msg.sender][token] = 0;
        IERC20(token).safeTransfer(msg.sender, amount);
        emit Withdrawn(msg.sender, token, amount);
    }

    function lock(address staker, address token, uint256 amount, uint64 until) external {
        if (!isModule[msg.sender]) revert StakeVaultNotModule(msg.sender);
        if (until <= block.number) revert StakeVaultLockInPast(until, uint64(block.number));
        uint256 free = freeOf(staker, token);
        if (amount > free) revert StakeVaultInsufficientFree(staker, token, amount, free);
        Lock memory l = lockOf[staker][token];
        if (l.until <= block.number) l = Lock(0, 0);
        l.amount += uint128(amount);
        if (until > l.until) l.until = until;
        lockOf[staker][token] = l;
        emit Locked(staker, token, msg.sender, amount, until);
    }

    function slash(address, address, uint256, address, uint8) external pure returns (uint256) {
        return 0;
    }

    function lockedOf(address staker, address token) public view returns (uint256) {
        Lock memory l = lockOf[staker][token];
        return l.until > block.number ? l.amount : 0;
    }

    function freeOf(address staker, address token) public view returns (uint256) {
        return held[staker][token] - lockedOf(staker, token);
    }

    function balanceOf(address staker, address token) external view returns (Balance memory b) {
        b.locked = lockedOf(staker, token);
        b.free = held[staker][token] - b.locked;
        b.pending = pendingOf[staker][token];
        b.withdrawableAt = readyAt[staker][token];
    }
}

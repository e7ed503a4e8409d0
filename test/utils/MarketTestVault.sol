// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IStakeVault} from "../../contracts/interfaces/IStakeVault.sol";

interface IMarketBurnable {
    function burn(uint256 amount) external;
}

/// @title MarketTestVault
/// @notice Minimal IStakeVault for the BlockMarket tests until the real StakeVault lands on main. One lock per
/// staker and token: a new lock on an unexpired one adds the amount and keeps the later expiry; an expired lock
/// counts as free (amount and expiry share one slot). Slashing takes locked, then pending, then free; it burns (ERC20Burnable) when recipient is zero.
contract MarketTestVault is IStakeVault {
    using SafeERC20 for IERC20;

    struct Account {
        uint256 free;
        uint192 lockAmount;
        uint64 lockUntil;
        uint256 pending;
        uint64 withdrawableAt;
    }

    address public owner;
    uint64 public withdrawalDelay = 10;
    mapping(address => bool) public isModule;
    mapping(address => bool) public isTokenAllowed;
    mapping(address => mapping(address => Account)) internal _accounts;
    mapping(address => uint256) public totalBurned;
    mapping(address => uint256) public totalSlashedTo;

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
        uint256 before = IERC20(token).balanceOf(address(this));
        IERC20(token).safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = IERC20(token).balanceOf(address(this)) - before;
        if (received != amount) revert StakeVaultFeeOnTransfer(token, amount, received);
        _accounts[msg.sender][token].free += amount;
        emit Deposited(msg.sender, token, amount);
    }

    function requestWithdrawal(address token, uint256 amount) external {
        Account storage a = _normalise(msg.sender, token);
        if (amount == 0) revert StakeVaultZeroAmount();
        if (a.free < amount) revert StakeVaultInsufficientFree(msg.sender, token, amount, a.free);
        a.free -= amount;
        a.pending += amount;
        a.withdrawableAt = uint64(block.number) + withdrawalDelay;
        emit WithdrawalRequested(msg.sender, token, amount, a.withdrawableAt);
    }

    function withdraw(address token) external returns (uint256 amount) {
        Account storage a = _accounts[msg.sender][token];
        amount = a.pending;
        if (amount == 0) revert StakeVaultNothingPending(msg.sender, token);
        if (block.number < a.withdrawableAt) {
            revert StakeVaultWithdrawalNotReady(msg.sender, token, a.withdrawableAt, uint64(block.number));
        }
        a.pending = 0;
        a.withdrawableAt = 0;
        IERC20(token).safeTransfer(msg.sender, amount);
        emit Withdrawn(msg.sender, token, amount);
    }

    function lock(address staker, address token, uint256 amount, uint64 until) external {
        if (!isModule[msg.sender]) revert StakeVaultNotModule(msg.sender);
        if (until <= block.number) revert StakeVaultLockInPast(until, uint64(block.number));
        Account storage a = _normalise(staker, token);
        if (a.free < amount) revert StakeVaultInsufficientFree(staker, token, amount, a.free);
        a.free -= amount;
        a.lockAmount += uint192(amount);
        if (until > a.lockUntil) a.lockUntil = until;
        emit Locked(staker, token, msg.sender, amount, until);
    }

    function slash(address staker, address token, uint256 amount, address recipient, uint8 reason)
        external
        returns (uint256 slashed)
    {
        if (!isModule[msg.sender]) revert StakeVaultNotModule(msg.sender);
        Account storage a = _normalise(staker, token);
        uint256 left = amount;
        uint256 take = left < a.lockAmount ? left : a.lockAmount;
        a.lockAmount -= uint192(take);
        left -= take;
        take = left < a.pending ? left : a.pending;
        a.pending -= take;
        left -= take;
        take = left < a.free ? left : a.free;
        a.free -= take;
        left -= take;
        slashed = amount - left;
        if (slashed != 0) {
            if (recipient == address(0)) {
                totalBurned[token] += slashed;
                IMarketBurnable(token).burn(slashed);
            } else {
                totalSlashedTo[token] += slashed;
                IERC20(token).safeTransfer(recipient, slashed);
            }
        }
        emit Slashed(staker, token, msg.sender, slashed, recipient, reason);
    }

    function balanceOf(address staker, address token) external view returns (Balance memory b) {
        Account memory a = _accounts[staker][token];
        bool expired = a.lockUntil <= block.number;
        b.free = a.free + (expired ? a.lockAmount : 0);
        b.locked = expired ? 0 : a.lockAmount;
        b.pending = a.pending;
        b.withdrawableAt = a.withdrawableAt;
    }

    function freeOf(address staker, address token) external view returns (uint256) {
        Account memory a = _accounts[staker][token];
        return a.free + (a.lockUntil <= block.number ? a.lockAmount : 0);
    }

    function _normalise(address staker, address token) internal returns (Account storage a) {
        a = _accounts[staker][token];
        if (a.lockAmount != 0 && a.lockUntil <= block.number) {
            a.free += a.lockAmount;
            a.lockAmount = 0;
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IStakeVault} from "../../contracts/interfaces/IStakeVault.sol";

/// @title RegistryTestVault
/// @notice The part of a StakeVault the registry drives: module authorisation and token allowance by the owner or
/// its authoriser. Staking entry points are outside the registry's tests and revert with a typed error.
contract RegistryTestVault is IStakeVault {
    error RegistryTestVaultUnsupported();
    error RegistryTestVaultNotOwner(address caller);

    address public immutable owner;
    address public authoriser;
    mapping(address module => bool) public isModule;
    mapping(address token => bool) public isTokenAllowed;

    constructor(address owner_) {
        owner = owner_;
    }

    /// @notice Lets `authoriser_` authorise modules and allow tokens. Owner only.
    function setAuthoriser(address authoriser_) external {
        if (msg.sender != owner) revert RegistryTestVaultNotOwner(msg.sender);
        authoriser = authoriser_;
        emit AuthoriserSet(authoriser_);
    }

    /// @inheritdoc IStakeVault
    function setModule(address module, bool authorised) external {
        _checkAuthoriser();
        isModule[module] = authorised;
        emit ModuleAuthorised(module, authorised);
    }

    /// @inheritdoc IStakeVault
    function setTokenAllowed(address token, bool allowed) external {
        _checkAuthoriser();
        isTokenAllowed[token] = allowed;
        emit TokenAllowed(token, allowed);
    }

    /// @inheritdoc IStakeVault
    function withdrawalDelay() external pure returns (uint64) {
        return 100;
    }

    /// @inheritdoc IStakeVault
    function deposit(address, uint256) external pure {
        revert RegistryTestVaultUnsupported();
    }

    /// @inheritdoc IStakeVault
    function requestWithdrawal(address, uint256) external pure {
        revert RegistryTestVaultUnsupported();
    }

    /// @inheritdoc IStakeVault
    function withdraw(address) external pure returns (uint256) {
        revert RegistryTestVaultUnsupported();
    }

    /// @inheritdoc IStakeVault
    function lock(address, address, uint256, uint64) external pure {
        revert RegistryTestVaultUnsupported();
    }

    /// @inheritdoc IStakeVault
    function slash(address, address, uint256, address, uint8) external pure returns (uint256) {
        revert RegistryTestVaultUnsupported();
    }

    /// @inheritdoc IStakeVault
    function balanceOf(address, address) external pure returns (Balance memory) {
        revert RegistryTestVaultUnsupported();
    }

    /// @inheritdoc IStakeVault
    function freeOf(address, address) external pure returns (uint256) {
        revert RegistryTestVaultUnsupported();
    }

    function _checkAuthoriser() private view {
        if (msg.sender != owner && msg.sender != authoriser) revert StakeVaultNotAuthoriser(msg.sender);
    }
}

// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IStakeVault} from "../interfaces/IStakeVault.sol";
import {ISlotAuction} from "../auction/ISlotAuction.sol";

/// @title AuctionBenchFiller
/// @notice Benchmark-only helper (not part of the suite): a delegator that places many `bidFor` entries in one
/// transaction, so the gas benchmark can fill an epoch with tens of thousands of entries quickly.
contract AuctionBenchFiller {
    /// @notice Deposits `amount` of `token` (held by this contract) into `vault` as this contract's stake.
    function deposit(IStakeVault vault, IERC20 token, uint256 amount) external {
        token.approve(address(vault), amount);
        vault.deposit(address(token), amount);
    }

    /// @notice Places `n` delegated entries of `amount` for sequencers `firstSequencer`, `firstSequencer + 1`, ...
    /// (each of which must have opted in to delegation).
    /// @dev Bounded by `n`, chosen by the caller to fit its block gas limit.
    function fillFor(ISlotAuction auction, uint64 epoch, address token, uint160 firstSequencer, uint256 n, uint256 amount)
        external
    {
        for (uint256 i; i < n; ++i) {
            auction.bidFor(epoch, address(firstSequencer + uint160(i)), token, amount, 0);
        }
    }

    /// @notice Places `n` delegated entries of `amount`, all for this contract as sequencer (which opts in to
    /// delegation first: only a sequencer that agreed can be delegated to).
    /// @dev Bounded by `n`, chosen by the benchmark to fit its block gas limit.
    function fill(ISlotAuction auction, uint64 epoch, address token, uint256 n, uint256 amount) external {
        auction.setDelegationOpen(true);
        for (uint256 i; i < n; ++i) {
            auction.bidFor(epoch, address(this), token, amount, 0);
        }
    }
}

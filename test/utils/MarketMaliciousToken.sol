// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";

/// @notice ERC-20 that, once armed, calls back into a target (with stored calldata) from inside a balance update and
/// records how the call ended. Used to show that reentrancy through the stake token fails.
contract MarketMaliciousToken is ERC20, ERC20Burnable {
    address public target;
    bytes public payload;
    bool public armed;
    bool public attempted;
    bool public reentered;
    bytes public reentryError;

    constructor() ERC20("Evil", "EVIL") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function arm(address target_, bytes calldata payload_) external {
        target = target_;
        payload = payload_;
        armed = true;
        attempted = false;
        reentered = false;
        reentryError = "";
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (armed) {
            armed = false;
            attempted = true;
            (bool ok, bytes memory ret) = target.call(payload);
            reentered = ok;
            reentryError = ret;
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title MaliciousToken
/// @notice Test mock: an ERC-20 that, once armed, calls back into a target (e.g. a vault or an auction) from
/// inside every transfer, as an ERC-777-style hook would, with calldata chosen by the test. The call is made
/// with this token as `msg.sender`. The outcome is recorded, not bubbled, so a test can assert both that the
/// outer call completed and that the re-entry failed (`lastReentryReverted`, `lastReentryRevertData`); with
/// `bubble` set, a failed re-entry reverts the whole transfer instead. Used against the vault, the auction and the
/// market alike.
contract MaliciousToken is ERC20 {
    address public target;
    bytes public reentryCalldata;
    bool public bubble;
    bool private _inHook;

    uint256 public reentryAttempts;
    uint256 public reentrySuccesses;
    bool public lastReentryReverted;
    bytes public lastReentryRevertData;

    constructor() ERC20("Malicious", "MAL") {}

    /// @notice Mints `amount` to `to` (anyone; test token).
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Burns `amount` of the caller's tokens (so slashing to burn exercises the burn path).
    function burn(uint256 amount) external {
        _burn(msg.sender, amount);
    }

    /// @notice Arms the hook: every later transfer calls `target_` with `data`. An empty `data` disarms it.
    function arm(address target_, bytes calldata data, bool bubble_) external {
        target = target_;
        reentryCalldata = data;
        bubble = bubble_;
    }

    /// @notice Disarms the hook: later transfers call nothing.
    function disarm() external {
        target = address(0);
        reentryCalldata = "";
        bubble = false;
    }

    /// @notice Lets this token act on a target directly (e.g. approve, deposit) as `msg.sender`.
    function execute(address to, bytes calldata data) external returns (bytes memory) {
        (bool ok, bytes memory ret) = to.call(data);
        if (!ok) {
            // Re-throws the callee's revert data unchanged: reads only the returned bytes array, writes nothing.
            assembly ("memory-safe") {
                revert(add(ret, 32), mload(ret))
            }
        }
        return ret;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (_inHook || target == address(0) || reentryCalldata.length == 0) return;
        _inHook = true;
        reentryAttempts += 1;
        (bool ok, bytes memory ret) = target.call(reentryCalldata);
        _inHook = false;
        lastReentryReverted = !ok;
        lastReentryRevertData = ret;
        if (ok) reentrySuccesses += 1;
        else if (bubble) {
            // Re-throws the callee's revert data unchanged: reads only the returned bytes array, writes nothing.
            assembly ("memory-safe") {
                revert(add(ret, 32), mload(ret))
            }
        }
    }
}

/// @notice The check every reentrancy test makes after a hooked call: the hook ran, and its re-entry was refused by
/// the reentrancy guard (not for another reason), and no re-entry ever succeeded.
abstract contract ReentryAssertions is Test {
    function _assertReentryBlocked(MaliciousToken mal, uint256 attemptsBefore) internal view {
        assertGt(mal.reentryAttempts(), attemptsBefore, "the hook did not run");
        assertTrue(mal.lastReentryReverted(), "re-entry succeeded");
        assertEq(
            mal.lastReentryRevertData(),
            abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector),
            "re-entry failed for another reason"
        );
        assertEq(mal.reentrySuccesses(), 0, "a re-entry succeeded");
    }
}

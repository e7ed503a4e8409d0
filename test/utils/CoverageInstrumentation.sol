// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @notice Tells whether a test runs under one of CI's coverage runs, for the tests that assert a gas budget: Hardhat's
/// instrumentation adds a hit call to every statement, and `forge coverage` (the branch gate) builds without the
/// optimizer, so gas measured there is not the deployed contract's. Such a test checks only the effect under coverage;
/// the budget is asserted by the plain run (`hardhat test`, before the coverage runs in CI).
abstract contract CoverageInstrumentation {
    /// The address Hardhat's coverage instrumentation sends its hits to (library __NomicFoundationCoverage of EDR).
    address internal constant COVERAGE_HITS = 0xc0bEc0BEc0BeC0bEC0beC0bEC0bEC0beC0beC0BE;

    /// forge's cheatcode address (`address(uint160(uint256(keccak256("hevm cheat code"))))`).
    address private constant _FORGE_VM = 0x7109709ECfa91a80626fF3989D68f67F5b1DD12D;

    /// Whether gas measured around `target` is not the deployed contract's: `target` instrumented by Hardhat, or
    /// the test run by `forge coverage`.
    function _underCoverage(address target) internal view returns (bool) {
        return _instrumentedForCoverage(target) || _forgeCoverage();
    }

    /// Whether `forge coverage` runs this test (its `isContext(ForgeContext.Coverage)` cheatcode). Called as a plain
    /// static call so that a runner without the cheatcode (Hardhat's) answers false instead of failing the test.
    function _forgeCoverage() internal view returns (bool) {
        (bool ok, bytes memory answer) = _FORGE_VM.staticcall(abi.encodeWithSignature("isContext(uint8)", uint8(2)));
        return ok && answer.length == 32 && abi.decode(answer, (bool));
    }

    /// Whether `target`'s code was instrumented by Hardhat's coverage: it then carries the hit address as a constant.
    function _instrumentedForCoverage(address target) internal view returns (bool found) {
        bytes memory code = target.code;
        uint256 wanted = uint160(COVERAGE_HITS);
        if (code.length < 20) return false;
        // Reads 32 bytes at each offset where 20 bytes of code remain and compares their top 20 bytes with the hit
        // address (memory-safe: it only reads inside `code` and the word after it, never writes).
        assembly ("memory-safe") {
            let p := add(code, 32)
            let last := add(p, sub(mload(code), 20))
            for {} iszero(gt(p, last)) { p := add(p, 1) } {
                if eq(shr(96, mload(p)), wanted) {
                    found := 1
                    break
                }
            }
        }
    }
}

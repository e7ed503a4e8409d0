// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @notice Tells whether code was instrumented by Hardhat's coverage run, for the tests that assert a gas budget:
/// the instrumentation adds a hit call to every statement, so gas measured under it is not the contract's. Such a
/// test checks only the effect when instrumented; the budget is asserted by the plain run (`hardhat test`, before the
/// coverage run in CI).
abstract contract CoverageInstrumentation {
    /// The address Hardhat's coverage instrumentation sends its hits to (library __NomicFoundationCoverage of EDR).
    address internal constant COVERAGE_HITS = 0xc0bEc0BEc0BeC0bEC0beC0bEC0bEC0beC0beC0BE;

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

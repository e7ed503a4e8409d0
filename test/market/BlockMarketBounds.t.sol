// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {MarketTestBase} from "../utils/MarketTestBase.sol";
import {CoverageInstrumentation} from "../utils/CoverageInstrumentation.sol";
import {BlockMarket} from "../../contracts/market/BlockMarket.sol";
import {IBlockMarket} from "../../contracts/market/IBlockMarket.sol";

/// @notice Every loop at its documented maximum: 2,048 assignments per commit, 8 uncles per finalise.
contract BlockMarketBoundsTest is MarketTestBase, CoverageInstrumentation {
    /// Assignments with placeholder signatures (votes are verified optimistically, so commit gas does not depend on
    /// their validity).
    function _bulk(uint256 n) internal pure returns (IBlockMarket.Assignment[] memory as_) {
        as_ = new IBlockMarket.Assignment[](n);
        for (uint256 i; i < n; ++i) {
            as_[i].prover = address(uint160(0x10000 + i));
            as_[i].depth = uint8(n == 2048 ? 11 : 12);
            as_[i].index = uint32(i);
            as_[i].r = bytes32(uint256(keccak256(abi.encode(i))));
            as_[i].vs = bytes32(uint256(keccak256(abi.encode(i, 1))) >> 1);
        }
    }

    function test_boundedGasAtMaxProvers() public {
        IBlockMarket.Assignment[] memory as_ = _bulk(2048);
        bytes memory data = abi.encodeCall(
            BlockMarket.commitTranscript, (IBlockMarket.Commit(1, "max", bytes32(0), 10 ether, 2000, 11), as_)
        );
        // Within the 18M budget: execution here, plus the transaction's 21k base and calldata (about 330 kB at
        // 10 gas per floor token, EIP-7623: at most 3.5M) stays below 18M.
        // Hardhat's coverage run adds a hit call to every statement of the instrumented market, so its gas is not the
        // contract's: there the commit runs with all the gas left and only its effect is checked; the budget is
        // asserted by the plain, uninstrumented run of this test (`hardhat test`, before the coverage run in CI).
        bool instrumented = _instrumentedForCoverage(address(implementation)); // the market is its clone
        vm.prank(proposer);
        uint256 before = gasleft();
        (bool ok,) = address(market).call{gas: instrumented ? gasleft() - 100_000 : 14_000_000}(data);
        uint256 used = before - gasleft();
        assertTrue(ok, "commit at the 2,048-assignment maximum ran out of its budget");
        assertEq(market.transcriptOf(1, proposer, "max").numProvers, 2048);
        if (!instrumented) assertLt(used, 14_000_000);

        IBlockMarket.Assignment[] memory over = _bulk(2049);
        vm.prank(proposer);
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketTooManyAssignments.selector, 2049, 2048));
        market.commitTranscript(IBlockMarket.Commit(1, "over", bytes32(0), 10 ether, 2000, 12), over);
    }

    /// The probe that turns the budget off: it finds the hit address in code that carries it and nowhere else (test
    /// contracts are never instrumented, so both answers hold in every run).
    function test_instrumentationProbeFindsTheHitAddressOnlyInCodeCarryingIt() public {
        assertTrue(_instrumentedForCoverage(address(new CoverageProbeCarryingTheHitAddress())));
        assertFalse(_instrumentedForCoverage(address(new CoverageProbeWithoutTheHitAddress())));
        assertFalse(_instrumentedForCoverage(proposer), "an account without code");
    }

    function test_boundedGasFinaliseAtMaxUncles() public {
        IBlockMarket.Params memory p = _defaultParams();
        p.maxUncles = 8;
        BlockMarket m = _deployFundedMarket(p, 4, 10_000 ether);
        uint96[] memory burns = new uint96[](10);
        for (uint256 i; i < 10; ++i) {
            burns[i] = uint96(10 ether + i * 1 ether);
        }
        Block[] memory bs = _proveCompetingBlocks(m, burns, 1, _range(4));
        (,, bytes32[] memory ranking) = m.roundOf(1);
        assertEq(ranking.length, 9);
        _warpPastProofWindow(m, 1);
        uint256 before = gasleft();
        m.finalise(1);
        uint256 used = before - gasleft();
        assertEq(uint8(m.transcriptOf(1, bs[9].proposer, bs[9].bc).status), uint8(IBlockMarket.Status.Won));
        for (uint256 i = 1; i < 9; ++i) {
            assertEq(uint8(m.transcriptOf(1, bs[i].proposer, bs[i].bc).status), uint8(IBlockMarket.Status.Uncle));
        }
        assertEq(uint8(m.transcriptOf(1, bs[0].proposer, bs[0].bc).status), uint8(IBlockMarket.Status.Proven));
        // 250k without uncles plus at most 30k per uncle
        assertLt(used, 250_000 + 8 * 30_000, "finalise at the 8-uncle maximum");
    }
}

/// Code carrying the coverage hit address as a constant, as instrumented code does.
contract CoverageProbeCarryingTheHitAddress {
    function hits() external pure returns (address) {
        return 0xc0bEc0BEc0BeC0bEC0beC0bEC0bEC0beC0beC0BE;
    }
}

/// Code without it.
contract CoverageProbeWithoutTheHitAddress {
    function one() external pure returns (uint256) {
        return 1;
    }
}

// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {MarketTestBase} from "../utils/MarketTestBase.sol";
import {BlockMarket} from "../../contracts/market/BlockMarket.sol";
import {IBlockMarket} from "../../contracts/market/IBlockMarket.sol";
import {IStakeVault} from "../../contracts/interfaces/IStakeVault.sol";

contract BlockMarketLifecycleTest is MarketTestBase {
    function setUp() public override {
        super.setUp();
        _bondProvers(market, 8);
    }

    function test_fullyProvenBlockPaysProposerAndProvers() public {
        uint256 supplyBefore = token.totalSupply();
        Block memory b = _runBlock(market, proposer, "a", 4);
        (uint64 h, bytes32 hash) = market.head();
        assertEq(h, 1);
        assertEq(hash, keccak256(abi.encode(uint64(1), bytes32(0), b.root)));
        // burn of 10 ether burned; reward 100 ether: 80 to the proposer, 20 to provers
        assertEq(token.totalSupply(), supplyBefore - 10 ether);
        assertEq(market.claimableOf(proposer), 80 ether);
        for (uint256 i; i < 4; ++i) {
            market.claimProverReward(1, b.proposer, b.bc, i, b.assignments[i], _merkleProof(b.assignments, i));
            assertEq(market.claimableOf(_prover(i)), 5 ether);
        }
        vm.prank(proposer);
        assertEq(market.claim(), 80 ether);
        assertEq(token.balanceOf(proposer), 80 ether);
        vm.prank(_prover(2));
        market.claim();
        assertEq(token.balanceOf(_prover(2)), 5 ether);
    }

    function test_highestProvenScoreWinsAndLoserEscrowIsRefundedByExpiry() public {
        Block memory a = _newBlock(market, 1, "a", _range(4));
        Block memory b = _newBlock(market, 1, "b", _range(4, 4));
        _commitBlock(market, proposer, a, 10 ether, 2000);
        _commitBlock(market, rival, b, 20 ether, 2000);
        assertEq(vault.balanceOf(rival, address(token)).locked, 20 ether);
        _warpToProofWindow(market, 1);
        _reveal(market, proposer, a);
        _reveal(market, rival, b);
        _prove(market, a, _range(4));
        _prove(market, b, _range(4, 4));
        _finaliseAfterProofWindow(market, 1);
        assertEq(uint8(market.transcriptOf(1, b.proposer, b.bc).status), uint8(IBlockMarket.Status.Won));
        assertEq(uint8(market.transcriptOf(1, a.proposer, a.bc).status), uint8(IBlockMarket.Status.Uncle));
        assertEq(vault.balanceOf(rival, address(token)).free, 10_000 ether - 20 ether);
        // the loser's escrow is still locked until expiry, then free again with no transaction
        assertEq(vault.balanceOf(proposer, address(token)).locked, 10 ether);
        vm.roll(block.number + 2000);
        assertEq(vault.balanceOf(proposer, address(token)).free, 10_000 ether);
        // uncle provers split U = 10 ether by leaves
        market.claimProverReward(1, a.proposer, a.bc, 0, a.assignments[0], _merkleProof(a.assignments, 0));
        assertEq(market.claimableOf(_prover(0)), 2.5 ether);
    }

    function test_rewardScaledByContributingOverVotingProvers() public {
        Block memory b = _newBlock(market, 1, "a", _range(4));
        _commitAndReveal(market, proposer, b);
        uint256[] memory signers = _range(4);
        signers[3] = 7; // the proposer fills leaf 3 with someone else's attestation
        _prove(market, b, signers);
        _finaliseAfterProofWindow(market, 1);
        // 3 of 4 provers contributed: reward 75, proposer 60, provers 15 over 3 leaves
        assertEq(market.claimableOf(proposer), 60 ether);
        market.claimProverReward(1, b.proposer, b.bc, 0, b.assignments[0], _merkleProof(b.assignments, 0));
        assertEq(market.claimableOf(_prover(0)), 5 ether);
        vm.expectRevert(abi.encodeWithSelector(IBlockMarket.BlockMarketNotContributed.selector, 3));
        market.claimProverReward(1, b.proposer, b.bc, 3, b.assignments[3], _merkleProof(b.assignments, 3));
    }
}

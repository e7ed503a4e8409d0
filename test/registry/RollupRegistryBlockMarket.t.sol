// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {IRollupModule} from "../../contracts/interfaces/IRollupModule.sol";
import {IRollupRegistry} from "../../contracts/registry/IRollupRegistry.sol";
import {IBlockMarket} from "../../contracts/market/IBlockMarket.sol";
import {BlockMarket} from "../../contracts/market/BlockMarket.sol";
import {BlockMarketProofs} from "../../contracts/market/BlockMarketProofs.sol";
import {RegistryFixture} from "../utils/RegistryFixture.sol";

/// @notice The registry with the real BlockMarket: registered clones, governance acting on them.
contract RollupRegistryBlockMarketTest is RegistryFixture {
    BlockMarket internal blockMarketImpl;
    address internal constant PROVER = address(0x960);

    function setUp() public override {
        super.setUp();
        blockMarketImpl = new BlockMarket(address(new BlockMarketProofs()));
        _govern(abi.encodeCall(IRollupRegistry.setImplementation, (BLOCK_MARKET, address(blockMarketImpl))));
    }

    function _marketRequest() internal view returns (IRollupRegistry.Request memory request) {
        request = _requestWithTokens(1);
        request.mechanism = BLOCK_MARKET;
        request.minSequencers = 1;
        request.maxSequencers = 64;
        request.params = abi.encode(
            IBlockMarket.Params({
                verifier: address(0xBEEF),
                proposalWindow: 60,
                proofWindow: 120,
                disputeWindow: 1 days,
                escrowLockBlocks: 100,
                bondHorizonBlocks: 7300,
                pipelined: false,
                maxAssignments: 64,
                targetProvers: 8,
                maxUncles: 2,
                slashRateBps: 1000,
                badVoteBountyBps: 500,
                minBurnBid: 1e15,
                minBurnPerMissingProver: 1e14,
                blockReward: 1e18,
                uncleReward: 1e17
            })
        );
    }

    function test_registerDeploysInitialisesAndAuthorisesBlockMarketClone() public {
        (uint64 rollupId, address module) = _register(_marketRequest());
        assertEq(_cloneTarget(module), address(blockMarketImpl));
        assertEq(IRollupModule(module).rollupId(), rollupId);
        assertEq(IRollupModule(module).mechanism(), BLOCK_MARKET);
        assertTrue(vault.isModule(module));
        assertEq(registry.rollup(rollupId).mechanism, BLOCK_MARKET);
        assertEq(registry.rollup(rollupId).maxSequencers, 64);
    }

    function test_blockMarketCloneCannotBeReinitialised() public {
        _assertCloneRefusesInitialise(_marketRequest(), abi.encodeWithSelector(Initializable.InvalidInitialization.selector));
    }

    function test_blockMarketImplementationCannotBeInitialised() public {
        _assertImplementationRefusesInitialise(
            address(blockMarketImpl), _marketRequest(), abi.encodeWithSelector(Initializable.InvalidInitialization.selector)
        );
    }

    function test_governanceReachesBlockMarketClone() public {
        (uint64 rollupId, address module) = _register(_marketRequest());
        _govern(abi.encodeCall(IRollupRegistry.evict, (rollupId, PROVER)));
        assertTrue(IRollupModule(module).isEvicted(PROVER));
        _govern(abi.encodeCall(IRollupRegistry.pause, (rollupId)));
        assertTrue(IRollupModule(module).paused());
        assertTrue(registry.rollup(rollupId).paused);
        _govern(abi.encodeCall(IRollupRegistry.unpause, (rollupId)));
        _govern(abi.encodeCall(IRollupRegistry.reinstate, (rollupId, PROVER)));
        assertFalse(IRollupModule(module).paused());
        assertFalse(IRollupModule(module).isEvicted(PROVER));
    }
}

// The BlockMarket's ABI and EIP-712 shapes as ethers takes them, written from the contract's definitions (not from
// the Java client): the init parameters tuple, and the Vote and Attestation typed-data types. Shared by the market
// vector generator (java-client/src/test/resources/market/make-vectors.js) and the gas benchmark.
export const PARAMS_TYPE =
  "tuple(address verifier,uint32 proposalWindow,uint32 proofWindow,uint32 disputeWindow,uint32 escrowLockBlocks," +
  "uint32 bondHorizonBlocks,bool pipelined,uint16 maxAssignments,uint16 targetProvers,uint8 maxUncles," +
  "uint16 slashRateBps,uint16 badVoteBountyBps,uint96 minBurnBid,uint96 minBurnPerMissingProver," +
  "uint128 blockReward,uint128 uncleReward)";
export const VOTE_TYPES = {
  Vote: [
    { name: "rollup", type: "address" },
    { name: "height", type: "uint256" },
    { name: "proposer", type: "address" },
    { name: "blockCommitment", type: "bytes32" },
    { name: "proverRewardBps", type: "uint16" },
    { name: "depth", type: "uint8" },
    { name: "index", type: "uint32" },
  ],
};
export const ATTESTATION_TYPES = {
  Attestation: [
    { name: "height", type: "uint256" },
    { name: "txOrderRoot", type: "bytes32" },
    { name: "depth", type: "uint8" },
    { name: "index", type: "uint32" },
    { name: "partHash", type: "bytes32" },
  ],
};

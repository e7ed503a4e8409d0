// Regenerates contract-vectors.json and calldata-vectors.json in this folder, independently of the Java client:
// ethers signs the typed data, encodes calls with the BlockMarket ABI and reads what the deployed contracts compute.
// Run from the repository root: npx hardhat run java-client/src/test/resources/market/make-vectors.js
import { network } from "hardhat";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { ATTESTATION_TYPES, VOTE_TYPES } from "../../../../../test/utils/MarketTypes.js";
import { deployMarket } from "../../../../../test/utils/MarketDeployment.js";

const here = path.resolve("java-client/src/test/resources/market");
const { ethers } = await network.create();
const coder = ethers.AbiCoder.defaultAbiCoder();
const E = (n) => ethers.parseEther(String(n));

// Java's KeyTypedDataSigner.numbered(n) is the key 1000 + n.
const keyed = (n) => new ethers.Wallet(ethers.toBeHex(1000n + BigInt(n), 32), ethers.provider);
const PROVER_KEYS = [1, 2, 1, 3, 4, 5];
const POSITIONS = [[3, 0], [3, 1], [2, 1], [2, 2], [3, 6], [3, 7]];
const PROPOSER_KEY = 9;
const HEIGHT = 1;
const BPS = 2500;
const TX_ORDER_ROOT = "0x" + "a1".repeat(32);
const SECRET = "0x" + "5e".repeat(32);

// As the gas benchmark deploys it, without the authoriser step and the reward pool (the vectors predate them).
const { deployer, token, vault, verifier, market, params } = await deployMarket(ethers, { authoriser: false, rewardPool: 0 });
const cloneAddress = await market.getAddress();

const proposer = keyed(PROPOSER_KEY);
await deployer.sendTransaction({ to: proposer.address, value: E(1) });
await token.mint(proposer.address, E(100));
await token.connect(proposer).approve(await vault.getAddress(), E(100));
await vault.connect(proposer).deposit(await token.getAddress(), E(100));

const chainId = (await ethers.provider.getNetwork()).chainId;
const domain = { name: "Baton BlockMarket", version: "1", chainId, verifyingContract: cloneAddress };
const commitment = ethers.solidityPackedKeccak256(["bytes32", "bytes32"], [TX_ORDER_ROOT, SECRET]);

const votes = [];
const assignments = [];
for (let i = 0; i < POSITIONS.length; i++) {
  const [depth, index] = POSITIONS[i];
  const w = keyed(PROVER_KEYS[i]);
  const message = { rollup: cloneAddress, height: HEIGHT, proposer: proposer.address, blockCommitment: commitment,
    proverRewardBps: BPS, depth, index };
  const rsv = await w.signTypedData(domain, VOTE_TYPES, message);
  const sig = ethers.Signature.from(rsv);
  votes.push({
    prover: w.address, depth, index, rsv,
    ethersDigest: ethers.TypedDataEncoder.hash(domain, VOTE_TYPES, message),
    contractDigest: await market.voteDigest(HEIGHT, proposer.address, commitment, BPS, depth, index),
  });
  assignments.push({ prover: w.address, depth, index, r: sig.r, vs: sig.yParityAndS });
}

const attestations = [];
const atts = [];
for (let i = 0; i < POSITIONS.length; i++) {
  const [depth, index] = POSITIONS[i];
  const partHash = ethers.keccak256(ethers.toUtf8Bytes(`part-${depth}-${index}`));
  const message = { height: HEIGHT, txOrderRoot: TX_ORDER_ROOT, depth, index, partHash };
  const rsv = await keyed(PROVER_KEYS[i]).signTypedData(domain, ATTESTATION_TYPES, message);
  const sig = ethers.Signature.from(rsv);
  attestations.push({ depth, index, partHash, rsv,
    contractDigest: await verifier.attestationDigest(cloneAddress, HEIGHT, TX_ORDER_ROOT, depth, index, partHash) });
  atts.push([depth, index, partHash, sig.r, sig.yParityAndS]);
}
const proof = coder.encode(["tuple(uint8,uint32,bytes32,bytes32,bytes32)[]"], [atts]);

const commit = { height: HEIGHT, blockCommitment: commitment, parentHash: ethers.ZeroHash, burnBid: E(2),
  proverRewardBps: BPS, depth: 3 };
const receipt = await (await market.connect(proposer).commitTranscript(commit, assignments)).wait();
const committed = receipt.logs.map((l) => { try { return market.interface.parseLog(l); } catch { return null; } })
  .find((l) => l && l.name === "TranscriptCommitted");
// The market calls the verifier; its view answers for the market when the market's address is the caller.
const verifyCall = verifier.interface.encodeFunctionData("verify", [HEIGHT, TX_ORDER_ROOT, 3, proof]);
const [contributions] = verifier.interface.decodeFunctionResult("verify",
  await ethers.provider.call({ to: await verifier.getAddress(), from: cloneAddress, data: verifyCall }));

const contract = {
  _source: "Written by make-vectors.js: a Hardhat network with this branch's BlockMarket (clone, initialised), " +
    "AttestationVerifier and TranscriptLib; digests and separators from the contracts' views, votes and attestations " +
    "signed with ethers' signTypedData by keys 1001..1005 for the proposer of key 1009, assignmentsRoot/numProvers/" +
    "score from the TranscriptCommitted event of a real commitTranscript, proof encoded by ethers' AbiCoder and " +
    "accepted by AttestationVerifier.verify called as the market (contributions as returned).",
  market: cloneAddress,
  verifier: await verifier.getAddress(),
  chainId: chainId.toString(),
  marketSeparator: await market.domainSeparator(),
  height: String(HEIGHT),
  proposer: proposer.address,
  proverRewardBps: String(BPS),
  txOrderRoot: TX_ORDER_ROOT,
  secret: SECRET,
  commitment,
  transcriptId: await market.transcriptId(HEIGHT, proposer.address, commitment),
  votes,
  attestations,
  assignmentsRoot: committed.args.assignmentsRoot,
  numProvers: committed.args.numProvers.toString(),
  score: committed.args.score.toString(),
  scoreOf_5_2eth: (await market.scoreOf(5, E(2))).toString(),
  proof,
  contributions: contributions.map((c) => [c.prover, Number(c.depth), Number(c.index)]),
  proverKeyNumbers: PROVER_KEYS,
};
writeFileSync(path.join(here, "contract-vectors.json"), JSON.stringify(contract, null, 1) + "\n");

// Calldata of every write and the encodings of the views' results, by ethers over the BlockMarket ABI.
const iface = market.interface;
const PROOF2 = ["01", "02", "03"].map((b) => "0x" + b.repeat(32));
const at = (name) => iface.encodeFunctionData(name, [HEIGHT, proposer.address, commitment, 2, assignments[2], PROOF2]);
const transcript = [assignments[0].prover, 2, 5, 6, 3, BPS, 5, true, E(2), 1_000_000, 900, 5, 7, 6,
  committed.args.assignmentsRoot, TX_ORDER_ROOT, ethers.ZeroHash, E(25), 1_000_200];
const calls = {
  _source: "Written by make-vectors.js with ethers' Interface over the BlockMarket ABI (the transcript of " +
    "contract-vectors.json); view results encoded by ethers from the values the Java test asserts.",
  commitTranscript: iface.encodeFunctionData("commitTranscript", [commit, assignments]),
  reveal: iface.encodeFunctionData("reveal", [HEIGHT, TX_ORDER_ROOT, SECRET]),
  bondProver: iface.encodeFunctionData("bondProver", [123456]),
  finalise: iface.encodeFunctionData("finalise", [7]),
  fundRewards: iface.encodeFunctionData("fundRewards", [E(100)]),
  claim: iface.encodeFunctionData("claim", []),
  submitProof: iface.encodeFunctionData("submitProof", [HEIGHT, proposer.address, commitment, assignments, proof]),
  claimProverReward: at("claimProverReward"),
  slashWithheld: at("slashWithheld"),
  challengeVote: at("challengeVote"),
  disputeSlash: iface.encodeFunctionData("disputeSlash", [HEIGHT, proposer.address, commitment, 2, assignments[2],
    PROOF2, "0x" + "aa".repeat(32) + "bb".repeat(32) + "cc".repeat(32)]),
  transcriptOfCall: iface.encodeFunctionData("transcriptOf", [HEIGHT, proposer.address, commitment]),
  transcriptOfResult: iface.encodeFunctionResult("transcriptOf", [transcript]),
  roundOfResult: iface.encodeFunctionResult("roundOf", [1_000_000, 2, PROOF2]),
  paramsResult: iface.encodeFunctionResult("params", [{ ...params, pipelined: true, targetProvers: 16,
    minBurnPerMissingProver: E(1), uncleReward: E(10) }]),
  proverOfResult: iface.encodeFunctionResult("proverOf", [[E(50), 4000, 1_000_000, 0, 3000]]),
  positionStateCall: iface.encodeFunctionData("positionState", [HEIGHT, proposer.address, commitment, 5]),
  positionStateResult: iface.encodeFunctionResult("positionState", [true, false]),
};
writeFileSync(path.join(here, "calldata-vectors.json"), JSON.stringify(calls, null, 1) + "\n");
console.log("wrote contract-vectors.json and calldata-vectors.json to", here);

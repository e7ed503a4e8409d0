// Gas benchmark of the BlockMarket: commitTranscript at 1, 64 and 2,048 provers, finalise (no uncles) and claim.
// Votes and attestations are signed with ethers (signTypedData) by deterministic wallets.
import { network } from "hardhat";
import { recordGas, gasOf } from "./record.js";
import { ATTESTATION_TYPES, VOTE_TYPES } from "../../test/utils/MarketTypes.js";
import { deployMarket } from "../../test/utils/MarketDeployment.js";

// The 2,048-prover commit needs more than the default block gas limit: raise the block limit (36M L1 blocks) and
// the default transaction gas. EDR's default hardfork caps one transaction at 2^24 gas (EIP-7825), which the
// 2,048-prover commit also has to respect.
const TX_GAS_CAP = 16_777_216;
const { ethers } = await network.create({
  override: { blockGasLimit: 60_000_000n, gas: BigInt(TX_GAS_CAP), allowUnlimitedContractSize: false },
});

const coder = ethers.AbiCoder.defaultAbiCoder();
const W_PROP = 60;
const W_PROOF = 120;
const E = (n) => ethers.parseEther(String(n));

const wallets = [];
function wallet(i) {
  while (wallets.length <= i) {
    const key = ethers.keccak256(ethers.toUtf8Bytes(`baton-bench-prover-${wallets.length}`));
    wallets.push(new ethers.Wallet(key, ethers.provider));
  }
  return wallets[i];
}

async function increaseTime(seconds) {
  await ethers.provider.send("evm_increaseTime", [seconds]);
  await ethers.provider.send("evm_mine", []);
}

async function deploy({ proposalWindow = W_PROP } = {}) {
  return deployMarket(ethers, { proposalWindow, proofWindow: W_PROOF });
}

async function fundStaker(ctx, signer, amount) {
  const { deployer, token, vault } = ctx;
  if ((await ethers.provider.getBalance(signer.address)) === 0n) {
    await deployer.sendTransaction({ to: signer.address, value: E(1) });
  }
  // Participants hold some tokens besides their stake (so a payout does not create their balance slot).
  await token.mint(signer.address, amount + E(1));
  await token.connect(signer).approve(await vault.getAddress(), amount);
  await vault.connect(signer).deposit(await token.getAddress(), amount);
}

async function signVotes(ctx, height, proposer, blockCommitment, proverRewardBps, n) {
  const depth = Math.log2(n);
  const domain = { name: "Baton BlockMarket", version: "1", chainId: ctx.chainId, verifyingContract: await ctx.market.getAddress() };
  const rollup = await ctx.market.getAddress();
  const out = [];
  for (let i = 0; i < n; i++) {
    const w = wallet(i);
    const sig = ethers.Signature.from(
      await w.signTypedData(domain, VOTE_TYPES, {
        rollup, height, proposer, blockCommitment, proverRewardBps, depth, index: i,
      }),
    );
    out.push({ prover: w.address, depth, index: i, r: sig.r, vs: sig.yParityAndS });
  }
  return { depth, assignments: out };
}

async function attest(ctx, height, txOrderRoot, n) {
  const depth = Math.log2(n);
  // Attestations are signed in the market's own domain (the verifier binds them to the market that asks).
  const domain = { name: "Baton BlockMarket", version: "1", chainId: ctx.chainId, verifyingContract: await ctx.market.getAddress() };
  const atts = [];
  for (let i = 0; i < n; i++) {
    const partHash = ethers.keccak256(ethers.toUtf8Bytes(`part-${height}-${i}`));
    const sig = ethers.Signature.from(
      await wallet(i).signTypedData(domain, ATTESTATION_TYPES, { height, txOrderRoot, depth, index: i, partHash }),
    );
    atts.push([depth, i, partHash, sig.r, sig.yParityAndS]);
  }
  return coder.encode(["tuple(uint8,uint32,bytes32,bytes32,bytes32)[]"], [atts]);
}

function commitmentOf(txOrderRoot, secret) {
  return ethers.solidityPackedKeccak256(["bytes32", "bytes32"], [txOrderRoot, secret]);
}

// BATON_MARKET_SIZES="1,64" limits the transcript sizes (the CI gas gate); the recorded figures need all three.
const SIZES = (process.env.BATON_MARKET_SIZES ?? "1,64,2048").split(",").map(Number);

describe("BlockMarket gas", function () {
  this.timeout(1_200_000);

  it("commitTranscript at 1, 64 and 2,048 provers", async function () {
    // A long proposal window: signing 2,048 votes takes wall-clock time on the node's clock.
    const ctx = await deploy({ proposalWindow: 86_400 });
    // A recurring proposer (its escrow lock already exists): the first commit of each size warms it up and opens
    // the height's window; the figure is the median of the next three.
    const proposer = wallet(5000);
    await fundStaker(ctx, proposer, E(100_000));
    let k = 0;
    for (const n of SIZES) {
      const gas = [];
      for (let j = 0; j < 4; j++, k++) {
        const root = ethers.keccak256(ethers.toUtf8Bytes(`root-${n}-${k}`));
        const secret = ethers.keccak256(ethers.toUtf8Bytes(`secret-${n}-${k}`));
        const blockCommitment = commitmentOf(root, secret);
        const { depth, assignments } = await signVotes(ctx, 1, proposer.address, blockCommitment, 2000, n);
        const commit = { height: 1, blockCommitment, parentHash: ethers.ZeroHash, burnBid: E(10), proverRewardBps: 2000, depth };
        const used = await gasOf(ctx.market.connect(proposer).commitTranscript(commit, assignments, { gasLimit: TX_GAS_CAP }));
        if (j > 0) gas.push(used);
      }
      recordGas(`BlockMarket.commitTranscript@${n}`, gas);
    }
  });

  it("finalise (no uncles) and claim", async function () {
    const ctx = await deploy();
    const n = 4;
    for (let i = 0; i < n; i++) {
      await fundStaker(ctx, wallet(i), E(50));
      await ctx.market.connect(wallet(i)).bondProver((await ethers.provider.getBlockNumber()) + 100_000);
    }
    const finaliseGas = [];
    const claimGas = [];
    for (let h = 1; h <= 5; h++) {
      const proposer = wallet(6000 + h);
      await fundStaker(ctx, proposer, E(1000));
      const root = ethers.keccak256(ethers.toUtf8Bytes(`root-${h}`));
      const secret = ethers.keccak256(ethers.toUtf8Bytes(`secret-${h}`));
      const blockCommitment = commitmentOf(root, secret);
      const { depth, assignments } = await signVotes(ctx, h, proposer.address, blockCommitment, 2000, n);
      const commit = { height: h, blockCommitment, parentHash: ethers.ZeroHash, burnBid: E(10), proverRewardBps: 2000, depth };
      await ctx.market.connect(proposer).commitTranscript(commit, assignments);
      await increaseTime(W_PROP);
      await ctx.market.connect(proposer).reveal(h, root, secret);
      await ctx.market.submitProof(h, proposer.address, blockCommitment, assignments, await attest(ctx, h, root, n));
      await increaseTime(W_PROOF);
      finaliseGas.push(await gasOf(ctx.market.finalise(h)));
      claimGas.push(await gasOf(ctx.market.connect(proposer).claim()));
    }
    recordGas("BlockMarket.finalise", finaliseGas);
    recordGas("BlockMarket.claim", claimGas);
  });
});

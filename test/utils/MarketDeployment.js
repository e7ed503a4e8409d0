// The block market as the gas benchmark and the market vector generator deploy it, with the deployer as governance:
// BatonToken "BTN", a StakeVault allowing it, AttestationVerifier, BlockMarketProofs, the BlockMarket implementation
// and an EIP-1167 clone of it initialised (rollup 1, minimum stake 50 BTN) and authorised on the vault.
import { PARAMS_TYPE } from "./MarketTypes.js";

const E = (ethers, n) => ethers.parseEther(String(n));

/**
 * Deploys the market on `ethers`' network. `authoriser`: the deployer becomes the vault's authoriser first (as the
 * registry is; the owner's own powers close with the first deposit). `rewardPool`: BTN the deployer mints and funds
 * the market's reward pool with (0: none). Returns the deployer, the contracts, the market's parameters and the
 * chain id.
 */
export async function deployMarket(
  ethers,
  { proposalWindow = 60, proofWindow = 120, authoriser = true, rewardPool = 100_000 } = {},
) {
  const [deployer] = await ethers.getSigners();
  const token = await ethers.deployContract("BatonToken", ["Baton", "BTN", deployer.address]);
  const vault = await ethers.deployContract("StakeVault", [deployer.address, 64]);
  await vault.setTokenAllowed(await token.getAddress(), true);
  if (authoriser) await vault.setAuthoriser(deployer.address);
  const verifier = await ethers.deployContract("AttestationVerifier");
  const proofs = await ethers.deployContract("BlockMarketProofs");
  const impl = await ethers.deployContract("BlockMarket", [await proofs.getAddress()]);
  const cloneCode = "0x3d602d80600a3d3981f3363d3d373d3d3d363d73" + (await impl.getAddress()).slice(2) +
    "5af43d82803e903d91602b57fd5bf3";
  const cloneAddress = (await (await deployer.sendTransaction({ data: cloneCode })).wait()).contractAddress;
  const market = await ethers.getContractAt("BlockMarket", cloneAddress);
  const params = {
    verifier: await verifier.getAddress(),
    proposalWindow,
    proofWindow,
    disputeWindow: 300,
    // The horizons must outlast the windows at 12 s per block (the market checks it at initialise).
    escrowLockBlocks: Math.max(1000, Math.ceil((proposalWindow + proofWindow) / 12)),
    bondHorizonBlocks: Math.max(2000, Math.ceil((proposalWindow + proofWindow + 300) / 12)),
    pipelined: false,
    maxAssignments: 2048,
    targetProvers: 0,
    maxUncles: 2,
    slashRateBps: 1000,
    badVoteBountyBps: 5000,
    minBurnBid: E(ethers, 1),
    minBurnPerMissingProver: 0,
    blockReward: E(ethers, 100),
    uncleReward: E(ethers, 10),
  };
  const init = {
    vault: await vault.getAddress(),
    governance: deployer.address,
    rollupOwner: deployer.address,
    rollupId: 1,
    tokens: [{ token: await token.getAddress(), minStake: E(ethers, 50), weight: 1 }],
    minSequencers: 1,
    maxSequencers: 100,
  };
  await market.initialize(init, ethers.AbiCoder.defaultAbiCoder().encode([PARAMS_TYPE], [params]));
  await vault.setModule(cloneAddress, true);
  if (rewardPool > 0) {
    await token.mint(deployer.address, E(ethers, 1_000_000));
    await token.approve(cloneAddress, ethers.MaxUint256);
    await market.fundRewards(E(ethers, rewardPool));
  }
  const chainId = (await ethers.provider.getNetwork()).chainId;
  return { deployer, token, vault, verifier, market, params, chainId };
}

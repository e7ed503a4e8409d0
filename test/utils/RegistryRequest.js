// Maps the seed's `execution_layer_req` JSON onto the typed `RollupRegistry.register` request, the way the Java
// client does: lower-case JSON strings to enum indexes, token symbols to addresses (a deployment manifest's job),
// `nb_sequencers` to a min/max pair, `min_stake_per_seq` values to token units.
import { ethers } from "ethers";

export const SETTLEMENT_LAYER = { ethereum: 0, arbitrum: 1, optimism: 2, base: 3, polygon: 4 };
export const DA_LAYER = { ethereum: 0, celestia: 1, eigenda: 2, avail: 3, "near-da": 4 };
export const VM = { evm: 0, wasm: 1, svm: 2, movevm: 3 };
export const ROLLUP_TYPE = { optimistic: 0, zk: 1 };
export const PURPOSE = { general: 0, "app-specific": 1 };
export const MECHANISM = {
  "slot-auction": ethers.id("baton.slot-auction"),
  "block-market": ethers.id("baton.block-market"),
};

function pick(table, field, value) {
  const key = String(value).toLowerCase();
  if (!(key in table)) throw new Error(`execution_layer_req.${field}: unknown value "${value}"`);
  return table[key];
}

/**
 * Builds the typed request.
 * @param json the `execution_layer_req` object
 * @param tokensBySymbol symbol -> { address, decimals }
 * @param selection { mechanism: "slot-auction" | "block-market", params: hex string } (the default applies when absent)
 */
export function registryRequestFromJson(json, tokensBySymbol, selection) {
  const nb = json.nb_sequencers;
  // "max": "unlimited" is no cap (the slot auction's NO_SEQUENCER_CAP, 2^32 - 1).
  const count = (v) => (v === "unlimited" ? 2 ** 32 - 1 : Number(v));
  const [minSequencers, maxSequencers] =
    typeof nb === "object" ? [count(nb.min), count(nb.max)] : [count(nb), count(nb)];
  const stakes = new Map(json.min_stake_per_seq.map((s) => [s.sym, s]));
  const tokens = json.allowed_tokens.map(({ sym }) => {
    const token = tokensBySymbol[sym];
    const stake = stakes.get(sym);
    if (!token) throw new Error(`execution_layer_req.allowed_tokens: unknown symbol "${sym}"`);
    if (!stake) throw new Error(`execution_layer_req.min_stake_per_seq: no minimum for "${sym}"`);
    return {
      token: token.address,
      minStake: ethers.parseUnits(String(stake.val), token.decimals),
      weight: BigInt(stake.weight ?? 1),
    };
  });
  return {
    descriptor: {
      settlementLayer: pick(SETTLEMENT_LAYER, "settlement_layer", json.settlement_layer),
      daLayer: pick(DA_LAYER, "da_layer", json.da_layer),
      vm: pick(VM, "vm", json.vm),
      rollupType: pick(ROLLUP_TYPE, "type", json.type),
      purpose: pick(PURPOSE, "purpose", json.purpose),
    },
    minSequencers,
    maxSequencers,
    tokens,
    mechanism: pick(MECHANISM, "selection.mechanism", selection.mechanism),
    params: selection.params,
  };
}

/** The test module's `Params` (uint64 epochLength, uint128 reward), ABI-encoded. */
export function registryTestModuleParams(epochLength, reward) {
  return ethers.AbiCoder.defaultAbiCoder().encode(["tuple(uint64,uint128)"], [[epochLength, reward]]);
}

/** The seed's request, verbatim (straight quotes). */
export const SEED_EXECUTION_LAYER_REQ = {
  settlement_layer: "ethereum",
  da_layer: "celestia",
  vm: "wasm",
  type: "optimistic",
  purpose: "app-specific",
  nb_sequencers: "3",
  allowed_tokens: [{ sym: "ALT" }, { sym: "stSOL" }],
  min_stake_per_seq: [
    { sym: "ALT", val: "100" },
    { sym: "stSOL", val: "1000" },
  ],
};

/**
 * Deploys tokens ALT and stSOL, the StakeVault (both tokens allowed), both test module implementations, a one-hour
 * timelock and the registry, which clones `implementations` (addresses; default: the two test modules).
 */
export async function deployRegistryStack(ethers, governor, implementations) {
  const [deployer] = await ethers.getSigners();
  const alt = await ethers.deployContract("BatonToken", ["AltLayer", "ALT", deployer.address]);
  const stsol = await ethers.deployContract("BatonToken", ["Staked SOL", "stSOL", deployer.address]);
  const vault = await ethers.deployContract("StakeVault", [deployer.address, 64]);
  const auctionImpl = await ethers.deployContract("RegistryTestModule");
  const marketImpl = await ethers.deployContract("RegistryTestMarketModule");
  const timelock = await ethers.deployContract("BatonTimelock", [3600, [governor.address], [ethers.ZeroAddress], ethers.ZeroAddress]);
  const registry = await ethers.deployContract("RollupRegistry", [
    await vault.getAddress(),
    await timelock.getAddress(),
    implementations ?? [await auctionImpl.getAddress(), await marketImpl.getAddress()],
  ]);
  await (await vault.setAuthoriser(await registry.getAddress())).wait();
  // Governance allows the stake tokens during the vault's set-up; a registration never allows a token.
  await (await vault.setTokenAllowed(await alt.getAddress(), true)).wait();
  await (await vault.setTokenAllowed(await stsol.getAddress(), true)).wait();
  const tokensBySymbol = {
    ALT: { address: await alt.getAddress(), decimals: 18 },
    stSOL: { address: await stsol.getAddress(), decimals: 18 },
  };
  return { alt, stsol, vault, auctionImpl, marketImpl, timelock, registry, tokensBySymbol };
}

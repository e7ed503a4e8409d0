// Gas of RollupRegistry.register: clone + the module's own initialise + vault authorisation, for the seed's request
// (two stake tokens, slot-auction mechanism), on the real StakeVault. Measured with the registry's test module until
// the real SlotAuction lands; the median is taken over registrations whose tokens are already allowed on the vault
// (the steady state). Also recorded: the first registration, which also allows both tokens (`@newTokens`), and the
// registry's own share, measured with a module whose initialise stores nothing (`@registryShare`).
import { expect } from "chai";
import { network } from "hardhat";
import { recordGas, gasOf } from "./record.js";
import {
  registryRequestFromJson,
  registryTestModuleParams,
  deployRegistryStack,
  SEED_EXECUTION_LAYER_REQ,
} from "../../test/utils/RegistryRequest.js";

const { ethers } = await network.connect();

async function registerGas(registry, owner, request) {
  const first = await gasOf(registry.connect(owner).register(request));
  const steady = [];
  for (let i = 0; i < 9; i++) steady.push(await gasOf(registry.connect(owner).register(request)));
  return { first, steady };
}

describe("RollupRegistry gas", function () {
  it("register (clone + init), seed request, test module", async function () {
    const [, governor, owner] = await ethers.getSigners();
    const { registry, tokensBySymbol } = await deployRegistryStack(ethers, governor);
    const request = registryRequestFromJson(SEED_EXECUTION_LAYER_REQ, tokensBySymbol, {
      mechanism: "slot-auction",
      params: registryTestModuleParams(32, 10n ** 18n),
    });
    const { first, steady } = await registerGas(registry, owner, request);
    recordGas("RollupRegistry.register@newTokens", [first]);
    // Recorded, not asserted: the target (<= 400k) is judged on the real SlotAuction in bench/results/gas.json.
    expect(recordGas("RollupRegistry.register", steady)).to.be.greaterThan(0);
  });

  it("register, registry's own share (module initialise stores nothing)", async function () {
    const [, governor, owner] = await ethers.getSigners();
    const { registry, timelock, tokensBySymbol } = await deployRegistryStack(ethers, governor);
    const noop = await ethers.deployContract("RegistryNoopModule");
    const data = registry.interface.encodeFunctionData("setImplementation", [ethers.id("baton.slot-auction"), noop.target]);
    await (await timelock.connect(governor).schedule(registry.target, 0, data, ethers.ZeroHash, ethers.ZeroHash, 3600)).wait();
    await ethers.provider.send("evm_increaseTime", [3600]);
    await (await timelock.connect(governor).execute(registry.target, 0, data, ethers.ZeroHash, ethers.ZeroHash)).wait();
    const request = registryRequestFromJson(SEED_EXECUTION_LAYER_REQ, tokensBySymbol, {
      mechanism: "slot-auction",
      params: registryTestModuleParams(32, 10n ** 18n),
    });
    const { steady } = await registerGas(registry, owner, request);
    expect(recordGas("RollupRegistry.register@registryShare", steady)).to.be.greaterThan(0);
  });
});

import { expect } from "chai";
import { network } from "hardhat";
import {
  registryRequestFromJson,
  registryTestModuleParams,
  deployRegistryStack,
  SEED_EXECUTION_LAYER_REQ,
  MECHANISM,
} from "../utils/RegistryRequest.js";

const { ethers, networkHelpers } = await network.connect();

describe("RollupRegistry flow", function () {
  let stack, governor, ownerA, ownerB, sequencer;

  before(async function () {
    [, governor, ownerA, ownerB, sequencer] = await ethers.getSigners();
    stack = await deployRegistryStack(ethers, governor);
  });

  async function registeredEvent(receipt) {
    const parsed = receipt.logs
      .filter((l) => l.address === stack.registry.target)
      .map((l) => stack.registry.interface.parseLog(l))
      .filter((e) => e && e.name === "RollupRegistered");
    expect(parsed).to.have.length(1);
    return parsed[0];
  }

  it("registers the seed's request and a block-market rollup, each with its own module", async function () {
    const { registry, vault, tokensBySymbol, auctionImpl } = stack;

    const seedRequest = registryRequestFromJson(SEED_EXECUTION_LAYER_REQ, tokensBySymbol, {
      mechanism: "slot-auction",
      params: registryTestModuleParams(32, 10n ** 18n),
    });
    const receiptA = await (await registry.connect(ownerA).register(seedRequest)).wait();
    const eventA = await registeredEvent(receiptA);
    expect(eventA.args.rollupId).to.equal(1n);
    expect(eventA.args.owner).to.equal(ownerA.address);
    expect(eventA.args.request.mechanism).to.equal(MECHANISM["slot-auction"]);
    expect(eventA.args.request.descriptor.daLayer).to.equal(1n); // celestia
    expect(eventA.args.request.tokens[1].minStake).to.equal(ethers.parseUnits("1000", 18));

    const marketJson = {
      ...SEED_EXECUTION_LAYER_REQ,
      da_layer: "ethereum",
      vm: "evm",
      type: "zk",
      purpose: "general",
      nb_sequencers: { min: 4, max: 64 },
      allowed_tokens: [{ sym: "ALT" }],
      min_stake_per_seq: [{ sym: "ALT", val: "250", weight: 2 }],
    };
    const marketRequest = registryRequestFromJson(marketJson, tokensBySymbol, {
      mechanism: "block-market",
      params: registryTestModuleParams(8, 5n),
    });
    const receiptB = await (await registry.connect(ownerB).register(marketRequest)).wait();
    const eventB = await registeredEvent(receiptB);
    expect(eventB.args.rollupId).to.equal(2n);
    expect(await registry.rollupCount()).to.equal(2n);

    const moduleA = eventA.args.module;
    const moduleB = eventB.args.module;
    expect(moduleA).to.not.equal(moduleB);
    expect(await vault.isModule(moduleA)).to.equal(true);
    expect(await vault.isModule(moduleB)).to.equal(true);
    expect(await vault.isTokenAllowed(tokensBySymbol.stSOL.address)).to.equal(true);

    // The module behind A is an EIP-1167 clone of the slot-auction implementation.
    const code = await ethers.provider.getCode(moduleA);
    expect(code.slice(0, 22)).to.equal("0x363d3d373d3d3d363d73");
    expect(ethers.getAddress("0x" + code.slice(22, 62))).to.equal(auctionImpl.target);

    const stored = await registry.rollup(2n);
    expect(stored.owner).to.equal(ownerB.address);
    expect(stored.module).to.equal(moduleB);
    expect(stored.mechanism).to.equal(MECHANISM["block-market"]);
    expect(stored.descriptor.rollupType).to.equal(1n); // zk
    expect(stored.minSequencers).to.equal(4n);
    expect(stored.maxSequencers).to.equal(64n);
    expect(stored.tokens).to.have.length(1);
    expect(stored.tokens[0].weight).to.equal(2n);
    expect(stored.tokens[0].minStake).to.equal(ethers.parseUnits("250", 18));

    const module = await ethers.getContractAt("RegistryTestModule", moduleB);
    expect(await module.rollupId()).to.equal(2n);
    expect(await module.rollupOwner()).to.equal(ownerB.address);
    expect(await module.governance()).to.equal(registry.target);
  });

  it("refuses a bad request with the error naming the field", async function () {
    const bad = registryRequestFromJson(SEED_EXECUTION_LAYER_REQ, stack.tokensBySymbol, {
      mechanism: "slot-auction",
      params: registryTestModuleParams(32, 1n),
    });
    bad.minSequencers = 5;
    bad.maxSequencers = 4;
    await expect(stack.registry.connect(ownerA).register(bad))
      .to.be.revertedWithCustomError(stack.registry, "RollupRegistryMinSequencersAboveMax")
      .withArgs(5, 4);
  });

  it("evicts a sequencer of rollup 1 through the timelock only", async function () {
    const { registry, timelock } = stack;
    await expect(registry.connect(governor).evict(1n, sequencer.address))
      .to.be.revertedWithCustomError(registry, "OwnableUnauthorizedAccount")
      .withArgs(governor.address);

    const data = registry.interface.encodeFunctionData("evict", [1n, sequencer.address]);
    const salt = ethers.id("evict-1");
    await (await timelock.connect(governor).schedule(registry.target, 0, data, ethers.ZeroHash, salt, 3600)).wait();
    await networkHelpers.time.increase(3600);
    await expect(timelock.connect(sequencer).execute(registry.target, 0, data, ethers.ZeroHash, salt))
      .to.emit(registry, "RollupParticipantEvicted")
      .withArgs(1n, sequencer.address);

    const moduleA = await ethers.getContractAt("RegistryTestModule", await registry.moduleOf(1n));
    const moduleB = await ethers.getContractAt("RegistryTestModule", await registry.moduleOf(2n));
    expect(await moduleA.isEvicted(sequencer.address)).to.equal(true);
    expect(await moduleB.isEvicted(sequencer.address)).to.equal(false);
  });
});

// Gas benchmark of the slot auction (npm run bench:gas). Keys:
// - SlotAuction.seal@5, .seal@50000, .sequencerOf@50000 (estimateGas of the view: 21k base included), from a sweep
//   of seal and sequencerOf over 5..50,000 bid entries;
// - SlotAuction.bid, .publishBatch, .settle, .claim: the steady state, i.e. 16 returning sequencers in their second
//   epoch (second bid, second settlement, second claim: the claimer already holds the reward token);
// - SlotAuction.bid@firstTime, .settle@firstTime: each sequencer's first-ever bid and settlement (fresh account,
//   lock and reward words); SlotAuction.claim@firstBalance: a first claim, which also creates the claimer's
//   reward-token balance (a cost of the token, not of the auction);
// - SlotAuction.*@cap4: the cap by stake (MECHANISM §3.4a) at maxSequencers = 4, in a second epoch of 5 returning
//   sequencers: bid@cap4 (a first bid into a free place), bid@cap4Displacing (a bid that displaces the smallest of
//   four full places), bid@cap4LaterEntry (a placed sequencer's second entry), seal@cap4, sequencerOf@cap4,
//   publishBatch@cap4 and settle@cap4.
// The auction is deployed as the registry does: an EIP-1167 clone with immutable arguments of the implementation (whose views extension
// answers the read-only calls), initialised, authorised on the vault.
// The full sweep (5, 50, 500, 5,000, 50,000 entries) is also written whole to bench/results/sequencerOf-sweep.json:
// per size the deployer's bid after the fill (a first-time bid on a fresh auction, so not the steady-state
// SlotAuction.bid), the seal, and sequencerOf's median and maximum over every third slot.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { network } from "hardhat";
import { recordGas, gasOf, median } from "./record.js";

const { ethers } = await network.connect({
  override: { blockGasLimit: 2_000_000_000n, hardfork: "prague", allowBlocksWithSameTimestamp: true },
});

const CHUNK = 4_000; // delegated entries per filler transaction
const NO_SEQUENCER_CAP = 2 ** 32 - 1; // `maxSequencers` of an auction without a sequencer cap (SlotAuctionViews)
// BATON_SWEEP="5,50" limits the sweep (for quick local runs); the recorded figures need the full one.
const SWEEP = (process.env.BATON_SWEEP ?? "5,50,500,5000,50000").split(",").map(Number);

async function mineTo(block) {
  const now = await ethers.provider.getBlockNumber();
  if (block > now) await ethers.provider.send("hardhat_mine", ["0x" + (block - now).toString(16)]);
}

// Creation code of an EIP-1167 clone carrying immutable arguments (the registry's `Clones.cloneWithImmutableArgs`).
function cloneCode(impl, args) {
  const len = (args.length - 2) / 2 + 0x2d;
  return "0x61" + len.toString(16).padStart(4, "0") + "3d81600a3d39f3363d3d373d3d3d363d73" + impl.slice(2).toLowerCase()
    + "5af43d82803e903d91602b57fd5bf3" + args.slice(2);
}

// The common header of a module's arguments (ModuleArgs): nb_sequencers, token count, 48 bytes per token.
function argsHead(init) {
  return ethers.solidityPacked(
    ["uint32", "uint32", "uint8", ...init.tokens.flatMap(() => ["address", "uint128", "uint96"])],
    [init.minSequencers, init.maxSequencers, init.tokens.length, ...init.tokens.flatMap((t) => [t.token, t.minStake, t.weight])],
  );
}

describe("SlotAuction gas", function () {
  this.timeout(90 * 60_000); // the 50,000-entry fill takes long on a loaded 2-core machine
  let deployer, token, reward, vault, impl, iface;

  async function newAuction(params, minSeq = 1, maxSeq = NO_SEQUENCER_CAP) {
    const init = {
      vault: await vault.getAddress(),
      governance: deployer.address,
      rollupOwner: deployer.address,
      rollupId: 1,
      tokens: [{ token: await token.getAddress(), minStake: 1n, weight: 1n }],
      minSequencers: minSeq,
      maxSequencers: maxSeq,
    };
    const p = ethers.AbiCoder.defaultAbiCoder().encode(
      ["tuple(uint64,uint16,uint32,uint32,uint32,uint32,uint32,uint128,uint32,address,uint128,uint128,uint32,bool)"],
      [[
        params.genesis, params.e, params.slotLength, params.bidWindow, params.sealWindow, 100, 100,
        10n ** 18n, 59_999, await reward.getAddress(), 10n ** 18n, 10n ** 20n, 10, false,
      ]],
    );
    const tail = await new ethers.Contract(await impl.getAddress(), iface, deployer).cloneArgsTail(init, p);
    const tx = await deployer.sendTransaction({ data: cloneCode(await impl.getAddress(), ethers.concat([argsHead(init), tail])) });
    const addr = (await tx.wait()).contractAddress;
    const auction = new ethers.Contract(addr, iface, deployer);
    await (await auction.initialize(init, p)).wait();
    // Authorised as the registry authorises a slot auction: a zero slashing horizon (it never slashes).
    await (await vault.authoriseModule(addr, 0)).wait();
    return auction;
  }

  // Signers 1..n, each with 1,000 stake tokens deposited in the vault.
  async function stakedSigners(n) {
    const signers = (await ethers.getSigners()).slice(1, 1 + n);
    for (const s of signers) {
      await (await token.mint(s.address, 10n ** 21n)).wait();
      await (await token.connect(s).approve(await vault.getAddress(), 10n ** 21n)).wait();
      await (await vault.connect(s).deposit(await token.getAddress(), 10n ** 21n)).wait();
    }
    return signers;
  }

  // Epoch length D = e·L = 640 blocks: bids [0, 100), seal [100, 110), e = 32 slots of L = 20 blocks from 110,
  // settlement 100 blocks after the last slot. Slots are 20 blocks long so that other transactions fit between
  // publications. Genesis is 5 blocks ahead.
  const e = 32;
  const L = 20;
  const D = e * L;
  async function newTwentyBlockSlotAuction(minSeq, maxSeq) {
    const genesis = (await ethers.provider.getBlockNumber()) + 5;
    const a = await newAuction({ genesis, e, slotLength: L, bidWindow: 100, sealWindow: 10 }, minSeq, maxSeq);
    return { a, genesis };
  }

  before(async function () {
    [deployer] = await ethers.getSigners();
    token = await ethers.deployContract("BatonToken", ["Stake", "STK", deployer.address]);
    reward = await ethers.deployContract("BatonToken", ["Reward", "RWD", deployer.address]);
    vault = await ethers.deployContract("StakeVault", [deployer.address, 64]);
    await (await vault.setTokenAllowed(await token.getAddress(), true)).wait();
    // The deployer authorises modules as the registry does (owner powers close with the first deposit).
    await (await vault.setAuthoriser(deployer.address)).wait();
    const views = await ethers.deployContract("SlotAuctionViews");
    impl = await ethers.deployContract("SlotAuction", [await views.getAddress()]);
    const full = await ethers.getContractAt("ISlotAuctionFull", await impl.getAddress());
    iface = full.interface;
  });

  it("sweeps seal and sequencerOf over 5..50,000 entries", async function () {
    const filler = await ethers.deployContract("AuctionBenchFiller");
    const fillerAddr = await filler.getAddress();
    await (await token.mint(fillerAddr, 10n ** 30n)).wait();
    await (await filler.deposit(await vault.getAddress(), await token.getAddress(), 10n ** 30n)).wait();
    // The deployer places one ordinary bid after each fill, to show bid gas does not grow with the entries.
    await (await token.mint(deployer.address, 10n ** 24n)).wait();
    await (await token.approve(await vault.getAddress(), 10n ** 24n)).wait();
    await (await vault.deposit(await token.getAddress(), 10n ** 24n)).wait();
    const rows = [];
    for (const n of SWEEP) {
      const start = (await ethers.provider.getBlockNumber()) + 5;
      const a = await newAuction({ genesis: start, e: 32, slotLength: 64, bidWindow: 1_000, sealWindow: 10 });
      await mineTo(start);
      for (let done = 0; done < n; done += CHUNK) {
        const k = Math.min(CHUNK, n - done);
        // Stakes vary per entry (1..7 tokens) so the line is not uniform.
        await (await filler.fill(await a.getAddress(), 0, await token.getAddress(), k,
          10n ** 18n * BigInt(1 + (done % 7)), { gasLimit: 1_900_000_000n })).wait();
      }
      const bidAfter = await gasOf(a.bid(0, await token.getAddress(), 10n ** 18n));
      await mineTo(start + 1_000); // the seal is mined at bidEnd + 1, the first block that may seal
      const seal = await gasOf(a.seal(0));
      const views = [];
      for (let t = 0; t < 32; t += 3) views.push(await a.sequencerOf.estimateGas(0, t));
      const seqOf = median(views);
      rows.push({ entries: n, bid: Number(bidAfter), seal: Number(seal), sequencerOf: seqOf, sequencerOfMax: Math.max(...views.map(Number)) });
      if (n === 5) recordGas("SlotAuction.seal@5", [seal]);
      if (n === 50_000) {
        recordGas("SlotAuction.seal@50000", [seal]);
        recordGas("SlotAuction.sequencerOf@50000", views);
      }
    }
    console.table(rows);
    if (process.env.BATON_SWEEP === undefined) {
      const sweep = {};
      for (const r of rows) {
        sweep[`SlotAuction.bidAfterFill@${r.entries}`] = r.bid; // a first-time bid (new auction, new entry words)
        sweep[`SlotAuction.seal@${r.entries}`] = r.seal;
        sweep[`SlotAuction.sequencerOf@${r.entries}`] = r.sequencerOf;
        sweep[`SlotAuction.sequencerOfMax@${r.entries}`] = r.sequencerOfMax;
      }
      writeFileSync(path.resolve("bench/results/sequencerOf-sweep.json"), JSON.stringify(sweep, null, 2) + "\n");
    }
  });

  it("measures bid, publishBatch, settle and claim over two epochs of 16 sequencers", async function () {
    // Steady state is the second epoch: every sequencer bids, publishes, settles and claims again. The first
    // epoch (first-ever bid, settlement and claim of each sequencer, and a claimer holding no reward token yet)
    // is recorded under the `@firstTime` / `@firstBalance` keys.
    const signers = await stakedSigners(16);
    const { a, genesis } = await newTwentyBlockSlotAuction();
    await (await reward.mint(deployer.address, 10n ** 24n)).wait();
    await (await reward.approve(await a.getAddress(), 10n ** 24n)).wait();
    await (await a.fundRewards(10n ** 23n)).wait();
    const stakeToken = await token.getAddress();
    const bySigner = new Map(signers.map((s) => [s.address, s]));
    const g = { bid: [[], []], publish: [[], []], settle: [[], []], claim: [[], []] };

    const bidAll = async (epoch) => {
      for (const [i, s] of signers.entries()) {
        g.bid[epoch].push(await gasOf(a.connect(s).bid(epoch, stakeToken, 10n ** 18n * BigInt(10 + i))));
      }
    };
    const settleAll = async (epoch) => {
      for (let j = 0; j < signers.length; j++) {
        const [, n] = await a.slotsOf(epoch, j);
        if (n === 0n) continue;
        // Entry j of each epoch is signer j's bid.
        g.settle[epoch].push(await gasOf(a.connect(signers[j]).settle(epoch, j)));
      }
    };
    const claimAll = async (epoch) => {
      for (const s of signers) {
        if ((await a.claimable(s.address)) === 0n) continue;
        g.claim[epoch].push(await gasOf(a.connect(s).claim()));
      }
    };
    // Publishes every slot of `epoch` through its owner; `between(t)` runs after slot t's publication (it must
    // take fewer than L - 1 blocks).
    const publishAll = async (epoch, between) => {
      const slotStart = genesis + epoch * D + 110;
      for (let t = 0; t < e; t++) {
        const owner = await a.sequencerOf(epoch, t);
        const entry = await a.entryOfSlot(epoch, t);
        await mineTo(slotStart + t * L - 1);
        const tx = a.connect(bySigner.get(owner)).publishBatch(epoch, t, entry, ethers.id(`batch-${epoch}-${t}`));
        g.publish[epoch].push(await gasOf(tx));
        await between(t);
      }
    };

    await mineTo(genesis);
    await bidAll(0);
    await mineTo(genesis + 100);
    await (await a.seal(0)).wait();
    // Epoch 1's bids open at block D, during epoch 0's slot 27 (110 + 27·20 = 650 >= 640).
    await publishAll(0, async (t) => {
      if (t === 27) await bidAll(1);
    });
    await mineTo(genesis + D + 100);
    await (await a.seal(1)).wait();
    // Epoch 0's settlement window opens with epoch 1's first slot: settle and claim between its slots.
    const pending = [() => settleAll(0), () => claimAll(0)];
    await publishAll(1, async () => {
      const next = pending.shift();
      if (next) await next();
    });
    await mineTo(genesis + D + 110 + e * L);
    await settleAll(1);
    await claimAll(1);

    console.log(`      bid: first epoch ${median(g.bid[0])}, second epoch ${median(g.bid[1])}`);
    recordGas("SlotAuction.bid", g.bid[1]);
    recordGas("SlotAuction.bid@firstTime", g.bid[0]);
    recordGas("SlotAuction.publishBatch", [...g.publish[0], ...g.publish[1]]);
    recordGas("SlotAuction.settle", g.settle[1]);
    recordGas("SlotAuction.settle@firstTime", g.settle[0]);
    // Second claim: the claimer already holds the reward token from the first one.
    recordGas("SlotAuction.claim", g.claim[1]);
    recordGas("SlotAuction.claim@firstBalance", g.claim[0]);
  });

  it("measures the cap by stake at maxSequencers = 4 (displacement, seal, lookup, publication, settlement)", async function () {
    // Five of the 16 sequencers of the previous test (their vault positions and lock slots exist: returning stakers).
    const signers = await stakedSigners(5);
    const { a, genesis } = await newTwentyBlockSlotAuction(1, 4);
    const stakeToken = await token.getAddress();
    const bySigner = new Map(signers.map((s) => [s.address, s]));
    const g = { bid: [], displacing: [], later: [], seal: [], lookup: [], publish: [], settle: [] };
    // Each epoch: four sequencers take the places (10..13 tokens), the fifth displaces the smallest (20), the
    // second adds an entry. Epoch 0 warms the accounts and the epoch-independent words; epoch 1 is measured.
    const bids = async (epoch) => {
      for (let i = 0; i < 4; i++) {
        const gas = await gasOf(a.connect(signers[i]).bid(epoch, stakeToken, 10n ** 18n * BigInt(10 + i)));
        if (epoch === 1) g.bid.push(gas);
      }
      const d = await gasOf(a.connect(signers[4]).bid(epoch, stakeToken, 10n ** 19n * 2n));
      const l = await gasOf(a.connect(signers[1]).bid(epoch, stakeToken, 10n ** 18n));
      if (epoch === 1) {
        g.displacing.push(d);
        g.later.push(l);
      }
    };
    // Epoch 0 only bids and seals (its slots would overlap epoch 1's bidding window).
    await mineTo(genesis);
    await bids(0);
    await mineTo(genesis + 100);
    await (await a.seal(0)).wait();
    for (const epoch of [1]) {
      await mineTo(genesis + epoch * D);
      await bids(epoch);
      await mineTo(genesis + epoch * D + 100);
      const sealGas = await gasOf(a.seal(epoch));
      const slotStart = genesis + epoch * D + 110;
      const owners = [];
      for (let t = 0; t < e; t++) {
        const owner = await a.sequencerOf(epoch, t);
        if (epoch === 1 && t % 3 === 0) g.lookup.push(await a.sequencerOf.estimateGas(epoch, t));
        const entry = await a.entryOfSlot(epoch, t);
        owners.push([owner, entry]);
        await mineTo(slotStart + t * L - 1);
        const gas = await gasOf(a.connect(bySigner.get(owner)).publishBatch(epoch, t, entry, ethers.id(`cap-${epoch}-${t}`)));
        if (epoch === 1) g.publish.push(gas);
      }
      await mineTo(slotStart + e * L);
      const settled = new Set();
      for (const [owner, entry] of owners) {
        if (settled.has(entry)) continue;
        settled.add(entry);
        const gas = await gasOf(a.connect(bySigner.get(owner)).settle(epoch, entry));
        if (epoch === 1) g.settle.push(gas);
      }
      if (epoch === 1) g.seal.push(sealGas);
    }
    recordGas("SlotAuction.bid@cap4", g.bid);
    recordGas("SlotAuction.bid@cap4Displacing", g.displacing);
    recordGas("SlotAuction.bid@cap4LaterEntry", g.later);
    recordGas("SlotAuction.seal@cap4", g.seal);
    recordGas("SlotAuction.sequencerOf@cap4", g.lookup);
    recordGas("SlotAuction.publishBatch@cap4", g.publish);
    recordGas("SlotAuction.settle@cap4", g.settle);
  });
});

// Gas benchmark of the slot auction (npm run bench:gas). Keys: SlotAuction.bid, .seal@5, .seal@50000,
// .sequencerOf@50000 (estimateGas of the view: 21k base included), .publishBatch, .settle, .claim; plus a sweep of
// seal and sequencerOf over 5..50,000 bid entries. The auction is deployed as the registry does: an EIP-1167 clone
// of the implementation (whose views extension answers the read-only calls), initialised, authorised on the vault.
import { network } from "hardhat";
import { recordGas, gasOf, median } from "./record.js";

const { ethers } = await network.connect({
  override: { blockGasLimit: 2_000_000_000n, hardfork: "prague", allowBlocksWithSameTimestamp: true },
});

const CHUNK = 4_000; // delegated entries per filler transaction
const SWEEP = [5, 50, 500, 5_000, 50_000];

async function mineTo(block) {
  const now = await ethers.provider.getBlockNumber();
  if (block > now) await ethers.provider.send("hardhat_mine", ["0x" + (block - now).toString(16)]);
}

function cloneCode(impl) {
  return "0x3d602d80600a3d3981f3363d3d373d3d3d363d73" + impl.slice(2).toLowerCase() + "5af43d82803e903d91602b57fd5bf3";
}

describe("SlotAuction gas", function () {
  this.timeout(20 * 60_000);
  let deployer, token, reward, vault, impl, iface;

  async function newAuction(params, minSeq = 1, maxSeq = 60_000) {
    const tx = await deployer.sendTransaction({ data: cloneCode(await impl.getAddress()) });
    const addr = (await tx.wait()).contractAddress;
    const auction = new ethers.Contract(addr, iface, deployer);
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
        10n ** 18n, 59_048, await reward.getAddress(), 10n ** 18n, 10n ** 20n, 10, false,
      ]],
    );
    await (await auction.initialize(init, p)).wait();
    await (await vault.setModule(addr, true)).wait();
    return auction;
  }

  before(async function () {
    [deployer] = await ethers.getSigners();
    token = await ethers.deployContract("BatonToken", ["Stake", "STK", deployer.address]);
    reward = await ethers.deployContract("BatonToken", ["Reward", "RWD", deployer.address]);
    vault = await ethers.deployContract("StakeVault", [deployer.address, 64]);
    await (await vault.setTokenAllowed(await token.getAddress(), true)).wait();
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
        await (await filler.fill(await a.getAddress(), 0, await token.getAddress(), 0x10000 + done, k,
          10n ** 18n * BigInt(1 + (done % 7)), { gasLimit: 1_900_000_000n })).wait();
      }
      const bidAfter = await gasOf(a.bid(0, await token.getAddress(), 10n ** 18n));
      await mineTo(start + 1_000 - 1);
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
  });

  it("measures bid, publishBatch, settle and claim in a 16-sequencer epoch", async function () {
    const signers = (await ethers.getSigners()).slice(1, 17);
    for (const s of signers) {
      await (await token.mint(s.address, 10n ** 21n)).wait();
      await (await token.connect(s).approve(await vault.getAddress(), 10n ** 21n)).wait();
      await (await vault.connect(s).deposit(await token.getAddress(), 10n ** 21n)).wait();
    }
    const e = 32;
    const genesis = (await ethers.provider.getBlockNumber()) + 5;
    const a = await newAuction({ genesis, e, slotLength: 1, bidWindow: 24, sealWindow: 4 });
    await (await reward.mint(deployer.address, 10n ** 24n)).wait();
    await (await reward.approve(await a.getAddress(), 10n ** 24n)).wait();
    await (await a.fundRewards(10n ** 23n)).wait();
    const bids = { first: [], again: [] };
    for (const [epoch, key] of [[0, "first"], [1, "again"]]) {
      await mineTo(genesis + epoch * e);
      for (const [i, s] of signers.entries()) {
        bids[key].push(await gasOf(a.connect(s).bid(epoch, await token.getAddress(), 10n ** 18n * BigInt(10 + i))));
      }
      await mineTo(genesis + epoch * e + 24);
      await (await a.seal(epoch)).wait();
    }
    // Epoch 1: publish every slot through its owner, settle every entry, claim.
    const bySigner = new Map(signers.map((s) => [s.address, s]));
    const slotStart = genesis + e + 28;
    const publish = [];
    for (let t = 0; t < e; t++) {
      const owner = await a.sequencerOf(1, t);
      const entry = await a.entryOfSlot(1, t);
      await mineTo(slotStart + t - 1);
      publish.push(await gasOf(a.connect(bySigner.get(owner)).publishBatch(1, t, entry, ethers.id(`batch-${t}`))));
    }
    await mineTo(slotStart + e - 1);
    const settle = [];
    const claim = [];
    for (let j = 0; j < signers.length; j++) {
      const [, n] = await a.slotsOf(1, j);
      if (n === 0n) continue;
      settle.push(await gasOf(a.connect(signers[j]).settle(1, j)));
    }
    for (const s of signers) {
      if ((await a.claimable(s.address)) === 0n) continue;
      claim.push(await gasOf(a.connect(s).claim()));
    }
    console.log(`      bid (first bid ever of each sequencer) median ${median(bids.first)}; bid (returning) median ${median(bids.again)}`);
    recordGas("SlotAuction.bid", [...bids.first, ...bids.again]);
    recordGas("SlotAuction.publishBatch", publish);
    recordGas("SlotAuction.settle", settle);
    recordGas("SlotAuction.claim", claim);
  });
});

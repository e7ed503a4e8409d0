// Shared test vectors of the slot allocation (test/vectors/slot-allocation.json) checked against the Solidity
// library. The file is written by the independent JavaScript model (test/vectors/generate-slot-allocation.js,
// from the spec, never from the code it checks); the Java mirror (dev.baton.allocation) asserts the same file.
import { network } from "hardhat";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { render } from "./generate-slot-allocation.js";

const { ethers } = await network.connect();
const FILE = path.resolve("test/vectors/slot-allocation.json");

async function compute(c) {
  const h = await ethers.deployContract("AuctionAllocationHarness");
  await (await h.append(c.stakes)).wait();
  const e = c.slotsPerEpoch;
  const offsets = [];
  for (let m = 0; m < e; m++) offsets.push((await h.offset(c.seed, m)).toString());
  const permutation = [];
  for (let t = 0; t < e; t++) permutation.push(Number(await h.permute(c.seed, e, t)));
  const schedule = [];
  for (let from = 0; from < e; from += 512) {
    schedule.push(...(await h.scheduleRange(c.seed, e, from, Math.min(e, from + 512))).map(Number));
  }
  const items = [];
  for (let j = 0; j < c.stakes.length; j++) {
    const [first, count] = await h.itemsOf(c.seed, e, j);
    items.push([Number(first), Number(count)]);
  }
  const inverse = [];
  for (let m = 0; m < e; m++) inverse.push(Number(await h.slotOfItem(c.seed, e, m)));
  return { name: c.name, seed: c.seed, slotsPerEpoch: e, stakes: c.stakes, total: Number(await h.total()), offsets,
    permutation, items, schedule, inverse };
}

describe("SlotAllocation shared vectors", function () {
  this.timeout(10 * 60_000);

  it("the committed file is exactly what the independent model writes", function () {
    assert.equal(readFileSync(FILE, "utf8"), render());
  });

  it("the Solidity library reproduces every case of slot-allocation.json", async function () {
    const file = JSON.parse(readFileSync(FILE, "utf8"));
    assert.equal(file.version, 2);
    assert.ok(file.cases.length >= 13);
    for (const c of file.cases) {
      const { inverse, ...got } = await compute(c);
      assert.deepEqual(got, c, `case ${c.name}`);
      for (let t = 0; t < c.slotsPerEpoch; t++) assert.equal(inverse[c.permutation[t]], t, `${c.name}: slotOfItem`);
      assert.equal(c.items.reduce((a, [, n]) => a + n, 0), c.slotsPerEpoch);
    }
  });
});

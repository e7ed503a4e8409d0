// Shared test vectors of the slot allocation (test/vectors/slot-allocation.json), checked against the Solidity
// library; the Java mirror (dev.baton.allocation) asserts the same file. Regenerate with
//   BATON_WRITE_VECTORS=1 npx hardhat test mocha test/vectors/SlotAllocationVectors.test.js
// (the file is written from the library's own outputs; the format is described in test/vectors/README.md).
import { network } from "hardhat";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const { ethers } = await network.connect();
const FILE = path.resolve("test/vectors/slot-allocation.json");

function rng(seed) {
  let x = BigInt(seed);
  return () => {
    x = BigInt(ethers.keccak256(ethers.toBeHex(x, 32)));
    return x;
  };
}

function key64(label) {
  // The auction keys the allocation with bytes32(uint256(seed)) where seed is a uint64.
  return ethers.toBeHex(BigInt(ethers.id(label)) & ((1n << 64n) - 1n), 32);
}

function caseSpecs() {
  const r = rng(42);
  const rand = (n, max) => Array.from({ length: n }, () => Number((r() % BigInt(max)) + 1n));
  return [
    { name: "three-bidders-e8", seed: key64("three"), slotsPerEpoch: 8, stakes: [50, 30, 20] },
    { name: "single-entry-e1", seed: key64("single"), slotsPerEpoch: 1, stakes: [7] },
    { name: "single-entry-e32", seed: key64("single32"), slotsPerEpoch: 32, stakes: [123] },
    { name: "ten-random-e32", seed: key64("ten"), slotsPerEpoch: 32, stakes: rand(10, 1_000) },
    { name: "whale-and-minnow-e64", seed: key64("whale"), slotsPerEpoch: 64, stakes: [1, 1_000_000, 3] },
    { name: "twenty-random-e100", seed: key64("twenty"), slotsPerEpoch: 100, stakes: rand(20, 50_000) },
    { name: "equal-stakes-e10", seed: key64("equal"), slotsPerEpoch: 10, stakes: Array(7).fill(5) },
    { name: "hundred-random-e1024", seed: key64("hundred"), slotsPerEpoch: 1024, stakes: rand(100, 100_000) },
    { name: "zero-key-e16", seed: ethers.ZeroHash, slotsPerEpoch: 16, stakes: [3, 1, 4, 1, 5, 9, 2, 6] },
    // Cycle walking (e not a power of two), a slot count below the entry count, a full 256-bit key and the largest
    // stakes an epoch can hold (a total near MAX_TOTAL = 2^24 - 1).
    { name: "cycle-walk-e17", seed: ethers.toBeHex(0x1234567890abcdef12345678n, 32), slotsPerEpoch: 17, stakes: [7, 1, 30, 12, 3] },
    { name: "fewer-slots-than-entries-e3", seed: ethers.toBeHex(2n, 32), slotsPerEpoch: 3, stakes: [7, 1, 30, 12, 3] },
    { name: "fifty-random-e1000", seed: key64("fifty"), slotsPerEpoch: 1000, stakes: rand(50, 300_000) },
    { name: "full-key-near-max-total-e5000", seed: ethers.toBeHex(ethers.MaxUint256, 32), slotsPerEpoch: 5000,
      stakes: [3_254_211, 3_237_330, 2_146_450, 1_494_653, 3_157_167, 698_903, 2_788_000] },
  ];
}

async function compute(spec) {
  const h = await ethers.deployContract("AuctionAllocationHarness");
  await (await h.append(spec.stakes)).wait();
  const e = spec.slotsPerEpoch;
  const offset = await h.offset(spec.seed);
  const permutation = [];
  for (let t = 0; t < e; t++) permutation.push(Number(await h.permute(spec.seed, e, t)));
  const schedule = (await h.schedule(spec.seed, e)).map(Number);
  const items = [];
  for (let j = 0; j < spec.stakes.length; j++) {
    const [first, count] = await h.itemsOf(spec.seed, e, j);
    items.push([Number(first), Number(count)]);
  }
  return { ...spec, total: spec.stakes.reduce((a, b) => a + b, 0), offset: offset.toString(), permutation, items, schedule };
}

describe("SlotAllocation shared vectors", function () {
  this.timeout(10 * 60_000);

  it("the library reproduces every case of slot-allocation.json", async function () {
    if (process.env.BATON_WRITE_VECTORS === "1") {
      const cases = [];
      for (const spec of caseSpecs()) cases.push(await compute(spec));
      // One line per array of numbers keeps the file readable.
      const text = JSON.stringify({ version: 1, cases }, null, 1).replace(/\[[\d,\s]*\]/g, (a) => a.replace(/\s+/g, ""));
      writeFileSync(FILE, text + "\n");
    }
    const file = JSON.parse(readFileSync(FILE, "utf8"));
    assert.equal(file.version, 1);
    assert.ok(file.cases.length >= 5);
    for (const c of file.cases) {
      const got = await compute({ name: c.name, seed: c.seed, slotsPerEpoch: c.slotsPerEpoch, stakes: c.stakes });
      assert.deepEqual(got, c, `case ${c.name}`);
      // Internal consistency the Java side relies on too.
      assert.equal(c.schedule.length, c.slotsPerEpoch);
      assert.equal(c.items.reduce((a, [, n]) => a + n, 0), c.slotsPerEpoch);
      for (let t = 0; t < c.slotsPerEpoch; t++) {
        const [first, n] = c.items[c.schedule[t]];
        assert.ok(c.permutation[t] >= first && c.permutation[t] < first + n);
      }
    }
  });
});

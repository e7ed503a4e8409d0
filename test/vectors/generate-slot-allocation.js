// Independent model of the slot allocation (MECHANISM.md §3.2, test/vectors/README.md), written from the spec in
// plain JavaScript with ethers' keccak256 and BigInt: it never calls the Solidity library or the Java mirror, which
// are both checked against what it writes.
//
//   node test/vectors/generate-slot-allocation.js          writes test/vectors/slot-allocation.json
//   node test/vectors/generate-slot-allocation.js --check  exits 1 if the file differs from the model
import { keccak256, concat, toBeHex, zeroPadValue, toUtf8Bytes, id, MaxUint256, ZeroHash } from "ethers";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const ROUNDS = 12;
const FILE = path.resolve(import.meta.dirname, "slot-allocation.json");
const OFFSET_TAG = toUtf8Bytes("offset");

const word = (v) => zeroPadValue(toBeHex(v), 32);
const u16 = (v) => zeroPadValue(toBeHex(v), 2);

/** u_m = uint256(keccak256(key ‖ "offset" ‖ uint16(m))) mod S. */
export function itemOffset(key, total, m) {
  return BigInt(keccak256(concat([key, OFFSET_TAG, u16(m)]))) % BigInt(total);
}

/** Smallest k >= 2 with 2^k >= e. */
export function domainBits(e) {
  let k = 2;
  while (2 ** k < e) k++;
  return k;
}

/** F(i, v) = uint256(keccak256(key ‖ uint256(i << 32 | v))). */
function roundFunction(key, i, v) {
  return BigInt(keccak256(concat([key, word((BigInt(i) << 32n) | BigInt(v))])));
}

function encrypt(key, k, x, cache) {
  const s = Math.floor(k / 2);
  for (let i = 0; i < ROUNDS; i++) {
    const b = i % 2 === 0 ? s : k - s; // right half width
    const r = x & ((1 << b) - 1);
    const l = x >> b;
    const ck = i * 65536 + r;
    let f = cache.get(ck);
    if (f === undefined) {
      f = Number(roundFunction(key, i, r) & 0xffffn);
      cache.set(ck, f);
    }
    x = (r << (k - b)) | ((l ^ f) & ((1 << (k - b)) - 1));
  }
  return x;
}

/** π(t) for every slot t: the Feistel network cycle-walked into [0, e). */
export function permutation(key, e) {
  const k = domainBits(e);
  const cache = new Map();
  const out = [];
  for (let t = 0; t < e; t++) {
    let x = t;
    do x = encrypt(key, k, x, cache);
    while (x >= e);
    out.push(x);
  }
  return out;
}

/** Everything a vector records, from the spec alone. */
export function computeCase(spec) {
  const { seed, slotsPerEpoch: e, stakes } = spec;
  const S = stakes.reduce((a, b) => a + b, 0);
  const ends = [];
  let c = 0;
  for (const a of stakes) ends.push((c += a));
  const offsets = [];
  const positions = [];
  for (let m = 0; m < e; m++) {
    const u = itemOffset(seed, S, m);
    offsets.push(u.toString());
    positions.push(Number((BigInt(m) * BigInt(S) + u) / BigInt(e)));
  }
  const ownerOfItem = positions.map((x) => ends.findIndex((end) => end > x));
  const items = stakes.map((_, j) => {
    const mine = ownerOfItem.map((o, m) => (o === j ? m : -1)).filter((m) => m >= 0);
    return [mine.length ? mine[0] : firstAfter(ownerOfItem, j), mine.length];
  });
  const perm = permutation(seed, e);
  const schedule = perm.map((m) => ownerOfItem[m]);
  return { name: spec.name, seed, slotsPerEpoch: e, stakes, total: S, offsets, permutation: perm, items, schedule };
}

/** An entry with no items: `first` is the number of items owned by earlier entries. */
function firstAfter(ownerOfItem, j) {
  return ownerOfItem.filter((o) => o < j).length;
}

function rng(seed) {
  let x = BigInt(seed);
  return () => {
    x = BigInt(keccak256(word(x)));
    return x;
  };
}

function key64(label) {
  // The auction keys the allocation with bytes32(uint256(seed)) where seed is a uint64.
  return word(BigInt(id(label)) & ((1n << 64n) - 1n));
}

export function caseSpecs() {
  const r = rng(42);
  const rand = (n, max) => Array.from({ length: n }, () => Number((r() % BigInt(max)) + 1n));
  // A 30 % party in 32 pieces of 0.3 slot interleaved with 32 honest entries (e = 32), the sybil of MECHANISM §3.2.
  const interleaved = [];
  for (let i = 0; i < 32; i++) interleaved.push(30, 70);
  return [
    { name: "three-bidders-e8", seed: key64("three"), slotsPerEpoch: 8, stakes: [50, 30, 20] },
    { name: "single-entry-e1", seed: key64("single"), slotsPerEpoch: 1, stakes: [7] },
    { name: "single-entry-e32", seed: key64("single32"), slotsPerEpoch: 32, stakes: [123] },
    { name: "ten-random-e32", seed: key64("ten"), slotsPerEpoch: 32, stakes: rand(10, 1_000) },
    { name: "whale-and-minnow-e64", seed: key64("whale"), slotsPerEpoch: 64, stakes: [1, 1_000_000, 3] },
    { name: "twenty-random-e100", seed: key64("twenty"), slotsPerEpoch: 100, stakes: rand(20, 50_000) },
    { name: "equal-stakes-e10", seed: key64("equal"), slotsPerEpoch: 10, stakes: Array(7).fill(5) },
    { name: "hundred-random-e1024", seed: key64("hundred"), slotsPerEpoch: 1024, stakes: rand(100, 100_000) },
    { name: "zero-key-e16", seed: ZeroHash, slotsPerEpoch: 16, stakes: [3, 1, 4, 1, 5, 9, 2, 6] },
    // Cycle walking (e not a power of two), a slot count below the entry count, a full 256-bit key and the largest
    // stakes an epoch can hold (a total near MAX_TOTAL = 2^24 - 1).
    { name: "cycle-walk-e17", seed: toBeHex(0x1234567890abcdef12345678n, 32), slotsPerEpoch: 17, stakes: [7, 1, 30, 12, 3] },
    { name: "fewer-slots-than-entries-e3", seed: toBeHex(2n, 32), slotsPerEpoch: 3, stakes: [7, 1, 30, 12, 3] },
    { name: "fifty-random-e1000", seed: key64("fifty"), slotsPerEpoch: 1000, stakes: rand(50, 300_000) },
    { name: "full-key-near-max-total-e5000", seed: toBeHex(MaxUint256, 32), slotsPerEpoch: 5000,
      stakes: [3_254_211, 3_237_330, 2_146_450, 1_494_653, 3_157_167, 698_903, 2_788_000] },
    { name: "interleaved-sybil-e32", seed: key64("sybil"), slotsPerEpoch: 32, stakes: interleaved },
    { name: "odd-domain-e2", seed: key64("two"), slotsPerEpoch: 2, stakes: [1, 1] },
  ];
}

export function render() {
  const cases = caseSpecs().map(computeCase);
  // One line per array keeps the file readable.
  const text = JSON.stringify({ version: 2, rounds: ROUNDS, cases }, null, 1)
    .replace(/\[[^\[\]{}]*\]/g, (a) => a.replace(/\s+/g, ""));
  return text + "\n";
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = render();
  if (process.argv.includes("--check")) {
    const same = readFileSync(FILE, "utf8") === text;
    console.log(same ? "slot-allocation.json matches the model" : "slot-allocation.json differs from the model");
    process.exit(same ? 0 : 1);
  }
  writeFileSync(FILE, text);
  console.log(`wrote ${FILE}`);
}

// Records gas figures measured by the gas benchmarks (bench/gas/*.bench.js).
// Each figure is the median of the receipts' gasUsed (execution gas including the 21,000 base),
// the same quantity `hardhat test --gas-stats` reports. Figures go to one part file per process;
// scripts/bench-gas.js merges the parts into bench/results/gas.json.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";

const partsDir = process.env.BATON_GAS_PARTS ?? path.resolve("bench/results/.parts");
const partFile = path.join(partsDir, `part-${process.pid}.json`);

/** Median of a list of numbers or bigints, as a Number. */
export function median(values) {
  if (values.length === 0) throw new Error("median of an empty list");
  const sorted = values.map(Number).sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}

/** Records the median of `gasValues` under `key` (e.g. "SlotAuction.seal@5"). */
export function recordGas(key, gasValues) {
  const values = Array.isArray(gasValues) ? gasValues : [gasValues];
  mkdirSync(partsDir, { recursive: true });
  const current = existsSync(partFile) ? JSON.parse(readFileSync(partFile, "utf8")) : {};
  current[key] = median(values);
  writeFileSync(partFile, JSON.stringify(current, null, 2));
  console.log(`      gas ${key}: ${current[key]}`);
  return current[key];
}

/** Gas used by a sent transaction (ethers v6 ContractTransactionResponse). */
export async function gasOf(txPromise) {
  const tx = await txPromise;
  const receipt = await tx.wait();
  return receipt.gasUsed;
}

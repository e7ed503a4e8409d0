// npm run bench:gas: runs the gas benchmarks in bench/gas/ under `hardhat test mocha --gas-stats`
// and writes bench/results/gas.json (key = operation, value = median gas, integer).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const partsDir = path.join(root, "bench/results/.parts");
const out = path.join(root, "bench/results/gas.json");
const benches = readdirSync(path.join(root, "bench/gas"))
  .filter((f) => f.endsWith(".bench.js"))
  .sort()
  .map((f) => path.join("bench/gas", f));

rmSync(partsDir, { recursive: true, force: true });
mkdirSync(partsDir, { recursive: true });
console.log(`gas benchmarks: ${benches.join(", ")}`);
const run = spawnSync(
  process.execPath,
  [path.join(root, "node_modules/hardhat/dist/src/cli.js"), "test", "mocha", "--gas-stats", ...benches],
  { cwd: root, stdio: "inherit", env: { ...process.env, BATON_GAS_PARTS: partsDir } },
);
if (run.status !== 0) {
  console.error(`gas benchmarks failed (exit ${run.status})`);
  process.exit(run.status ?? 1);
}
const merged = {};
for (const f of readdirSync(partsDir)) Object.assign(merged, JSON.parse(readFileSync(path.join(partsDir, f), "utf8")));
const sorted = Object.fromEntries(Object.keys(merged).sort().map((k) => [k, merged[k]]));
writeFileSync(out, JSON.stringify(sorted, null, 2) + "\n");
rmSync(partsDir, { recursive: true, force: true });
console.log(`wrote ${path.relative(root, out)} (${Object.keys(sorted).length} keys)`);

// Runs gas benchmarks (bench/gas/*.bench.js) under `hardhat test mocha --gas-stats` and returns their merged figures
// (key = operation, value = median gas). Shared by npm run bench:gas (the full sweep) and the CI gas gate.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../..");

/** Every benchmark file, relative to the project root, in name order. */
export function allBenches() {
  return readdirSync(path.join(root, "bench/gas"))
    .filter((f) => f.endsWith(".bench.js"))
    .sort()
    .map((f) => path.join("bench/gas", f));
}

/**
 * Runs `benches` in one Hardhat process with `env` added (e.g. a smaller sweep) and returns the recorded figures,
 * keys sorted. Exits the process with the benchmarks' status when they fail.
 */
export function runGasBenches(benches = allBenches(), env = {}) {
  const partsDir = mkdtempSync(path.join(os.tmpdir(), "baton-gas-"));
  try {
    console.log(`gas benchmarks: ${benches.join(", ")}`);
    const run = spawnSync(
      process.execPath,
      [path.join(root, "node_modules/hardhat/dist/src/cli.js"), "test", "mocha", "--gas-stats", ...benches],
      { cwd: root, stdio: "inherit", env: { ...process.env, ...env, BATON_GAS_PARTS: partsDir } },
    );
    if (run.status !== 0) {
      console.error(`gas benchmarks failed (exit ${run.status})`);
      process.exit(run.status ?? 1);
    }
    const merged = {};
    for (const f of readdirSync(partsDir)) Object.assign(merged, JSON.parse(readFileSync(path.join(partsDir, f), "utf8")));
    return Object.fromEntries(Object.keys(merged).sort().map((k) => [k, merged[k]]));
  } finally {
    rmSync(partsDir, { recursive: true, force: true });
  }
}

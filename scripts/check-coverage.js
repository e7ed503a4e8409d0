// The Solidity coverage gate (bound into `mvn verify`'s test phase; `npm run check:coverage` by hand). Two
// instrumented runs of the suite, each failing the gate when a test fails:
// - `hardhat test --coverage` (Solidity and mocha tests): total lines and statements. Hardhat 3's coverage (EDR)
//   reports no branches.
// - `forge coverage --report lcov` (the Solidity tests, forge-std style, on forge from @foundry-rs/forge-linux-amd64
//   and the npm solc package through scripts/coverage-solc.js; foundry.toml): branches, from its BRDA records.
// Each total is compared with its floor in bench/coverage-floors.json (today's level). Only contracts/ counts (test
// helpers are left out of both). The figures go to coverage/summary.json; `--record` merges the last run's into
// bench/results/coverage.json for the report (without running again). `--only hardhat|forge` runs one of the two.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const floors = JSON.parse(readFileSync(path.join(root, "bench/coverage-floors.json"), "utf8")).solidity;
const summary = path.join(root, "coverage/summary.json");
const forgeLcov = path.join(root, "coverage/forge-lcov.info");
const forgeBinary = path.join(root, "node_modules/@foundry-rs/forge-linux-amd64/bin/forge");
if (process.argv.includes("--record")) {
  const file = path.join(root, "bench/results/coverage.json");
  const current = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  writeFileSync(file, JSON.stringify({ ...current, ...JSON.parse(readFileSync(summary, "utf8")) }, null, 2) + "\n");
  console.log(`coverage: ${path.relative(root, summary)} merged into ${path.relative(root, file)}`);
  process.exit(0);
}
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;

/** Runs a command with its output echoed, and returns its stdout; exits the gate when it fails. */
async function run(what, command, args, env = process.env) {
  console.log(`coverage: ${what}: ${path.relative(root, command) || command} ${args.join(" ")}`);
  const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    out += chunk;
  });
  const status = await new Promise((resolve) => child.on("close", resolve));
  if (status !== 0) {
    console.error(`coverage: the Solidity suite failed under ${what} (exit ${status})`);
    process.exit(status ?? 1);
  }
  return out;
}

/** Sums lcov totals (LF, LH, BRF, BRH, ...) over the files under contracts/. */
function lcovTotals(file) {
  const totals = {};
  let counted = false;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.startsWith("SF:")) counted = path.relative(root, path.resolve(root, line.slice(3))).startsWith("contracts/");
    const m = line.match(/^([A-Z]+):(\d+)$/);
    if (counted && m) totals[m[1]] = (totals[m[1]] ?? 0) + Number(m[2]);
  }
  return totals;
}
const pct = (hit, found) => Math.floor((10_000 * hit) / found) / 100;

const started = Date.now();
const figures = existsSync(summary) && only ? JSON.parse(readFileSync(summary, "utf8")) : {};
const misses = [];
if (only !== "forge") {
  const out = await run("hardhat coverage", process.execPath,
    [path.join(root, "node_modules/hardhat/dist/src/cli.js"), "test", "--coverage"]);
  // Lines from the lcov file; statements from the report's Total row (the lcov format has no statements).
  const t = lcovTotals(path.join(root, "coverage/lcov.info"));
  const total = out.match(/Total\s*│\s*([\d.]+)\s*│\s*([\d.]+)/);
  if (!total || !t.LF) {
    console.error("coverage: no Total row or no lcov lines in Hardhat's coverage output");
    process.exit(1);
  }
  figures.solidity_lines_pct = pct(t.LH, t.LF);
  figures.solidity_lines = `${t.LH}/${t.LF}`;
  figures.solidity_statements_pct = Number(total[2]);
  if (figures.solidity_lines_pct < floors.lines_pct) misses.push(`lines ${figures.solidity_lines_pct}% < ${floors.lines_pct}%`);
  if (figures.solidity_statements_pct < floors.statements_pct) {
    misses.push(`statements ${figures.solidity_statements_pct}% < ${floors.statements_pct}%`);
  }
}
if (only !== "hardhat") {
  // forge runs the compiler wrapper with the node running this script; fuzz and invariant settings follow the
  // BATON_* variables hardhat.config.js reads, the CI run's rotating seed included.
  const env = { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}` };
  const mapped = { BATON_FUZZ_RUNS: "FOUNDRY_FUZZ_RUNS", BATON_FUZZ_SEED: "FOUNDRY_FUZZ_SEED",
    BATON_INVARIANT_RUNS: "FOUNDRY_INVARIANT_RUNS", BATON_INVARIANT_DEPTH: "FOUNDRY_INVARIANT_DEPTH" };
  for (const [from, to] of Object.entries(mapped)) if (process.env[from]) env[to] = process.env[from];
  await run("forge coverage", forgeBinary, ["coverage", "--report", "lcov", "--report-file", forgeLcov,
    "--no-match-coverage", "^test/"], env);
  const t = lcovTotals(forgeLcov);
  if (!t.BRF) {
    console.error(`coverage: no branch records (BRF) in ${path.relative(root, forgeLcov)}`);
    process.exit(1);
  }
  figures.solidity_branches_pct = pct(t.BRH, t.BRF);
  figures.solidity_branches = `${t.BRH}/${t.BRF}`;
  if (figures.solidity_branches_pct < floors.branches_pct) {
    misses.push(`branches ${figures.solidity_branches_pct}% < ${floors.branches_pct}%`);
  }
}
writeFileSync(summary, JSON.stringify(figures, null, 2) + "\n");
const seconds = Math.round((Date.now() - started) / 1000);
if (misses.length) {
  console.error(`coverage: Solidity coverage below its floor (${misses.join(", ")}; bench/coverage-floors.json)`);
  process.exit(1);
}
const parts = [];
if (only !== "forge") {
  parts.push(`lines ${figures.solidity_lines_pct}% (${figures.solidity_lines}) >= ${floors.lines_pct}%`,
    `statements ${figures.solidity_statements_pct}% >= ${floors.statements_pct}%`);
}
if (only !== "hardhat") parts.push(`branches ${figures.solidity_branches_pct}% (${figures.solidity_branches}) >= ${floors.branches_pct}%`);
console.log(`coverage: Solidity ${parts.join(", ")}: floors met (${seconds} s)`);

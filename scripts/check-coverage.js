// The Solidity coverage gate (bound into `mvn verify`'s test phase; `npm run check:coverage` by hand): runs the
// suite (Solidity and mocha) under `hardhat test --coverage` and fails when a test fails or the total line or
// statement coverage falls below its floor in bench/coverage-floors.json (today's level). Hardhat 3's coverage
// (EDR) reports lines and statements, not branches: statements stand for the partial lines a branch leaves.
// The one test asserting a gas budget that instrumented code exceeds is left out of this run (it ran uninstrumented
// in the plain suite just before). The figures go to coverage/summary.json; `--record` merges the last run's into
// bench/results/coverage.json for the report (without running again).
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const floors = JSON.parse(readFileSync(path.join(root, "bench/coverage-floors.json"), "utf8")).solidity;
const GAS_BUDGET_TESTS = "test_boundedGasAtMaxProvers";
const summary = path.join(root, "coverage/summary.json");
if (process.argv.includes("--record")) {
  const file = path.join(root, "bench/results/coverage.json");
  const current = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  writeFileSync(file, JSON.stringify({ ...current, ...JSON.parse(readFileSync(summary, "utf8")) }, null, 2) + "\n");
  console.log(`coverage: ${path.relative(root, summary)} merged into ${path.relative(root, file)}`);
  process.exit(0);
}

const started = Date.now();
const args = [path.join(root, "node_modules/hardhat/dist/src/cli.js"), "test", "--coverage",
  "--grep-exclude", GAS_BUDGET_TESTS];
console.log(`coverage: hardhat ${args.slice(1).join(" ")}`);
const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
let out = "";
child.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  out += chunk;
});
const status = await new Promise((resolve) => child.on("close", resolve));
if (status !== 0) {
  console.error(`coverage: the Solidity suite failed under coverage (exit ${status})`);
  process.exit(status ?? 1);
}

// Lines from the lcov file; statements from the report's Total row (the lcov format has no statements).
const lcov = readFileSync(path.join(root, "coverage/lcov.info"), "utf8");
const sum = (tag) => [...lcov.matchAll(new RegExp(`^${tag}:(\\d+)$`, "gm"))].reduce((a, m) => a + Number(m[1]), 0);
const linesFound = sum("LF");
const linesHit = sum("LH");
const total = out.match(/Total\s*│\s*([\d.]+)\s*│\s*([\d.]+)/);
if (!total || linesFound === 0) {
  console.error("coverage: no Total row or no lcov lines in the coverage output");
  process.exit(1);
}
const figures = {
  solidity_lines_pct: Math.floor((10_000 * linesHit) / linesFound) / 100,
  solidity_lines: `${linesHit}/${linesFound}`,
  solidity_statements_pct: Number(total[2]),
};
writeFileSync(summary, JSON.stringify(figures, null, 2) + "\n");
const misses = [];
if (figures.solidity_lines_pct < floors.lines_pct) misses.push(`lines ${figures.solidity_lines_pct}% < ${floors.lines_pct}%`);
if (figures.solidity_statements_pct < floors.statements_pct) {
  misses.push(`statements ${figures.solidity_statements_pct}% < ${floors.statements_pct}%`);
}
const seconds = Math.round((Date.now() - started) / 1000);
if (misses.length) {
  console.error(`coverage: Solidity coverage below its floor (${misses.join(", ")}; bench/coverage-floors.json)`);
  process.exit(1);
}
console.log(`coverage: Solidity lines ${figures.solidity_lines_pct}% (${figures.solidity_lines}), statements ` +
  `${figures.solidity_statements_pct}%, floors ${floors.lines_pct}% / ${floors.statements_pct}% met (${seconds} s)`);

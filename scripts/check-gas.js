// The CI gas gate (bound into `mvn verify`'s test phase; `npm run check:gas` by hand): measures the main operations
// with the gas benchmarks of bench/gas/ on a shorter sweep, and fails when one misses its TARGETS.md budget
// (bench/gas/targets.js). Writes nothing: the full sweep and bench/results/gas.json stay with npm run bench:gas.
import { allBenches, runGasBenches } from "../bench/gas/run.js";
import { COMMIT_PER_PROVER, GAS_TARGETS, KNOWN_MISSES, commitSlope } from "../bench/gas/targets.js";

// The sweep's ends only (sealing is flat, sequencerOf is budgeted at 50,000 entries); no 2,048-prover transcript
// (its 18M budget is far from its figure; the per-prover slope between 1 and 64 provers is checked instead).
const GATE_ENV = { BATON_SWEEP: "5,50000", BATON_MARKET_SIZES: "1,64" };
const SKIPPED = new Set(["BlockMarket.commitTranscript@2048"]);

const started = Date.now();
const gas = runGasBenches(allBenches(), GATE_ENV);
const rows = [];
const misses = [];
const held = [];
for (const [key, limit] of GAS_TARGETS) {
  if (SKIPPED.has(key)) continue;
  const value = gas[key];
  const ok = value !== undefined && value <= limit;
  const known = KNOWN_MISSES[key];
  // A recorded miss passes only while it is no worse than recorded (it can shrink, never grow).
  const isHeld = !ok && known !== undefined && value !== undefined && value <= known.recorded;
  const verdict = ok ? "meets" : isHeld ? `KNOWN MISS (<= ${known.recorded} recorded)` : "MISSES";
  rows.push({ operation: key, gas: value ?? "not measured", budget: limit, verdict });
  if (isHeld) held.push(`${key}: ${value} > ${limit} (${value - limit} over; ratchet at ${known.recorded}): ${known.why}`);
  if (!ok && !isHeld) misses.push(`${key}: ${value ?? "not measured"} > ${limit}` + (known ? ` (and above the recorded ${known.recorded})` : ""));
}
const slope = commitSlope(gas);
const slopeOk = slope !== undefined && slope <= COMMIT_PER_PROVER;
rows.push({ operation: "BlockMarket.commitTranscript per prover (1 -> 64)", gas: slope ?? "not measured",
  budget: COMMIT_PER_PROVER, verdict: slopeOk ? "meets" : "MISSES" });
if (!slopeOk) misses.push(`BlockMarket.commitTranscript per prover: ${slope ?? "not measured"} > ${COMMIT_PER_PROVER}`);
console.table(rows);
const seconds = Math.round((Date.now() - started) / 1000);
if (misses.length) {
  console.error(`gas gate: ${misses.length} budget(s) of TARGETS.md missed (${seconds} s):\n  ${misses.join("\n  ")}`);
  if (held.length) console.error(`gas gate: and ${held.length} known miss(es) held:\n  ${held.join("\n  ")}`);
  process.exit(1);
}
if (held.length) {
  // Passing with a recorded miss is not "all met": the misses are printed last, where the log is read.
  console.warn(`gas gate: ${rows.length - held.length} of ${rows.length} budgets of TARGETS.md met; ${held.length} ` +
    `KNOWN MISS(ES) held at or below the figure recorded in bench/gas/targets.js (${seconds} s):\n  ${held.join("\n  ")}`);
} else {
  console.log(`gas gate: all ${rows.length} budgets of TARGETS.md met (${seconds} s)`);
}

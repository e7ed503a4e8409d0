// npm run bench:gas: runs every gas benchmark in bench/gas/ (the full sweep) under `hardhat test mocha --gas-stats`
// and writes bench/results/gas.json (key = operation, value = median gas, integer).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { root, runGasBenches } from "../bench/gas/run.js";

const out = path.join(root, "bench/results/gas.json");
const figures = runGasBenches();
writeFileSync(out, JSON.stringify(figures, null, 2) + "\n");
console.log(`wrote ${path.relative(root, out)} (${Object.keys(figures).length} keys)`);

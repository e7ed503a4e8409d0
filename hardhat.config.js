// Hardhat 3 configuration for Baton.
// The compiler is the npm `solc` package's soljson.js (pinned in package.json): no compiler download.
import { createRequire } from "node:module";
import hardhatToolboxMochaEthers from "@nomicfoundation/hardhat-toolbox-mocha-ethers";
import hardhatIgnition from "@nomicfoundation/hardhat-ignition";

const require = createRequire(import.meta.url);
const SOLC_PATH = require.resolve("solc/soljson.js");

const compiler = (runs) => ({
  version: "0.8.30",
  path: SOLC_PATH,
  settings: {
    evmVersion: "prague",
    viaIR: false,
    optimizer: { enabled: true, runs },
  },
});

const fuzzRuns = Number(process.env.BATON_FUZZ_RUNS ?? 1000);
const invariantRuns = Number(process.env.BATON_INVARIANT_RUNS ?? 100);
const invariantDepth = Number(process.env.BATON_INVARIANT_DEPTH ?? 50);
// Fuzz and invariant seed: fixed by default (reproducible); .ci/run sets a fresh BATON_FUZZ_SEED per run and prints
// it, so `BATON_FUZZ_SEED=<seed> npx hardhat test solidity` replays a CI run's inputs.
const fuzzSeed = process.env.BATON_FUZZ_SEED || "0xba70";

export default {
  plugins: [hardhatToolboxMochaEthers, hardhatIgnition],
  solidity: {
    profiles: {
      // SlotAuction alone at 3,000 runs: its runtime stays under the 24,576-byte limit with the cap by stake
      // (contracts/auction/README.md, "Code size"), at +120 gas on bid and +60 on settle (within their budgets).
      default: { compilers: [compiler(10_000)], overrides: { "contracts/auction/SlotAuction.sol": compiler(3_000) } },
      production: {
        compilers: [compiler(10_000)],
        overrides: { "contracts/auction/SlotAuction.sol": compiler(3_000) },
      },
    },
  },
  // The tests are plain JavaScript: no TypeChain output on every compile.
  typechain: { dontOverrideCompile: true },
  paths: {
    sources: "./contracts",
    tests: { solidity: "./test", mocha: "./test" },
  },
  test: {
    solidity: {
      fuzz: { runs: fuzzRuns, seed: fuzzSeed },
      invariant: { runs: invariantRuns, depth: invariantDepth, failOnRevert: false },
    },
  },
  networks: {
    localhost: { type: "http", url: process.env.BATON_RPC_URL ?? "http://127.0.0.1:8545" },
  },
};

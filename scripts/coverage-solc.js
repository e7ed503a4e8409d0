#!/usr/bin/env node
// A solc command line for forge (foundry.toml's `solc`), backed by the npm `solc` package's soljson.js that Hardhat
// also compiles with: no native compiler is downloaded. Answers the two calls forge makes, `--version` and
// `--standard-json` (input on stdin, output on stdout); path options (--base-path, --include-path, --allow-paths) are
// accepted, and imports that the input leaves out are read from the file system relative to the working directory.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const solc = require("solc");
const args = process.argv.slice(2);

if (args.includes("--version")) {
  console.log("solc, the solidity compiler commandline interface");
  console.log(`Version: ${solc.version()}`);
  process.exit(0);
}
if (!args.includes("--standard-json")) {
  console.error(`coverage-solc: only --version and --standard-json are supported (got: ${args.join(" ")})`);
  process.exit(2);
}
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const bases = [option("--base-path"), ...args.flatMap((a, i) => (a === "--include-path" ? [args[i + 1]] : []))]
  .filter(Boolean);
if (bases.length === 0) bases.push(process.cwd());
const findImports = (file) => {
  for (const base of bases) {
    try {
      return { contents: readFileSync(path.resolve(base, file), "utf8") };
    } catch {
      // try the next base
    }
  }
  return { error: `coverage-solc: ${file} not found under ${bases.join(", ")}` };
};
const input = readFileSync(0, "utf8");
process.stdout.write(solc.compile(input, { import: findImports }));

// Writes the Baton deployment manifest (the file every `baton` command reads, the same shape as `baton deploy` writes:
// test/vectors/manifest-shape.json) from a Hardhat Ignition deployment of ignition/modules/Baton.js.
//
//   node scripts/ignition-manifest.js --deployment ignition/deployments/chain-11155111 --rpc-url URL [--out manifest.json]
//
// Addresses come from the deployment's deployed_addresses.json, each contract's creating transaction and block from
// its journal.jsonl (the confirmed receipt of the contract's future), token symbols from the tokens' constructor
// arguments in the journal, and the chain id from the node (eth_chainId). Nothing is sent.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const MODULE = "Baton";
const TOKEN_FUTURES = ["StakeToken", "AltToken"];

/** The manifest of the Ignition deployment in `deploymentDir`; `request(method, params)` asks the node. */
export async function ignitionManifest({ deploymentDir, rpcUrl, request }) {
  const addresses = JSON.parse(readFileSync(path.join(deploymentDir, "deployed_addresses.json"), "utf8"));
  const journal = readFileSync(path.join(deploymentDir, "journal.jsonl"), "utf8")
    .split("\n").filter((line) => line.trim() !== "").map((line) => JSON.parse(line));
  const confirmed = new Map();
  const constructorArgs = new Map();
  for (const message of journal) {
    if (message.type === "TRANSACTION_CONFIRM" && message.receipt?.contractAddress) {
      confirmed.set(message.futureId, { txHash: message.hash, block: Number(message.receipt.blockNumber) });
    }
    if (message.type === "DEPLOYMENT_EXECUTION_STATE_INITIALIZE") {
      constructorArgs.set(message.futureId, message.constructorArgs);
    }
  }
  const contracts = {};
  const tokens = {};
  const deployments = {};
  for (const [futureId, address] of Object.entries(addresses)) {
    const [module, name] = futureId.split("#");
    if (module !== MODULE) continue;
    const record = confirmed.get(futureId);
    if (record === undefined) throw new Error(`journal has no confirmed creation for ${futureId}`);
    const key = TOKEN_FUTURES.includes(name) ? constructorArgs.get(futureId)?.[1] : name;
    if (typeof key !== "string") throw new Error(`journal has no token symbol for ${futureId}`);
    (TOKEN_FUTURES.includes(name) ? tokens : contracts)[key] = address.toLowerCase();
    deployments[key] = record;
  }
  const blocks = Object.values(deployments).map((d) => d.block);
  if (blocks.length === 0) throw new Error(`no ${MODULE} contracts in ${deploymentDir}`);
  return {
    chainId: Number(BigInt(await request("eth_chainId", []))),
    rpcUrl,
    deployedAtBlock: Math.min(...blocks),
    contracts: sorted(contracts),
    tokens: sorted(tokens),
    deployments: sorted(deployments),
  };
}

function sorted(object) {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A JSON-RPC request over HTTP. */
export function httpRequest(rpcUrl) {
  let id = 0;
  return async (method, params) => {
    const response = await fetch(rpcUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: ++id, method, params }),
    });
    const reply = await response.json();
    if (reply.error) throw new Error(`${method} at ${rpcUrl} failed: ${reply.error.message}`);
    return reply.result;
  };
}

function option(args, name, fallback) {
  const at = args.indexOf(name);
  if (at >= 0 && at + 1 < args.length) return args[at + 1];
  if (fallback !== undefined) return fallback;
  throw new Error(`missing ${name} (usage: --deployment DIR --rpc-url URL [--out FILE])`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const rpcUrl = option(args, "--rpc-url");
  const out = option(args, "--out", "manifest.json");
  const manifest = await ignitionManifest({ deploymentDir: option(args, "--deployment"), rpcUrl, request: httpRequest(rpcUrl) });
  writeFileSync(out, JSON.stringify(manifest, null, 2) + "\n");
  console.error(`manifest of chain ${manifest.chainId} written to ${path.resolve(out)}`);
}

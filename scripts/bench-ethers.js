// ethers.js reference for the client benchmark (run by dev.baton.bench.ClientBenchmark):
// N ERC-20 transfers to fresh recipients, each awaited (mined) before the next is sent.
// Prints elapsed_ns=<nanoseconds> for the measured N (warm-up excluded) on its last line.
import { JsonRpcProvider, Wallet, Contract, NonceManager } from "ethers";

const env = (name) => {
  const v = process.env[name];
  if (!v) throw new Error(`missing environment variable ${name}`);
  return v;
};
const provider = new JsonRpcProvider(env("BENCH_RPC_URL"), undefined, { staticNetwork: true });
// NonceManager: a plain Wallet asks for the pending nonce before each send, and a cached answer can repeat one.
const wallet = new NonceManager(new Wallet(env("BENCH_KEY"), provider));
const token = new Contract(env("BENCH_TOKEN"), ["function transfer(address to, uint256 amount) returns (bool)"], wallet);
const salt = Number(env("BENCH_SALT"));
const warmUp = Number(env("BENCH_WARMUP"));
const n = Number(env("BENCH_N"));

const recipient = (phase, i) =>
  "0x" + (0xba700000 + phase).toString(16).padStart(8, "0") + (i + 1).toString(16).padStart(32, "0");

async function send(phase, count) {
  for (let i = 0; i < count; i++) {
    const tx = await token.transfer(recipient(phase, i), 1n);
    const receipt = await tx.wait();
    if (receipt.status !== 1) throw new Error(`transfer ${i} reverted`);
  }
}

await send(salt, warmUp);
const start = process.hrtime.bigint();
await send(salt + 1, n);
console.log(`elapsed_ns=${process.hrtime.bigint() - start}`);

package dev.baton.bench;

import dev.baton.devnet.ProjectRoot;
import dev.baton.signer.DevAccount;
import dev.baton.types.Address;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The ethers.js reference: {@code scripts/bench-ethers.js} on the project's Node 22, sending the
 * same transfers and awaiting each in turn. It times itself (warm-up excluded) and prints {@code
 * elapsed_ns=<n>} on its last line.
 */
record EthersPhase(ProjectRoot root, String rpcUrl, DevAccount sender, Address token) {

    PhaseResult run(int salt, int warmUp, int n) throws IOException, InterruptedException {
        var node = root.node();
        var script = root.dir().resolve("scripts/bench-ethers.js");
        ProcessBuilder pb =
                new ProcessBuilder(node.toString(), script.toString()).redirectErrorStream(true);
        pb.environment()
                .putAll(
                        Map.of(
                                "BENCH_RPC_URL",
                                rpcUrl,
                                "BENCH_KEY",
                                sender.privateKey(),
                                "BENCH_TOKEN",
                                token.toString(),
                                "BENCH_SALT",
                                Integer.toString(salt),
                                "BENCH_WARMUP",
                                Integer.toString(warmUp),
                                "BENCH_N",
                                Integer.toString(n)));
        Process process = pb.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        String last = out.strip().lines().reduce((a, b) -> b).orElse("");
        if (exit != 0 || !last.startsWith("elapsed_ns=")) {
            throw new IllegalStateException("bench-ethers.js failed (exit " + exit + "):\n" + out);
        }
        return new PhaseResult("ethers", n, Long.parseLong(last.substring("elapsed_ns=".length())));
    }
}

package dev.baton.bench;

import dev.baton.devnet.Devnet;
import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.ProjectRoot;
import dev.baton.devnet.deploy.Deployer;
import dev.baton.model.DeploymentManifest;
import dev.baton.types.Address;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Client speed against one Hardhat node, in one run: N independent ERC-20 transfers (a) pre-signed
 * and sent raw one request each, (a') pre-signed and sent raw in one batch mined as the client
 * mines it (the like-for-like baseline), (b) through the Java client's batch path, (c) by an
 * ethers.js script awaiting each. Raw and client run in rounds ({@link Rounds}): round 0 warms up
 * the JVM and the node and is discarded, then the median of the measured rounds' client/raw ratios
 * is reported, each round's ratio beside it, because one round on a shared 2-core machine swings by
 * ±25%. The ethers.js script runs once (it takes ~45 s for N = 1,000) after its own warm-up. Every
 * transaction is mined before its clock stops. Merges the figures into {@code
 * bench/results/client.json}.
 *
 * <p>Arguments: {@code [N] [rounds]} (defaults 1000, 5).
 */
public final class ClientBenchmark {
    private static final int ETHERS_WARM_UP = 100;

    private ClientBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ProjectRoot root = ProjectRoot.locate();
        MachineFacts machine = MachineFacts.current();
        try (Devnet devnet = DevnetKind.PROCESS.start()) {
            int ethersAccount = Rounds.accountsUsed(rounds + 1);
            if (rounds < 1 || ethersAccount >= devnet.accounts().size()) {
                throw new IllegalArgumentException(
                        "rounds must be 1.."
                                + Rounds.maxRounds(devnet.accounts().size())
                                + " (three dev accounts per round and the warm-up round, one for ethers.js), was "
                                + rounds);
            }
            DeploymentManifest manifest = Deployer.standard().deploy(devnet);
            Address token = Address.of(manifest.token("BTN"));
            System.out.printf(
                    "client benchmark: N = %d, %d measured rounds after one warm-up round, on %s (load %.2f)%n",
                    n, rounds, machine.describe(), machine.loadAverage());

            Rounds runner = new Rounds(devnet, manifest, token, n);
            System.out.println(runner.run(0) + "  (warm-up, discarded)");
            List<RoundResult> measured = new ArrayList<>();
            for (int r = 1; r <= rounds; r++) {
                RoundResult result = runner.run(r);
                measured.add(result);
                System.out.println(result);
            }
            PhaseResult ethers =
                    new EthersPhase(root, devnet.rpcUrl(), devnet.account(ethersAccount), token)
                            .run(30, ETHERS_WARM_UP, n);
            System.out.println("ethers.js, once: " + ethers);

            ClientFigures figures = ClientFigures.of(n, measured, ethers, machine);
            System.out.printf(
                    "throughput_vs_raw    = %.3f median of %s (like for like: raw batched and mined as the client; target >= 0.8)%n",
                    figures.throughputVsRaw(), figures.ratios());
            System.out.printf(
                    "throughput_vs_raw_one_by_one = %.3f median of %s (raw one request per transaction)%n",
                    figures.throughputVsRawOneByOne(), figures.ratiosVsOneByOne());
            System.out.printf(
                    "throughput_vs_ethers = %.3f (median client %.1f tx/s, target >= 2)%n",
                    figures.throughputVsEthers(), figures.clientTps());
            Path file = root.dir().resolve("bench/results/client.json");
            figures.mergeInto(file);
            System.out.println("wrote " + file);
        }
    }
}

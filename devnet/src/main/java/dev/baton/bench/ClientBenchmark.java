package dev.baton.bench;

import dev.baton.devnet.Devnet;
import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.ProjectRoot;
import dev.baton.devnet.deploy.Deployer;
import dev.baton.model.DeploymentManifest;
import dev.baton.types.Address;
import java.nio.file.Path;

/**
 * Client speed against one Hardhat node, in one run: N independent ERC-20 transfers (a) pre-signed and sent raw,
 * (b) through the Java client's batch path, (c) by an ethers.js script awaiting each. Each phase sends from its own
 * dev account to its own fresh recipients, after a warm-up of the same kind; every transaction is mined before its
 * clock stops. Merges the figures into {@code bench/results/client.json}.
 *
 * <p>Arguments: {@code [N] [warmUp]} (defaults 1000, 100).
 */
public final class ClientBenchmark {

    private ClientBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        ProjectRoot root = ProjectRoot.locate();
        try (Devnet devnet = DevnetKind.PROCESS.start()) {
            DeploymentManifest manifest = Deployer.standard().deploy(devnet);
            Address token = Address.of(manifest.token("BTN"));

            PhaseResult raw = new RawPhase(devnet.rpcUrl(), devnet.chainId(), devnet.account(1), token)
                    .run(Transfers.recipients(10, warmUp), Transfers.recipients(11, n));
            PhaseResult client = new ClientPhase(manifest, devnet.account(2), token)
                    .run(Transfers.recipients(20, warmUp), Transfers.recipients(21, n));
            PhaseResult ethers = new EthersPhase(root, devnet.rpcUrl(), devnet.account(3), token).run(30, warmUp, n);

            ClientFigures figures = ClientFigures.of(n, raw, client, ethers);
            System.out.println(raw);
            System.out.println(client);
            System.out.println(ethers);
            System.out.printf("throughput_vs_raw    = %.3f (target >= 0.8)%n", figures.throughputVsRaw());
            System.out.printf("throughput_vs_ethers = %.3f (target >= 2)%n", figures.throughputVsEthers());
            Path file = root.dir().resolve("bench/results/client.json");
            figures.mergeInto(file);
            System.out.println("wrote " + file);
        }
    }
}

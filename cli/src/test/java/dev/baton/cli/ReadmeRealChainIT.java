package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.devnet.ProjectRoot;
import dev.baton.devnet.anvil.AnvilOptions;
import dev.baton.devnet.anvil.AnvilProcess;
import dev.baton.model.DeploymentManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.WalletUtils;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;

/**
 * The README's "Operate on a real chain" commands, as written, on anvil with chain id 11155111 and
 * a block a second: the node's URL replaces {@code http://127.0.0.1:8545} and the files named in
 * the commands live in a temporary directory (the keystore created here and funded from anvil's
 * first account). The second deploy sends nothing.
 */
class ReadmeRealChainIT {
    private static final String README_URL = "http://127.0.0.1:8545";
    private static final String PASSWORD = "walkthrough password";
    private static final List<String> FILES =
            List.of("deployer.json", "deployer.password", "sepolia.json");

    @TempDir Path dir;

    @Test
    void everyCommandOfTheSectionSucceedsAndTheRerunSendsNothing() throws Exception {
        ProjectRoot root = ProjectRoot.locate();
        var steps =
                ReadmeWalkthrough.parse(
                                Files.readString(root.dir().resolve("README.md")),
                                ReadmeWalkthrough.REAL_CHAIN_SECTION)
                        .steps();
        assertThat(steps).hasSizeGreaterThanOrEqualTo(3);
        assertThat(steps.get(0).args()).startsWith("deploy");
        assertThat(steps.get(1).args()).startsWith("deploy");
        try (AnvilProcess chain =
                AnvilProcess.start(
                        root,
                        AnvilOptions.DEFAULT
                                .withChainId(11_155_111)
                                .withBlockTime(Duration.ofSeconds(1)))) {
            Web3j web3j = Web3j.build(new HttpService(chain.rpcUrl()));
            try {
                String deployer = createFundedKeystore(chain, web3j);
                long afterFirstDeploy = -1;
                for (int i = 0; i < steps.size(); i++) {
                    var step = steps.get(i);
                    String[] args =
                            step.args().stream()
                                    .map(arg -> substitute(arg, chain.rpcUrl()))
                                    .toArray(String[]::new);
                    CliRun run = CliRun.of(args);
                    assertThat(run.exitCode())
                            .as(step + "\n" + run.out() + run.err())
                            .isEqualTo(ExitCodes.OK);
                    long nonce = AnvilFunding.nonce(web3j, deployer);
                    if (i == 0) {
                        afterFirstDeploy = nonce;
                        assertThat(nonce).isPositive();
                    } else {
                        assertThat(nonce).as("%s sends nothing", step).isEqualTo(afterFirstDeploy);
                    }
                }
                DeploymentManifest manifest = DeploymentManifest.read(dir.resolve("sepolia.json"));
                assertThat(manifest.chainId()).isEqualTo(11_155_111);
                assertThat(manifest.contracts())
                        .containsKeys("RollupRegistry", "BatonTimelock", "StakeVault");
            } finally {
                web3j.shutdown();
            }
        }
    }

    private String substitute(String arg, String rpcUrl) {
        if (arg.equals(README_URL)) {
            return rpcUrl;
        }
        return FILES.contains(arg) ? dir.resolve(arg).toString() : arg;
    }

    /**
     * deployer.json and deployer.password in the directory, the account funded with 10 ether;
     * returns its address.
     */
    private String createFundedKeystore(AnvilProcess chain, Web3j web3j) throws Exception {
        String generated = WalletUtils.generateLightNewWalletFile(PASSWORD, dir.toFile());
        Files.move(dir.resolve(generated), dir.resolve("deployer.json"));
        Files.writeString(dir.resolve("deployer.password"), PASSWORD);
        String address =
                WalletUtils.loadCredentials(PASSWORD, dir.resolve("deployer.json").toFile())
                        .getAddress();
        AnvilFunding.tenEther(chain, web3j, address);
        return address;
    }
}

package dev.baton.cli.prover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.agent.prover.AttestationOutbox;
import dev.baton.cli.agents.AgentProcesses;
import dev.baton.cli.agents.EventLogs;
import dev.baton.cli.demo.DemoRequests;
import dev.baton.client.Baton;
import dev.baton.client.BatonOptions;
import dev.baton.client.market.MarketView;
import dev.baton.client.market.Proposal;
import dev.baton.client.market.ProposerClient;
import dev.baton.client.market.ProverClient;
import dev.baton.devnet.Devnet;
import dev.baton.devnet.junit.BatonDevnet;
import dev.baton.errors.BlockMarketRevealTooEarlyException;
import dev.baton.internal.contracts.BlockMarket;
import dev.baton.market.BlockReveal;
import dev.baton.market.Bytes32;
import dev.baton.market.SignedAttestation;
import dev.baton.market.SignedVote;
import dev.baton.market.Transcript;
import dev.baton.market.TreePosition;
import dev.baton.model.DeploymentManifest;
import dev.baton.model.request.RollupRequest;
import dev.baton.signer.DevAccounts;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;

/**
 * The keeper's market duties and the prover agent as real {@code baton operator run} and {@code
 * baton prover run} processes on a devnet whose blocks a background thread mines; this test plays
 * the proposer and a second prover that withholds its part. Height 1 carries the agent prover's
 * vote alone, height 2 the agent's and the withholder's. Both agents are killed with SIGKILL inside
 * height 2's proof window, after the keeper finalised height 1 and the prover attested height 2,
 * and restart on their stores. Checked from the chain: both heights finalised, the withholder
 * slashed once, each of the agent prover's assignments credited once and its rewards claimed, and
 * each agent's nonce equal to the transactions the chain shows it made (nothing reverted, nothing
 * sent twice).
 */
class MarketAgentsIT {
    private static final BigInteger E18 = BigInteger.TEN.pow(18);
    private static final int KEEPER = 7;
    private static final int PROVER = 8;
    private static final int WITHHOLDER = 9;
    private static final int PROPOSER = 10;
    private static final int BPS = 2_500;

    @TempDir Path dir;
    private final List<Process> processes = new ArrayList<>();

    private static Amount tokens(long n) {
        return Amount.of(E18.multiply(BigInteger.valueOf(n)));
    }

    @Test
    @BatonDevnet
    void theKeeperFinalisesAndSlashesTheProverAttestsAndClaimsEachOnceAcrossSigkills(
            Devnet devnet, DeploymentManifest manifest) throws Exception {
        MarketAgents agents = new MarketAgents(dir, processes);
        Baton operator = connect(devnet, manifest, 0);
        Address market = operator.registry().register(request(manifest)).module();
        Address token = operator.token("BTN");
        operator.tokens().mint(token, operator.account(), tokens(1_000));
        operator.marketOperator(market).fundRewards(tokens(1_000));
        Baton proverBaton = connect(devnet, manifest, PROVER);
        Baton withholderBaton = connect(devnet, manifest, WITHHOLDER);
        Baton proposerBaton = connect(devnet, manifest, PROPOSER);
        ProverClient prover = proverBaton.prover(market);
        ProverClient withholder = withholderBaton.prover(market);
        ProposerClient proposer = proposerBaton.proposer(market);
        long until = devnet.control().blockNumber() + 20_000;
        for (int i : List.of(PROVER, WITHHOLDER, PROPOSER)) {
            operator.tokens().mint(token, devnet.account(i).address(), tokens(100));
        }
        prover.stake(tokens(100), until);
        withholder.stake(tokens(100), until);
        proposer.deposit(tokens(100));
        Address proverAddress = devnet.account(PROVER).address();
        Address keeperAddress = devnet.account(KEEPER).address();
        long proverNonce = AgentProcesses.nonce(devnet, proverAddress);

        for (int i : List.of(KEEPER, PROVER)) {
            AgentProcesses.connection(dir, "baton-" + i + ".yaml", devnet, manifest, i);
        }
        int keeperPort = AgentProcesses.freePort();
        int proverPort = AgentProcesses.freePort();
        Path keeperFile = dir.resolve("keeper.yaml");
        Files.writeString(
                keeperFile,
                "name: keeper\nconnection: baton-"
                        + KEEPER
                        + ".yaml\nseal: false\nmarket: "
                        + market
                        + "\nstore: keeper.db\npollIntervalMillis: 100\nmetricsPort: "
                        + keeperPort
                        + "\n");
        Path proverFile = dir.resolve("prover.yaml");
        Files.writeString(
                proverFile,
                "name: prover\nconnection: baton-"
                        + PROVER
                        + ".yaml\nmarket: "
                        + market
                        + "\nstore: prover.db\nattestations: outbox\npollIntervalMillis: 100\nmetricsPort: "
                        + proverPort
                        + "\n");

        AgentProcesses.Miner miner = agents.startMiner(devnet);
        try {
            Process keeper = agents.start("operator", keeperFile, keeperPort);
            Process proverAgent = agents.start("prover", proverFile, proverPort);
            MarketView view = proposer.view();

            // Height 1: the agent prover alone; its attestation from the outbox goes into the
            // proof.
            BlockReveal reveal1 = BlockReveal.withFreshSecret(Bytes32.random());
            Transcript t1 = transcript(proposer, reveal1, 1, 0, List.of(prover));
            proposer.commit(t1, Proposal.of(tokens(1), BPS));
            revealWhenOpen(proposer, 1, reveal1, agents);
            SignedAttestation a1 =
                    AttestationOutbox.read(agents.awaitFile(dir.resolve("outbox"), "h1-", 60));
            proposer.submitProof(
                    t1,
                    proposer.assembleProof(
                            t1, reveal1.txOrderRoot(), List.of(a1), p -> Bytes32.random()));
            // Height 2: the agent prover at node 1:0, the withholder at 1:1 (it never attests). Its
            // proposal window opens when height 1 is finalised: committed at once.
            BlockReveal reveal2 = BlockReveal.withFreshSecret(Bytes32.random());
            Transcript t2 = transcript(proposer, reveal2, 2, 1, List.of(prover, withholder));
            agents.await("height 1 finalised", () -> view.headHeight() == 1, 120);
            proposer.commit(t2, Proposal.of(tokens(1), BPS));
            agents.await(
                    "the keeper's finalise mined",
                    () -> AgentProcesses.nonce(devnet, keeperAddress) == 1,
                    30);
            agents.await(
                    "height 1's reward credited and claimed",
                    () ->
                            view.position(1, t1.proposer(), t1.blockCommitment(), 0).settled()
                                    && view.claimable(proverAddress).isZero()
                                    && !operator.tokens().balanceOf(token, proverAddress).isZero(),
                    60);
            revealWhenOpen(proposer, 2, reveal2, agents);
            Path file2 = agents.awaitFile(dir.resolve("outbox"), "h2-", 60);
            SignedAttestation a2 = AttestationOutbox.read(file2);
            proposer.submitProof(
                    t2,
                    proposer.assembleProof(
                            t2, reveal2.txOrderRoot(), List.of(a2), p -> Bytes32.random()));
            // Both agents killed inside height 2's proof window: the restarted keeper finalises it
            // and slashes, the restarted prover (its attestation already written) credits and
            // claims.
            proverAgent.destroyForcibly().waitFor();
            keeper.destroyForcibly().waitFor();
            String written = Files.readString(file2);
            keeper = agents.start("operator", keeperFile, keeperPort);
            proverAgent = agents.start("prover", proverFile, proverPort);
            agents.await("height 2 finalised", () -> view.headHeight() == 2, 120);
            agents.await(
                    "the withholder slashed after the dispute window",
                    () -> view.position(2, t2.proposer(), t2.blockCommitment(), 1).settled(),
                    120);
            agents.await(
                    "height 2's reward credited and claimed",
                    () ->
                            view.position(2, t2.proposer(), t2.blockCommitment(), 0).settled()
                                    && view.claimable(proverAddress).isZero(),
                    60);
            miner.running.set(false);
            Thread.sleep(1_000); // any last transaction of the agents is mined by automine
            assertThat(Files.readString(file2)).as("attested once").isEqualTo(written);
            assertThat(AgentProcesses.get(proverPort, "/metrics"))
                    .doesNotContain("outcome=\"reverted\"");
            assertThat(AgentProcesses.get(keeperPort, "/metrics"))
                    .doesNotContain("outcome=\"reverted\"");
            keeper.destroy();
            proverAgent.destroy();
            assertThat(keeper.waitFor()).isIn(0, 143);
            assertThat(proverAgent.waitFor()).isIn(0, 143);

            Web3j web3j = Web3j.build(new HttpService(devnet.rpcUrl()));
            long credited;
            long claims;
            try {
                var logs = new EventLogs(web3j, market);
                assertThat(logs.count(BlockMarket.BLOCKFINALISED_EVENT, null, 3)).isEqualTo(2);
                assertThat(
                                logs.count(
                                        BlockMarket.PROVERSLASHED_EVENT,
                                        devnet.account(WITHHOLDER).address(),
                                        3))
                        .isEqualTo(1);
                assertThat(logs.count(BlockMarket.PROVERSLASHED_EVENT, proverAddress, 3)).isZero();
                credited = logs.count(BlockMarket.PROVERREWARDCREDITED_EVENT, proverAddress, 3);
                claims = logs.count(BlockMarket.REWARDCLAIMED_EVENT, proverAddress, 1);
            } finally {
                web3j.shutdown();
            }
            assertThat(credited).as("each of its two assignments credited once").isEqualTo(2);
            assertThat(claims).isBetween(1L, 2L);
            assertThat(AgentProcesses.nonce(devnet, keeperAddress))
                    .as("two finalises and one slash, nothing else")
                    .isEqualTo(3);
            assertThat(AgentProcesses.nonce(devnet, proverAddress) - proverNonce)
                    .as("its credits and claims, nothing else")
                    .isEqualTo(credited + claims);
            assertThat(view.claimable(proverAddress)).isEqualTo(Amount.ZERO);
        } finally {
            processes.forEach(Process::destroyForcibly);
            miner.stop.set(true);
            List.of(operator, proverBaton, withholderBaton, proposerBaton).forEach(Baton::close);
        }
    }

    /**
     * The example block-market request with windows short enough for a test (seconds: 30 proposal,
     * 40 proof, 20 dispute).
     */
    private static RollupRequest request(DeploymentManifest manifest) throws IOException {
        try (InputStream in =
                DemoRequests.class.getResourceAsStream("/examples/" + DemoRequests.BLOCK_MARKET)) {
            String json =
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .replace("\"proposal_window\": \"60\"", "\"proposal_window\": \"30\"")
                            .replace("\"proof_window\": \"120\"", "\"proof_window\": \"40\"")
                            .replace("\"dispute_window\": \"300\"", "\"dispute_window\": \"20\"");
            return RollupRequest.parse(json, manifest);
        }
    }

    private static Baton connect(Devnet devnet, DeploymentManifest manifest, int account) {
        return Baton.connect(
                manifest,
                DevAccounts.signer(account),
                BatonOptions.defaults().withRpcUrl(devnet.rpcUrl()));
    }

    /**
     * One vote per prover, at the nodes of {@code depth} in order; the proposer's transcript of
     * them.
     */
    private static Transcript transcript(
            ProposerClient proposer,
            BlockReveal reveal,
            long height,
            int depth,
            List<ProverClient> provers) {
        List<SignedVote> votes = new ArrayList<>();
        for (int i = 0; i < provers.size(); i++) {
            votes.addAll(
                    provers.get(i)
                            .vote(
                                    height,
                                    proposer.address(),
                                    reveal.commitment(),
                                    BPS,
                                    List.of(TreePosition.of(depth, i))));
        }
        return proposer.transcriptBuilder(height, reveal, BPS, depth)
                .offerAll(votes)
                .build()
                .orElseThrow();
    }

    private static void revealWhenOpen(
            ProposerClient proposer, long height, BlockReveal reveal, MarketAgents agents)
            throws InterruptedException {
        agents.await(
                "height " + height + " revealed",
                () -> {
                    try {
                        proposer.reveal(height, reveal);
                        return true;
                    } catch (BlockMarketRevealTooEarlyException e) {
                        return false;
                    }
                },
                120);
    }
}

package dev.baton.cli.agents;

import dev.baton.cli.demo.DemoRequests;
import dev.baton.client.Baton;
import dev.baton.client.StakeBalances;
import dev.baton.client.market.MarketView;
import dev.baton.client.market.ProposerClient;
import dev.baton.client.market.ProverClient;
import dev.baton.devnet.anvil.AnvilProcess;
import dev.baton.market.Transcript;
import dev.baton.model.DeploymentManifest;
import dev.baton.model.request.RollupRequest;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import org.web3j.protocol.Web3j;

/**
 * The soak's block market: registered on the suite's registry (the example request with windows of
 * 20 s proposal, 25 s proof and 20 s dispute), its pool funded by account 0, two prover agents
 * (accounts {@value #PROVER_A} and {@value #PROVER_B}) and a withholder ({@value #WITHHOLDER},
 * played by the test: it votes and never attests) bonded, and the proposer ({@value #PROPOSER},
 * played by {@link SoakProposer}) holding escrow in the vault.
 */
final class SoakMarket implements AutoCloseable {
    static final int PROVER_A = 11;
    static final int PROVER_B = 12;
    static final int WITHHOLDER = 13;
    static final int PROPOSER = 14;
    static final int HEIGHTS = 4;

    /** A height takes its proposal and proof windows plus the sends between them. */
    static final long SECONDS_PER_HEIGHT = 20 + 25 + 10;

    static final BigInteger TOKEN = BigInteger.TEN.pow(18);
    static final BigInteger FUNDED = TOKEN.multiply(BigInteger.valueOf(1_000));
    static final BigInteger BOND = TOKEN.multiply(BigInteger.valueOf(100));

    final Address market;
    final Address token;
    private final AnvilProcess devnet;
    private final List<Baton> clients = new ArrayList<>();

    private SoakMarket(AnvilProcess devnet, Address market, Address token) {
        this.devnet = devnet;
        this.market = market;
        this.token = token;
    }

    /** Registers the market (one block per transaction: before the auction's genesis counts). */
    static SoakMarket register(AnvilProcess devnet, DeploymentManifest manifest)
            throws IOException {
        try (Baton operator = AgentSoakIT.connect(devnet, manifest, 0)) {
            Address market = operator.registry().register(request(manifest)).module();
            return new SoakMarket(devnet, market, operator.token("BTN"));
        }
    }

    /** Funds the pool, bonds the provers and the withholder, and the proposer's escrow. */
    void fund(DeploymentManifest manifest) {
        try (Baton operator = AgentSoakIT.connect(devnet, manifest, 0)) {
            operator.tokens().mint(token, operator.account(), Amount.of(FUNDED));
            operator.marketOperator(market).fundRewards(Amount.of(FUNDED));
            for (int i : List.of(PROVER_A, PROVER_B, WITHHOLDER, PROPOSER)) {
                operator.tokens().mint(token, devnet.account(i).address(), Amount.of(BOND));
            }
        }
        long until = devnet.control().blockNumber() + 20_000;
        for (int i : List.of(PROVER_A, PROVER_B, WITHHOLDER)) {
            prover(manifest, i).stake(Amount.of(BOND), until);
        }
        proposer(manifest).deposit(Amount.of(BOND));
    }

    ProverClient prover(DeploymentManifest manifest, int account) {
        Baton baton = AgentSoakIT.connect(devnet, manifest, account);
        clients.add(baton);
        return baton.prover(market);
    }

    ProposerClient proposer(DeploymentManifest manifest) {
        Baton baton = AgentSoakIT.connect(devnet, manifest, PROPOSER);
        clients.add(baton);
        return baton.proposer(market);
    }

    /**
     * The proposer for {@value #HEIGHTS} heights, reading the agents' attestations from outboxes.
     */
    SoakProposer proposerThread(DeploymentManifest manifest, List<Path> outboxes, Lock gate) {
        List<ProverClient> voters =
                List.of(
                        prover(manifest, PROVER_A),
                        prover(manifest, PROVER_B),
                        prover(manifest, WITHHOLDER));
        return new SoakProposer(
                proposer(manifest), voters, outboxes, HEIGHTS, gate, SECONDS_PER_HEIGHT);
    }

    static List<Integer> accounts() {
        return List.of(PROVER_A, PROVER_B, WITHHOLDER, PROPOSER);
    }

    /** Free + locked + pending stake of the market's accounts. */
    Map<Integer, BigInteger> stakes(DeploymentManifest manifest) {
        Map<Integer, BigInteger> out = new LinkedHashMap<>();
        try (Baton reader = AgentSoakIT.connect(devnet, manifest, 0)) {
            for (int i : accounts()) {
                StakeBalances b = reader.stake().balances(devnet.account(i).address(), token);
                out.put(i, b.free().value().add(b.locked().value()).add(b.pending().value()));
            }
        }
        return out;
    }

    /** Every height finalised, each of its assignments settled, the provers' credits claimed. */
    boolean settled(MarketView view, SoakProposer proposer) {
        if (view.headHeight() < HEIGHTS) {
            return false;
        }
        for (long h = 1; h <= HEIGHTS; h++) {
            Transcript t = proposer.transcripts.get(h);
            for (int position = 0; position < t.assignments().size(); position++) {
                if (!view.position(h, t.proposer(), t.blockCommitment(), position).settled()) {
                    return false;
                }
            }
        }
        for (int i : List.of(PROVER_A, PROVER_B)) {
            if (!view.claimable(address(i)).isZero()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The {@link SoakMarketChecks}; {@code before} the accounts' stakes after {@link #fund}, {@code
     * proverNonces} the provers' nonces when their agents started. Returns the table.
     */
    String check(
            Web3j web3j,
            MarketView view,
            DeploymentManifest manifest,
            Map<Integer, BigInteger> before,
            Map<Address, Long> proverNonces,
            BigInteger marketBalance)
            throws IOException {
        Map<Integer, BigInteger> after = stakes(manifest);
        Map<Address, BigInteger> moved = new HashMap<>();
        for (int i : accounts()) {
            moved.put(address(i), after.get(i).subtract(before.get(i)));
        }
        List<Address> provers = List.of(address(PROVER_A), address(PROVER_B));
        List<Address> everyone = new ArrayList<>(provers);
        everyone.add(address(WITHHOLDER));
        everyone.add(address(PROPOSER));
        Map<Address, Long> sent = new HashMap<>();
        proverNonces.forEach(
                (prover, nonce) -> sent.put(prover, AgentProcesses.nonce(web3j, prover) - nonce));
        return new SoakMarketChecks(
                        new EventLogs(web3j, market),
                        view,
                        provers,
                        address(WITHHOLDER),
                        address(PROPOSER),
                        everyone)
                .check(HEIGHTS, moved, marketBalance, sent);
    }

    private Address address(int account) {
        return devnet.account(account).address();
    }

    private static RollupRequest request(DeploymentManifest manifest) throws IOException {
        try (InputStream in =
                DemoRequests.class.getResourceAsStream("/examples/" + DemoRequests.BLOCK_MARKET)) {
            String json =
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .replace("\"proposal_window\": \"60\"", "\"proposal_window\": \"20\"")
                            .replace("\"proof_window\": \"120\"", "\"proof_window\": \"25\"")
                            .replace("\"dispute_window\": \"300\"", "\"dispute_window\": \"20\"");
            return RollupRequest.parse(json, manifest);
        }
    }

    @Override
    public void close() {
        clients.forEach(Baton::close);
    }
}

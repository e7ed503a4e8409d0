package dev.baton.agent.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.agent.operator.ClientKeeperChain;
import dev.baton.agent.prover.ClientProverChain;
import dev.baton.agent.prover.DevnetPartSource;
import dev.baton.agent.store.AgentStore;
import dev.baton.agent.store.SqliteAgentStore;
import dev.baton.client.Baton;
import dev.baton.client.BatonOptions;
import dev.baton.client.market.Proposal;
import dev.baton.client.market.ProposerClient;
import dev.baton.client.market.ProverClient;
import dev.baton.client.market.TranscriptStatus;
import dev.baton.devnet.Devnet;
import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.junit.BatonDevnet;
import dev.baton.errors.BlockMarketProverContributedException;
import dev.baton.market.BlockReveal;
import dev.baton.market.Bytes32;
import dev.baton.market.SignedAttestation;
import dev.baton.market.Transcript;
import dev.baton.market.TreePosition;
import dev.baton.model.DeploymentManifest;
import dev.baton.model.request.RollupRequest;
import dev.baton.signer.DevAccounts;
import dev.baton.tx.Web3jNode;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import dev.baton.types.TxHash;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The market agents' chain adapters on a real devnet: the keeper's approve, fund and finalise, the
 * prover's attestation, credit and claim, each transaction submitted without waiting and its
 * outcome read back; a transcript read back from its commit transaction equal to the one committed;
 * and a slash or a dispute of a contributed assignment refused by its dry run with the contract's
 * typed error.
 */
class MarketChainsIT {
    private static final BigInteger E18 = BigInteger.TEN.pow(18);
    private static final int KEEPER = 7;
    private static final int PROVER = 8;
    private static final int PROPOSER = 10;

    private static Amount tokens(long n) {
        return Amount.of(E18.multiply(BigInteger.valueOf(n)));
    }

    private static Baton connect(Devnet devnet, DeploymentManifest manifest, int account) {
        return Baton.connect(
                manifest,
                DevAccounts.signer(account),
                BatonOptions.defaults().withRpcUrl(devnet.rpcUrl()));
    }

    private static boolean mined(MarketReads chain, TxHash hash) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Optional<Boolean> outcome = chain.outcome(hash);
            if (outcome.isPresent()) {
                return outcome.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not mined: " + hash);
    }

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("hardhat.config.js"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no hardhat.config.js above the working directory");
        }
        return dir;
    }

    /** Registers the example market and mints tokens to the keeper, the prover and the proposer. */
    private static Address registerAndMint(
            Baton operator, Devnet devnet, DeploymentManifest manifest) throws Exception {
        String request = Files.readString(root().resolve("examples/block-market-rollup.json"));
        Address market =
                operator.registry().register(RollupRequest.parse(request, manifest)).module();
        Address token = operator.token("BTN");
        for (int i : List.of(KEEPER, PROVER, PROPOSER)) {
            operator.tokens().mint(token, devnet.account(i).address(), tokens(100));
        }
        return market;
    }

    /**
     * The prover stakes and votes, the proposer deposits and commits a one-vote transcript at
     * height 1.
     */
    private static Transcript commitOne(
            Devnet devnet, ProverClient prover, ProposerClient proposer, BlockReveal reveal) {
        prover.stake(tokens(100), devnet.control().blockNumber() + 5_000);
        proposer.deposit(tokens(100));
        var votes =
                prover.vote(
                        1,
                        proposer.address(),
                        reveal.commitment(),
                        2_500,
                        List.of(TreePosition.of(0, 0)));
        Transcript t =
                proposer.transcriptBuilder(1, reveal, 2_500, 0)
                        .offerAll(votes)
                        .build()
                        .orElseThrow();
        proposer.commit(t, Proposal.of(tokens(1), 2_500));
        return t;
    }

    @Test
    @BatonDevnet(kind = DevnetKind.ANVIL)
    void aCommitAReorganisationAbandonsLeavesTheKeepersIndexOnARealNode(
            Devnet devnet, DeploymentManifest manifest, @TempDir Path dir) throws Exception {
        try (Baton operator = connect(devnet, manifest, 0);
                Baton keeperBaton = connect(devnet, manifest, KEEPER);
                Baton proverBaton = connect(devnet, manifest, PROVER);
                Baton proposerBaton = connect(devnet, manifest, PROPOSER);
                AgentStore store = SqliteAgentStore.open(dir.resolve("keeper.db"))) {
            Address market = registerAndMint(operator, devnet, manifest);
            var keeperOperator = keeperBaton.marketOperator(market);
            ClientMarketReads reads =
                    new ClientMarketReads(
                            (Web3jNode) keeperBaton.transactor().node(), keeperOperator.view());
            long from = devnet.control().blockNumber();
            TranscriptIndex index =
                    new TranscriptIndex("keeper", "reorg.fromBlock", reads, store, from);
            Transcript t =
                    commitOne(
                            devnet,
                            proverBaton.prover(market),
                            proposerBaton.proposer(market),
                            BlockReveal.withFreshSecret(Bytes32.random()));
            long head = devnet.control().blockNumber();
            index.advance(head);
            assertThat(index.at(1)).extracting(CommittedTranscript::transcript).containsExactly(t);
            long committedIn = index.at(1).getFirst().committedBlock();

            devnet.control()
                    .reorg((int) (head - committedIn + 1)); // a new branch without the commit
            devnet.mine(1);
            index.advance(devnet.control().blockNumber());
            assertThat(index.at(1)).as("the commit's block was abandoned").isEmpty();
            assertThat(reads.transcript(t).status()).isEqualTo(TranscriptStatus.NONE);
        }
    }

    @Test
    @BatonDevnet
    void theKeepersAndTheProversTransactionsGoThroughTheRealMarket(
            Devnet devnet, DeploymentManifest manifest) throws Exception {
        try (Baton operator = connect(devnet, manifest, 0);
                Baton keeperBaton = connect(devnet, manifest, KEEPER);
                Baton proverBaton = connect(devnet, manifest, PROVER);
                Baton proposerBaton = connect(devnet, manifest, PROPOSER)) {
            Address market = registerAndMint(operator, devnet, manifest);
            Address token = operator.token("BTN");
            var keeperOperator = keeperBaton.marketOperator(market);
            ProverClient prover = proverBaton.prover(market);
            ProposerClient proposer = proposerBaton.proposer(market);
            ClientKeeperChain keeper =
                    new ClientKeeperChain(
                            keeperBaton.transactor(),
                            keeperOperator,
                            keeperBaton.tokens(),
                            new ClientMarketReads(
                                    (Web3jNode) keeperBaton.transactor().node(),
                                    keeperOperator.view()));
            ClientProverChain proverChain =
                    new ClientProverChain(
                            proverBaton.transactor(),
                            prover,
                            new ClientMarketReads(
                                    (Web3jNode) proverBaton.transactor().node(), prover.view()));

            // The keeper funds the pool: approve, then fund, each submitted and its receipt read
            // back.
            assertThat(mined(keeper, keeper.submitApprove(tokens(40)))).isTrue();
            assertThat(keeper.allowance()).isEqualTo(tokens(40));
            assertThat(mined(keeper, keeper.submitFund(tokens(40)))).isTrue();
            assertThat(keeper.rewardsAvailable()).isEqualTo(tokens(40));

            long from = devnet.control().blockNumber();
            BlockReveal reveal = BlockReveal.withFreshSecret(Bytes32.random());
            Transcript t = commitOne(devnet, prover, proposer, reveal);

            List<CommittedTranscript> committed = new ArrayList<>();
            keeper.commitLogs(from)
                    .poll(c -> keeper.transcriptOf(c.event()).ifPresent(committed::add));
            assertThat(committed).extracting(CommittedTranscript::transcript).containsExactly(t);
            assertThat(keeper.round(1).start())
                    .isPositive()
                    .isLessThanOrEqualTo(keeper.latestTimestamp());
            assertThat(keeper.params().proposalWindow()).isEqualTo(60);

            devnet.increaseTime(60);
            devnet.mine(1);
            proposer.reveal(1, reveal);
            assertThat(proverChain.transcript(t).status()).isEqualTo(TranscriptStatus.REVEALED);
            byte[] part =
                    new DevnetPartSource(proverChain.prover())
                            .part(1, reveal.txOrderRoot(), TreePosition.of(0, 0));
            SignedAttestation attestation =
                    proverChain.attest(1, reveal.txOrderRoot(), TreePosition.of(0, 0), part);
            proposer.submitProof(
                    t,
                    proposer.assembleProof(
                            t, reveal.txOrderRoot(), List.of(attestation), p -> Bytes32.random()));
            assertThat(proverChain.position(t, 0).contributed()).isTrue();

            devnet.increaseTime(120);
            devnet.mine(1);
            TxHash finalise = keeper.submitFinalise(1);
            assertThat(mined(keeper, finalise)).isTrue();
            assertThat(keeper.isKnown(finalise)).isTrue();
            assertThat(keeper.headHeight()).isEqualTo(1);

            // A contributed assignment can be neither slashed nor disputed: refused by the dry run,
            // nothing sent.
            long keeperNonce =
                    keeperBaton
                            .transactor()
                            .node()
                            .transactionCount(devnet.account(KEEPER).address(), true);
            assertThatThrownBy(() -> keeper.submitSlash(t, 0))
                    .isInstanceOf(BlockMarketProverContributedException.class);
            assertThatThrownBy(() -> proverChain.submitDispute(t, 0, attestation, part))
                    .isInstanceOf(BlockMarketProverContributedException.class);
            assertThat(
                            keeperBaton
                                    .transactor()
                                    .node()
                                    .transactionCount(devnet.account(KEEPER).address(), true))
                    .isEqualTo(keeperNonce);

            assertThat(mined(proverChain, proverChain.submitClaimReward(t, 0))).isTrue();
            Amount due = proverChain.claimable();
            assertThat(due.isZero()).isFalse();
            Amount before = operator.tokens().balanceOf(token, proverChain.prover());
            assertThat(mined(proverChain, proverChain.submitClaim())).isTrue();
            assertThat(proverChain.claimable()).isEqualTo(Amount.ZERO);
            assertThat(operator.tokens().balanceOf(token, proverChain.prover()))
                    .isEqualTo(before.plus(due));
        }
    }
}

package dev.baton.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.baton.client.Baton;
import dev.baton.client.StakeBalances;
import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.SequencerClient;
import dev.baton.client.registry.GovernanceCall;
import dev.baton.client.registry.Registration;
import dev.baton.client.registry.RegistryClient;
import dev.baton.devnet.Devnet;
import dev.baton.devnet.ProjectRoot;
import dev.baton.errors.SlotAuctionEvictedException;
import dev.baton.model.DeploymentManifest;
import dev.baton.signer.DevAccount;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Governance eviction seen from the evicted sequencer, through the Java clients only, run on both
 * devnet kinds by its subclasses: a slot-auction rollup registered by {@link RegistryClient} from a
 * JSON request file, a sequencer evicted by the registry's governance (timelock: schedule, the
 * delay passes, execute), whose bid then fails with the generated {@link
 * SlotAuctionEvictedException} raised by the dry run before anything is sent (same nonce, same
 * vault balances), and whose bid succeeds once governance has reinstated it.
 */
abstract class EvictedSequencerBehaviour {
    private static final BigInteger TOKEN = BigInteger.TEN.pow(18);

    /**
     * Blocks between registration and epoch 0's bidding: the sequencer's deposit and the eviction
     * come first.
     */
    private static final long GENESIS_DELAY = 12;

    @Test
    void anEvictedSequencersBidFailsTypedBeforeSendingAndSucceedsAfterReinstatement(
            Devnet devnet, DeploymentManifest manifest, @TempDir Path dir) throws Exception {
        DevAccount governor =
                devnet.account(0); // the deployer: proposer and executor of the devnet's timelock
        DevAccount sequencer = devnet.account(5);
        try (Baton operator = Baton.connect(manifest, governor.signer(devnet.chainId()));
                Baton seq = Baton.connect(manifest, sequencer.signer(devnet.chainId()))) {
            RegistryClient registry = operator.registry();
            Path request = requestFile(dir, devnet.control().blockNumber() + GENESIS_DELAY);
            Registration rollup = registry.register(request);
            assertThat(registry.view().rollup(rollup.rollupId()).module())
                    .isEqualTo(rollup.module());

            seq.stake().deposit("BTN", Amount.of(TOKEN.multiply(BigInteger.TEN)));
            governance(
                    devnet,
                    registry,
                    (r, salt) -> r.evict(rollup.rollupId(), sequencer.address(), salt),
                    1);

            SequencerClient bidder = seq.sequencer(rollup.module());
            AuctionTimeline timeline = bidder.view().timeline();
            long head = devnet.control().blockNumber();
            assertThat(head)
                    .as("set-up done before epoch 0's bidding opens")
                    .isLessThan(timeline.bidding(0).start());
            devnet.mine(timeline.bidding(0).start() - head);

            Address btn = seq.token("BTN");
            Amount bid = Amount.of(TOKEN.multiply(BigInteger.valueOf(5)));
            long nonceBefore = seq.transactor().node().transactionCount(sequencer.address(), true);
            StakeBalances stakeBefore = seq.stake().balances(sequencer.address(), "BTN");

            SlotAuctionEvictedException refused =
                    catchThrowableOfType(
                            SlotAuctionEvictedException.class, () -> bidder.bid(0, btn, bid));

            assertThat(refused)
                    .as("the bid of an evicted sequencer is refused with its typed error")
                    .isNotNull();
            assertThat(refused.account()).isEqualTo(sequencer.address());
            assertThat(seq.transactor().node().transactionCount(sequencer.address(), true))
                    .as("nonce")
                    .isEqualTo(nonceBefore);
            assertThat(seq.stake().balances(sequencer.address(), "BTN"))
                    .as("vault balances")
                    .isEqualTo(stakeBefore);

            governance(
                    devnet,
                    registry,
                    (r, salt) -> r.reinstate(rollup.rollupId(), sequencer.address(), salt),
                    2);
            assertThat(timeline.bidding(0).contains(devnet.control().blockNumber() + 1))
                    .as("still inside epoch 0's bidding")
                    .isTrue();

            int entry = bidder.bid(0, btn, bid);

            assertThat(bidder.view().entries(0))
                    .anySatisfy(
                            e -> {
                                assertThat(e.entry()).isEqualTo(entry);
                                assertThat(e.sequencer()).isEqualTo(sequencer.address());
                            });
            assertThat(seq.transactor().node().transactionCount(sequencer.address(), true))
                    .isEqualTo(nonceBefore + 1);
            assertThat(seq.stake().balances(sequencer.address(), "BTN").locked()).isEqualTo(bid);
        }
    }

    /**
     * What {@code baton rollup evict} does in two runs: schedule on the timelock, let the delay
     * pass, execute.
     */
    private static void governance(
            Devnet devnet,
            RegistryClient registry,
            BiFunction<RegistryClient, byte[], GovernanceCall> build,
            int saltByte) {
        byte[] salt = new byte[32];
        salt[31] = (byte) saltByte;
        GovernanceCall call = build.apply(registry, salt);
        registry.schedule(call);
        devnet.increaseTime(registry.view().governanceDelay() + 1);
        devnet.mine(1);
        registry.execute(call);
        assertThat(registry.view().operationReadyAt(call)).as("operation done").isEqualTo(1);
    }

    /**
     * The shipped example request, with epoch 0's bidding opening at {@code genesisBlock}, as a
     * file.
     */
    private static Path requestFile(Path dir, long genesisBlock) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode request =
                (ObjectNode)
                        json.readTree(
                                Files.readString(
                                        ProjectRoot.locate()
                                                .dir()
                                                .resolve("examples/slot-auction-rollup.json")));
        ((ObjectNode) request.get("execution_layer_req").get("selection"))
                .put("genesis_block", Long.toString(genesisBlock));
        Path file = dir.resolve("slot-auction-rollup.json");
        Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(request));
        return file;
    }
}

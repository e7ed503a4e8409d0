package dev.baton.cli.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.client.Baton;
import dev.baton.client.auction.AuctionOperatorClient;
import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.AuctionView;
import dev.baton.client.auction.BidEntry;
import dev.baton.client.auction.Displacement;
import dev.baton.client.auction.EpochSlotMap;
import dev.baton.devnet.Devnet;
import dev.baton.devnet.junit.BatonDevnet;
import dev.baton.model.DeploymentManifest;
import dev.baton.model.request.SequencerRange;
import dev.baton.signer.DevKeySigner;
import dev.baton.tx.Web3jNode;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import dev.baton.types.ChainId;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cap by stake (MECHANISM.md §3.4a) on a real node: with {@code nb_sequencers.max = 3}, three
 * small bids fill the cap, a larger fourth displaces the smallest; the client's view reads only the
 * held entries, rebuilds the place line (its schedule equals {@code sequencerOf} on every slot, the
 * displaced sequencer holds none), and the displacement is read back from the logs and explained as
 * {@code baton auction status} prints it.
 */
class CappedAuctionIT {
    private static final BigInteger TOKEN = BigInteger.TEN.pow(18);
    private static final int SLOTS = 16;

    @Test
    @BatonDevnet
    void aLargerLateBidDisplacesTheSmallestAndTheClientExplainsIt(
            Devnet devnet, DeploymentManifest manifest) throws Exception {
        Address btn = Address.of(manifest.token("BTN"));
        List<Baton> bidders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            bidders.add(connect(devnet, manifest, 1 + i));
        }
        for (Baton b : bidders) {
            b.stake().deposit(btn, Amount.of(TOKEN.multiply(BigInteger.valueOf(100))));
        }
        Address auction =
                Address.of(
                        SlotAuctionFixture.deploy(
                                devnet,
                                manifest,
                                2,
                                SLOTS,
                                2,
                                24,
                                4,
                                60,
                                new SlotAuctionFixture.Economics(TOKEN, TOKEN, 1),
                                3));
        long[] stakes = {10, 11, 12, 50};
        for (int i = 0; i < 4; i++) {
            bidders.get(i)
                    .sequencer(auction)
                    .bid(0, btn, Amount.of(TOKEN.multiply(BigInteger.valueOf(stakes[i]))));
        }
        // A placed sequencer's second entry: the second of its place (entry numbers place · 33 +
        // index).
        bidders.get(1)
                .sequencer(auction)
                .bid(0, btn, Amount.of(TOKEN.multiply(BigInteger.valueOf(5))));
        AuctionOperatorClient ops = connect(devnet, manifest, 0).auctionOperator(auction);
        AuctionTimeline timeline = ops.view().timeline();
        long latest = devnet.control().blockNumber();
        long sealAt = timeline.seal(0).start() - 1;
        if (latest < sealAt) {
            devnet.mine(sealAt - latest);
        }
        assertThat(ops.seal(0).isElected()).isTrue();

        AuctionView view = ops.view();
        List<BidEntry> held = view.entries(0);
        assertThat(held).extracting(BidEntry::sequencer).doesNotContain(bidders.get(0).account());
        assertThat(held)
                .extracting(BidEntry::entry)
                .containsExactlyInAnyOrder(0, 33, 34, 66); // quota 100 / 3 = 33 per place
        EpochSlotMap map = view.slotMap(0);
        for (int slot = 0; slot < SLOTS; slot++) {
            assertThat(map.sequencerOf(slot))
                    .as("slot %d", slot)
                    .isEqualTo(view.sequencerOf(0, slot))
                    .isNotEqualTo(bidders.get(0).account());
        }
        try (Web3jNode node = Web3jNode.connect(devnet.rpcUrl())) {
            List<Displacement> displaced = view.displacements(node, 0);
            assertThat(displaced).hasSize(1);
            Displacement d = displaced.getFirst();
            assertThat(d.displaced()).isEqualTo(bidders.get(0).account());
            assertThat(d.by()).isEqualTo(bidders.get(3).account());
            assertThat(d.place()).isZero();
            assertThat(d.displacedTotal()).isEqualTo(10);
            assertThat(d.blockNumber())
                    .isBetween(timeline.bidding(0).start(), timeline.bidding(0).end() - 1);
            // The held entries (4: places 0 and 2 one each, place 1 two), not cap x quota = 99.
            assertThat(view.heldEntries(0)).isEqualTo(held.size()).isEqualTo(4);
            assertThat(view.epochInfo(0).entries()).isEqualTo(99);
            String text = EpochSummary.of(view.epochInfo(0), view.heldEntries(0), displaced).text();
            assertThat(text)
                    .contains("\nentries: 4\n")
                    .contains(
                            "displaced: "
                                    + bidders.get(0).account()
                                    + " was displaced from place 0 by "
                                    + bidders.get(3).account()
                                    + " at block "
                                    + d.blockNumber()
                                    + ": its total of 10 units")
                    .contains("its bid stake was freed in block " + d.blockNumber());
        }
    }

    /**
     * {@code baton rollup validate} and the contract agree on the cap (MECHANISM.md §3.4a): the
     * caps the request parser refuses are refused by the auction's initialisation check (error 14
     * naming the cap), and one it accepts deploys.
     */
    @Test
    @BatonDevnet
    void theContractRefusesExactlyTheCapsTheRequestParserRefuses(
            Devnet devnet, DeploymentManifest manifest) throws Exception {
        var economics = new SlotAuctionFixture.Economics(TOKEN, TOKEN, 1);
        for (long cap : new long[] {5, 64, SequencerRange.NO_SEQUENCER_CAP - 1}) {
            assertThat(SequencerRange.slotAuctionAccepts(cap)).as("cap %d", cap).isFalse();
            assertThatThrownBy(
                            () ->
                                    SlotAuctionFixture.deploy(
                                            devnet, manifest, 2, SLOTS, 2, 24, 4, 60, economics,
                                            cap))
                    .as("cap %d", cap)
                    .hasMessageContaining("SlotAuctionInvalidParameter")
                    .hasMessageContaining(Long.toString(cap));
        }
        for (long cap : new long[] {4, SequencerRange.NO_SEQUENCER_CAP}) {
            assertThat(SequencerRange.slotAuctionAccepts(cap)).as("cap %d", cap).isTrue();
            assertThat(
                            SlotAuctionFixture.deploy(
                                    devnet, manifest, 2, SLOTS, 2, 24, 4, 60, economics, cap))
                    .as("cap %d", cap)
                    .startsWith("0x");
        }
    }

    private static Baton connect(Devnet devnet, DeploymentManifest manifest, int account) {
        return Baton.connect(
                manifest,
                DevKeySigner.of(
                        devnet.account(account).privateKey(), ChainId.of(devnet.chainId())));
    }
}

package dev.baton.cli.demo;

import dev.baton.cli.progress.ProgressSink;
import dev.baton.client.Baton;
import dev.baton.client.auction.AuctionOperatorClient;
import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.AuctionView;
import dev.baton.client.auction.EpochInfo;
import dev.baton.client.registry.Registration;
import dev.baton.model.request.RollupRequest;
import dev.baton.model.request.SlotAuctionParams;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One slot-auction epoch: the operator registers the rollup from {@code
 * examples/slot-auction-rollup.json} and funds its rewards, the sequencers bid (the delegator backs
 * one of them), the epoch is sealed, every sequencer's runner publishes in its slots except the
 * idle one's, all settle and everyone owed a reward claims it.
 */
public final class AuctionPhase implements DemoPhase {
    static final long EPOCH = 0;

    /**
     * Blocks between registration and epoch 0's bidding: the commission, the mint and the funding
     * come first.
     */
    private static final long GENESIS_DELAY = 8;

    private static final int COMMISSION_BPS = 1_000;

    /** The delegator's ceiling on the delegate's commission (the bid is refused above it). */
    private static final int MAX_COMMISSION_BPS = 1_500;

    private final List<Participant> sequencers;
    private final Participant delegator;

    public AuctionPhase(List<Participant> cast) {
        this.sequencers = DemoCast.withRole(cast, "sequencer");
        this.delegator = DemoCast.withRole(cast, "delegator").getFirst();
    }

    @Override
    public String name() {
        return "auction";
    }

    @Override
    public int steps() {
        return 3 + sequencers.size() + 1 + 1 + (sequencers.size() - 1) + 2;
    }

    @Override
    public void run(
            DemoSession session, DemoObservations observations, ProgressSink.Phase progress) {
        Baton operator = session.operator();
        RollupRequest template = DemoRequests.load(DemoRequests.SLOT_AUCTION, session.manifest());
        long genesis = session.chain().head() + GENESIS_DELAY;
        Registration registration =
                operator.registry().register(DemoRequests.withGenesis(template, genesis));
        Address auction = registration.module();
        progress.step(
                "registered slot-auction rollup #" + registration.rollupId() + " at " + auction);

        Participant delegate = named(DemoCast.DELEGATE);
        session.as(delegate).sequencer(auction).setCommission(COMMISSION_BPS);
        session.as(delegate).sequencer(auction).setDelegationOpen(true);
        progress.step(
                delegate.name()
                        + " set a "
                        + COMMISSION_BPS / 100
                        + "% commission on delegated stake and opened to delegation");

        AuctionOperatorClient ops = operator.auctionOperator(auction);
        AuctionView view = ops.view();
        AuctionTimeline timeline = view.timeline();
        SlotAuctionParams params = (SlotAuctionParams) template.selection();
        Amount funding =
                Amount.of(
                        params.rewardPerSlot()
                                .multiply(BigInteger.valueOf(timeline.slotsPerEpoch())));
        operator.tokens().mint(view.rewardToken(), operator.account(), funding);
        ops.fundRewards(funding);
        progress.step(
                "funded "
                        + Tokens.of(funding).toPlainString()
                        + " "
                        + params.rewardToken()
                        + " of rewards");
        if (session.chain().head() >= timeline.bidding(EPOCH).start()) {
            throw new IllegalStateException(
                    "epoch "
                            + EPOCH
                            + "'s bidding opened at block "
                            + timeline.bidding(EPOCH).start()
                            + " before the set-up was done; raise GENESIS_DELAY");
        }

        session.chain().mineUntil(timeline.bidding(EPOCH).start() - 1);
        Address token = operator.token(DemoCast.STAKE_TOKEN);
        for (Participant sequencer : sequencers) {
            int entry =
                    session.as(sequencer)
                            .sequencer(auction)
                            .bid(EPOCH, token, Tokens.amount(sequencer.stake()));
            progress.step(
                    sequencer.name()
                            + " bid "
                            + sequencer.stake()
                            + " "
                            + DemoCast.STAKE_TOKEN
                            + " (entry "
                            + entry
                            + ")");
        }
        session.as(delegator)
                .sequencer(auction)
                .bidFor(
                        EPOCH,
                        session.as(delegate).account(),
                        token,
                        Tokens.amount(delegator.stake()),
                        MAX_COMMISSION_BPS);
        progress.step(
                delegator.name()
                        + " delegated "
                        + delegator.stake()
                        + " "
                        + DemoCast.STAKE_TOKEN
                        + " to "
                        + delegate.name());

        session.chain().mineUntil(timeline.seal(EPOCH).start() - 1);
        EpochInfo sealed = ops.seal(EPOCH);
        if (!sealed.isElected()) {
            throw new IllegalStateException(
                    "epoch " + EPOCH + " did not elect: " + sealed.status());
        }
        progress.step(
                "sealed epoch "
                        + EPOCH
                        + ": "
                        + sealed.entries()
                        + " entries of "
                        + sealed.distinctSequencers()
                        + " sequencers, seed "
                        + sealed.seed().toString(16).substring(0, 8)
                        + "…");

        Map<String, Address> accounts = new LinkedHashMap<>();
        for (Participant p : sequencers) {
            accounts.put(p.name(), session.as(p).account());
        }
        accounts.put(delegator.name(), session.as(delegator).account());
        Set<Integer> published =
                new SlotRunners(session, auction, timeline, progress)
                        .run(
                                sequencers.stream()
                                        .filter(p -> !p.name().equals(DemoCast.IDLE_SEQUENCER))
                                        .toList(),
                                EPOCH);

        session.chain().mineUntil(timeline.settlement(EPOCH).start() - 1);
        for (Participant sequencer : sequencers) {
            session.as(sequencer).sequencer(auction).settleAll(EPOCH);
        }
        progress.step("settled every entry of epoch " + EPOCH);

        Map<String, Amount> claims = new LinkedHashMap<>();
        for (var account : accounts.entrySet()) {
            Participant p = named(account.getKey());
            Amount owed = view.claimable(account.getValue());
            claims.put(
                    p.name(),
                    owed.value().signum() > 0
                            ? session.as(p).sequencer(auction).claim()
                            : Amount.ZERO);
        }
        progress.step(
                "claimed "
                        + claims.values().stream()
                                .map(Tokens::of)
                                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
                                .toPlainString()
                        + " "
                        + params.rewardToken()
                        + " for "
                        + published.size()
                        + " published slots");

        new AuctionTally(
                        "slot-auction #" + registration.rollupId(),
                        view.slotMap(EPOCH),
                        view.entries(EPOCH),
                        accounts,
                        published,
                        claims)
                .record(observations);
    }

    private Participant named(String name) {
        if (delegator.name().equals(name)) {
            return delegator;
        }
        return sequencers.stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "the demo cast has no participant '" + name + "'"));
    }
}

package dev.baton.cli.demo;

import dev.baton.cli.report.AuctionEpochReport;
import dev.baton.cli.report.MarketHeightReport;
import dev.baton.cli.report.ParticipantSummary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the phases saw, gathered as they run and turned into the report's records at the end. */
public final class DemoObservations {
    private final Map<String, Participant> participants = new LinkedHashMap<>();
    private final Map<String, String> addresses = new LinkedHashMap<>();
    private final Map<String, BigDecimal> stakes = new LinkedHashMap<>();
    private final Map<String, AuctionResult> auctionResults = new LinkedHashMap<>();
    private final Map<String, BigDecimal> marketRewards = new LinkedHashMap<>();
    private final Map<String, BigDecimal> slashes = new LinkedHashMap<>();
    private AuctionEpochReport auction;
    private MarketHeightReport market;

    /**
     * One participant's auction outcome; the slot figures are null for a delegator.
     *
     * @param utility r·k − q·S'
     */
    private record AuctionResult(
            Integer slotsWon,
            Double expectedSlots,
            Integer published,
            BigDecimal settlementLocked,
            BigDecimal rewards,
            BigDecimal utility) {}

    public synchronized void deposited(Participant participant, String address, BigDecimal stake) {
        participants.put(participant.name(), participant);
        addresses.put(participant.name(), address);
        stakes.merge(participant.name(), stake, BigDecimal::add);
    }

    public synchronized void auctioned(
            String name,
            Integer slotsWon,
            Double expectedSlots,
            Integer published,
            BigDecimal settlementLocked,
            BigDecimal rewards,
            BigDecimal utility) {
        auctionResults.put(
                name,
                new AuctionResult(
                        slotsWon, expectedSlots, published, settlementLocked, rewards, utility));
    }

    /** A market reward (block or uncle reward, dispute bounty) paid to {@code name}, in tokens. */
    public synchronized void rewarded(String name, BigDecimal amount) {
        marketRewards.merge(name, amount, BigDecimal::add);
    }

    /** Stake of {@code name} slashed, in tokens. */
    public synchronized void slashed(String name, BigDecimal amount) {
        slashes.merge(name, amount, BigDecimal::add);
    }

    public synchronized void auction(AuctionEpochReport epoch) {
        this.auction = epoch;
    }

    public synchronized void market(MarketHeightReport height) {
        this.market = height;
    }

    public synchronized AuctionEpochReport auction() {
        return auction;
    }

    public synchronized MarketHeightReport market() {
        return market;
    }

    public synchronized BigDecimal stakeOf(String name) {
        return stakes.getOrDefault(name, BigDecimal.ZERO);
    }

    /**
     * One summary per participant seen; the columns of a phase stay empty for participants it did
     * not involve.
     */
    public synchronized List<ParticipantSummary> summaries() {
        List<ParticipantSummary> rows = new ArrayList<>();
        participants.forEach(
                (name, p) -> {
                    AuctionResult a = auctionResults.get(name);
                    BigDecimal market = marketRewards.get(name);
                    BigDecimal slashed = slashes.get(name);
                    BigDecimal rewards = sum(a == null ? null : a.rewards(), market);
                    BigDecimal utility =
                            a == null ? null : sum(a.utility(), market).subtract(orZero(slashed));
                    rows.add(
                            new ParticipantSummary(
                                    name,
                                    addresses.get(name),
                                    p.role(),
                                    stakes.get(name),
                                    a == null ? null : a.slotsWon(),
                                    a == null ? null : a.expectedSlots(),
                                    a == null ? null : a.published(),
                                    a == null ? null : a.settlementLocked(),
                                    rewards,
                                    slashed,
                                    utility));
                });
        return rows;
    }

    private static BigDecimal sum(BigDecimal a, BigDecimal b) {
        if (a == null && b == null) {
            return null;
        }
        return orZero(a).add(orZero(b));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}

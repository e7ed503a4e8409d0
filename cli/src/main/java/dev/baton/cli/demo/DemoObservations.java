package dev.baton.cli.demo;

import dev.baton.report.AuctionEpochReport;
import dev.baton.report.MarketHeightReport;
import dev.baton.report.ParticipantSummary;
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
    private AuctionEpochReport auction;
    private MarketHeightReport market;

    public synchronized void deposited(Participant participant, String address, BigDecimal stake) {
        participants.put(participant.name(), participant);
        addresses.put(participant.name(), address);
        stakes.merge(participant.name(), stake, BigDecimal::add);
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

    /** One summary per participant seen; auction and market columns stay empty until those phases record them. */
    public synchronized List<ParticipantSummary> summaries() {
        List<ParticipantSummary> rows = new ArrayList<>();
        participants.forEach((name, p) -> rows.add(new ParticipantSummary(name, addresses.get(name), p.role(),
                stakes.get(name), null, null, null, null, null, null, null)));
        return rows;
    }
}

package dev.baton.cli.demo;

import dev.baton.cli.report.AuctionEpochReport;
import dev.baton.cli.report.AuctionEpochReport.SlotCell;
import dev.baton.cli.report.SequencerShare;
import dev.baton.client.auction.BidEntry;
import dev.baton.client.auction.EpochSlotMap;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a settled epoch into the report: the slot map, each sequencer's share against its slots,
 * and per participant the settlement stake S' (second price, MECHANISM §3.4), the rewards claimed
 * and the utility r·k − q·S'.
 */
final class AuctionTally {
    /** The opportunity cost factor q of locking stake for an epoch (shown, not charged). */
    static final BigDecimal OPPORTUNITY_COST = new BigDecimal("0.05");

    private final String rollup;
    private final EpochSlotMap map;
    private final List<BidEntry> entries;
    private final Map<Address, String> names = new LinkedHashMap<>();
    private final Set<Integer> published;
    private final Map<String, Amount> claims;

    AuctionTally(
            String rollup,
            EpochSlotMap map,
            List<BidEntry> entries,
            Map<String, Address> accounts,
            Set<Integer> published,
            Map<String, Amount> claims) {
        this.rollup = rollup;
        this.map = map;
        this.entries = List.copyOf(entries);
        accounts.forEach((name, account) -> names.put(account, name));
        this.published = Set.copyOf(published);
        this.claims = Map.copyOf(claims);
    }

    void record(DemoObservations observations) {
        int slots = map.slotCount();
        List<SlotCell> cells = new ArrayList<>();
        for (int slot = 0; slot < slots; slot++) {
            cells.add(new SlotCell(slot, nameOf(map.sequencerOf(slot)), published.contains(slot)));
        }

        BigDecimal total =
                entries.stream()
                        .map(e -> Tokens.of(e.amount()))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal secondBid =
                entries.stream()
                        .map(e -> Tokens.of(e.amount()))
                        .sorted(Comparator.reverseOrder())
                        .skip(1)
                        .findFirst()
                        .orElse(BigDecimal.ZERO);
        Map<String, BigDecimal> bids = new LinkedHashMap<>();
        Map<String, BigDecimal> locked = new LinkedHashMap<>();
        for (BidEntry entry : entries) {
            bids.merge(nameOf(entry.sequencer()), Tokens.of(entry.amount()), BigDecimal::add);
            String staker = nameOf(entry.isDelegated() ? entry.delegator() : entry.sequencer());
            locked.merge(staker, settlementStake(entry, secondBid, slots), BigDecimal::add);
        }

        List<SequencerShare> shares = new ArrayList<>();
        bids.forEach(
                (name, bid) -> {
                    int won = (int) cells.stream().filter(c -> name.equals(c.sequencer())).count();
                    SequencerShare share = SequencerShare.of(name, bid, total, slots, won);
                    shares.add(share);
                    int done =
                            (int)
                                    cells.stream()
                                            .filter(
                                                    c ->
                                                            name.equals(c.sequencer())
                                                                    && c.published())
                                            .count();
                    observations.auctioned(
                            name,
                            won,
                            share.expected(),
                            done,
                            locked.getOrDefault(name, BigDecimal.ZERO),
                            rewardsOf(name),
                            utility(name, locked));
                });
        locked.keySet().stream()
                .filter(name -> !bids.containsKey(name))
                .forEach(
                        delegator ->
                                observations.auctioned(
                                        delegator,
                                        null,
                                        null,
                                        null,
                                        locked.get(delegator),
                                        rewardsOf(delegator),
                                        utility(delegator, locked)));
        observations.auction(new AuctionEpochReport(rollup, map.epoch(), cells, shares));
    }

    /** S' of one entry: min(bid, slots · S₂ / e). */
    private BigDecimal settlementStake(BidEntry entry, BigDecimal secondBid, int slots) {
        BigDecimal held = BigDecimal.valueOf(map.schedule().slotCountOf(entry.entry()));
        BigDecimal price =
                held.multiply(secondBid).divide(BigDecimal.valueOf(slots), MathContext.DECIMAL64);
        return Tokens.of(entry.amount()).min(price).stripTrailingZeros();
    }

    private BigDecimal rewardsOf(String name) {
        return Tokens.of(claims.getOrDefault(name, Amount.ZERO));
    }

    /**
     * r·k is what the participant was paid for the published and settled slots it (or its delegate)
     * held.
     */
    private BigDecimal utility(String name, Map<String, BigDecimal> locked) {
        return rewardsOf(name)
                .subtract(OPPORTUNITY_COST.multiply(locked.getOrDefault(name, BigDecimal.ZERO)));
    }

    private String nameOf(Address account) {
        if (account == null) {
            return null;
        }
        String name = names.get(account);
        if (name == null) {
            throw new IllegalStateException("account " + account + " is not in the demo cast");
        }
        return name;
    }
}

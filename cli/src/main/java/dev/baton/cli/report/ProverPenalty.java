package dev.baton.cli.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One prover of a block-market height that was slashed or disputed, as the report lists it. Derived
 * from the demo JSON as it is ({@link MarketHeightReport#slashed()}, {@link
 * MarketHeightReport#disputed()} and each participant's {@code slashed} amount), so reports written
 * before this table existed render it too.
 *
 * @param prover participant name
 * @param address its account, or empty when the report has no participant row for it
 * @param slashed stake slashed, in tokens (zero for an upheld dispute)
 * @param dispute what became of its dispute
 */
public record ProverPenalty(String prover, String address, BigDecimal slashed, Dispute dispute) {

    /**
     * A dispute's outcome: only upheld disputes reach the report; a slashed prover that did not
     * dispute is NONE.
     */
    public enum Dispute {
        NONE("not disputed"),
        UPHELD("upheld: part shown in time, not slashed");

        private final String label;

        Dispute(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Slashed provers first, then disputed ones, each once, in the report's order. */
    public static List<ProverPenalty> of(
            MarketHeightReport market, List<ParticipantSummary> participants) {
        Map<String, ParticipantSummary> byName =
                participants.stream()
                        .collect(
                                Collectors.toMap(
                                        ParticipantSummary::name,
                                        Function.identity(),
                                        (a, b) -> a));
        Set<String> names = new LinkedHashSet<>(market.slashed());
        names.addAll(market.disputed());
        List<ProverPenalty> rows = new ArrayList<>();
        for (String name : names) {
            ParticipantSummary who = byName.get(name);
            BigDecimal amount =
                    who == null || who.slashed() == null ? BigDecimal.ZERO : who.slashed();
            Dispute dispute = market.disputed().contains(name) ? Dispute.UPHELD : Dispute.NONE;
            rows.add(new ProverPenalty(name, who == null ? "" : who.address(), amount, dispute));
        }
        return rows;
    }
}

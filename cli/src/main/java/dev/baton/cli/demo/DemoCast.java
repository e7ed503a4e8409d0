package dev.baton.cli.demo;

import java.math.BigDecimal;
import java.util.List;

/**
 * Who takes part: eight sequencers of unequal stake (the last one idles on purpose), a delegator backing the first
 * sequencer, and provers. Stakes differ on purpose, so that slot shares differ.
 */
public final class DemoCast {
    public static final String STAKE_TOKEN = "BTN";
    /** The sequencer that wins slots but publishes none of them. */
    public static final String IDLE_SEQUENCER = "seq-idle";
    /** The sequencer the delegator backs. */
    public static final String DELEGATE = "seq-1";
    public static final String DELEGATOR = "delegator";

    private DemoCast() {}

    public static List<Participant> standard() {
        return List.of(
                new Participant("seq-1", "sequencer", 1, BigDecimal.valueOf(400)),
                new Participant("seq-2", "sequencer", 2, BigDecimal.valueOf(300)),
                new Participant("seq-3", "sequencer", 3, BigDecimal.valueOf(250)),
                new Participant(IDLE_SEQUENCER, "sequencer", 4, BigDecimal.valueOf(200)),
                new Participant("seq-5", "sequencer", 5, BigDecimal.valueOf(150)),
                new Participant("seq-6", "sequencer", 6, BigDecimal.valueOf(120)),
                new Participant("seq-7", "sequencer", 7, BigDecimal.valueOf(100)),
                new Participant("seq-8", "sequencer", 8, BigDecimal.valueOf(80)),
                new Participant(DELEGATOR, "delegator", 9, BigDecimal.valueOf(200)),
                new Participant("prover-1", "prover", 10, BigDecimal.valueOf(200)),
                new Participant("prover-2", "prover", 11, BigDecimal.valueOf(200)),
                new Participant("prover-3", "prover", 12, BigDecimal.valueOf(200)));
    }

    public static List<Participant> withRole(List<Participant> cast, String role) {
        return cast.stream().filter(p -> p.role().equals(role)).toList();
    }
}

package dev.baton.cli.demo;

import java.math.BigDecimal;
import java.util.List;

/** Who takes part: three bidding sequencers and an idle one, a delegator, three provers. Stakes differ on purpose. */
public final class DemoCast {
    public static final String STAKE_TOKEN = "BTN";

    private DemoCast() {}

    public static List<Participant> standard() {
        return List.of(
                new Participant("seq-a", "sequencer", 1, BigDecimal.valueOf(560)),
                new Participant("seq-b", "sequencer", 2, BigDecimal.valueOf(320)),
                new Participant("seq-c", "sequencer", 3, BigDecimal.valueOf(120)),
                new Participant("seq-idle", "sequencer", 4, BigDecimal.valueOf(100)),
                new Participant("delegator", "delegator", 5, BigDecimal.valueOf(80)),
                new Participant("prover-1", "prover", 6, BigDecimal.valueOf(200)),
                new Participant("prover-2", "prover", 7, BigDecimal.valueOf(200)),
                new Participant("prover-3", "prover", 8, BigDecimal.valueOf(200)));
    }
}

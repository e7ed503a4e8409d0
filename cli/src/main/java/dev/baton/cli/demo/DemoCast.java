package dev.baton.cli.demo;

import java.math.BigDecimal;
import java.util.List;

/**
 * Who takes part: eight sequencers of unequal stake (one idles on purpose), a delegator backing the
 * first sequencer, three proposers and sixteen provers. Stakes differ on purpose, so that slot
 * shares differ.
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
                new Participant("proposer-a", "proposer", 10, BigDecimal.valueOf(100)),
                new Participant("proposer-b", "proposer", 11, BigDecimal.valueOf(100)),
                new Participant("proposer-c", "proposer", 12, BigDecimal.valueOf(100)),
                prover(1),
                prover(2),
                prover(3),
                prover(4),
                prover(5),
                prover(6),
                prover(7),
                prover(8),
                prover(9),
                prover(10),
                prover(11),
                prover(12),
                prover(13),
                prover(14),
                prover(15),
                prover(16));
    }

    /**
     * Provers sign with development accounts 13..28; those past Hardhat's twenty are funded by the
     * session.
     */
    private static Participant prover(int n) {
        return new Participant(
                String.format("prover-%02d", n), "prover", 12 + n, BigDecimal.valueOf(100));
    }

    public static List<Participant> withRole(List<Participant> cast, String role) {
        return cast.stream().filter(p -> p.role().equals(role)).toList();
    }
}

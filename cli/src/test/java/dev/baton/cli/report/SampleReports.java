package dev.baton.cli.report;

import dev.baton.cli.report.AuctionEpochReport.SlotCell;
import dev.baton.cli.report.MarketHeightReport.Outcome;
import dev.baton.cli.report.MarketHeightReport.TranscriptRow;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A report shaped like a demo run's: 16 slots over three sequencers with one miss, three
 * transcripts, one prover slashed (prover-3, 10 tokens) and one upheld dispute (prover-2, no
 * participant row).
 */
public final class SampleReports {
    public static final int SLOTS = 16;

    private SampleReports() {}

    public static DemoReport sample() {
        String[] owners = {
            "seq-a", "seq-b", "seq-a", "seq-c", "seq-a", "seq-b", "seq-a", "seq-a",
            "seq-b", "seq-a", "seq-c", "seq-a", "seq-b", "seq-a", "seq-b", "seq-a"
        };
        List<SlotCell> cells = new ArrayList<>();
        for (int slot = 0; slot < SLOTS; slot++) {
            cells.add(new SlotCell(slot, owners[slot], slot != 5));
        }
        BigDecimal total = BigDecimal.valueOf(1000);
        List<SequencerShare> shares =
                List.of(
                        SequencerShare.of("seq-a", BigDecimal.valueOf(560), total, SLOTS, 9),
                        SequencerShare.of("seq-b", BigDecimal.valueOf(320), total, SLOTS, 5),
                        SequencerShare.of("seq-c", BigDecimal.valueOf(120), total, SLOTS, 2));
        AuctionEpochReport auction = new AuctionEpochReport("auction-rollup", 1, cells, shares);
        MarketHeightReport market =
                new MarketHeightReport(
                        "market-rollup",
                        1,
                        List.of(
                                new TranscriptRow(
                                        1,
                                        "0x" + "ab".repeat(32),
                                        "proposer-1",
                                        List.of("prover-1", "prover-2", "prover-3"),
                                        BigDecimal.valueOf(5),
                                        BigInteger.valueOf(675),
                                        true,
                                        Outcome.WINNER),
                                new TranscriptRow(
                                        2,
                                        "0x" + "cd".repeat(32),
                                        "proposer-2",
                                        List.of("prover-1", "prover-2"),
                                        BigDecimal.valueOf(6),
                                        BigInteger.valueOf(288),
                                        true,
                                        Outcome.UNCLE),
                                new TranscriptRow(
                                        3,
                                        "0x" + "ef".repeat(32),
                                        "proposer-3",
                                        List.of("prover-3"),
                                        BigDecimal.valueOf(2),
                                        BigInteger.valueOf(4),
                                        false,
                                        Outcome.UNPROVEN)),
                        List.of("prover-3"),
                        List.of("prover-2"));
        List<ParticipantSummary> people =
                List.of(
                        new ParticipantSummary(
                                "seq-a",
                                "0x" + "0a".repeat(20),
                                "sequencer",
                                BigDecimal.valueOf(600),
                                9,
                                8.96,
                                9,
                                BigDecimal.valueOf(180),
                                BigDecimal.valueOf(9),
                                BigDecimal.ZERO,
                                ParticipantSummary.utility(
                                        BigDecimal.ONE,
                                        9,
                                        new BigDecimal("0.01"),
                                        BigDecimal.valueOf(180))),
                        new ParticipantSummary(
                                "prover-3",
                                "0x" + "0b".repeat(20),
                                "prover",
                                BigDecimal.valueOf(100),
                                null,
                                null,
                                null,
                                null,
                                BigDecimal.ZERO,
                                BigDecimal.TEN,
                                null));
        return new DemoReport(
                "Baton demo <sample>",
                Instant.parse("2026-11-22T05:00:00Z"),
                31337,
                auction,
                market,
                people,
                new Timing(12_500, 8_000));
    }
}

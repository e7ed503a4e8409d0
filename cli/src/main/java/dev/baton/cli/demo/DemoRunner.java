package dev.baton.cli.demo;

import dev.baton.cli.progress.ProgressSink;
import dev.baton.cli.progress.Ticker;
import dev.baton.cli.report.DemoReport;
import dev.baton.cli.report.Timing;
import java.time.Instant;
import java.util.List;

/** Runs the phases in order with progress, timing the whole run and the node's part of it. */
public final class DemoRunner {
    private final List<DemoPhase> phases;
    private final ProgressSink progress;
    private final NodeTimer timer;
    private final Ticker ticker;

    public DemoRunner(
            List<DemoPhase> phases, ProgressSink progress, NodeTimer timer, Ticker ticker) {
        this.phases = List.copyOf(phases);
        this.progress = progress;
        this.timer = timer;
        this.ticker = ticker;
    }

    public DemoReport run(DemoSession session) {
        DemoObservations observations = new DemoObservations();
        long started = ticker.nanos();
        long nodeBefore = timer.nodeNanos();
        for (DemoPhase phase : phases) {
            ProgressSink.Phase shown = progress.start(phase.name(), phase.steps());
            phase.run(session, observations, shown);
            shown.done("ok");
        }
        long wallMillis = (ticker.nanos() - started) / 1_000_000;
        long nodeMillis = Math.min(wallMillis, (timer.nodeNanos() - nodeBefore) / 1_000_000);
        return new DemoReport(
                "Baton demo",
                Instant.now(),
                session.manifest().chainId(),
                observations.auction(),
                observations.market(),
                observations.summaries(),
                new Timing(wallMillis, nodeMillis));
    }
}

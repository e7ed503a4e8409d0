package dev.baton.cli.demo;

import dev.baton.cli.progress.ProgressSink;

/**
 * One stage of the lifecycle; it reports each step to the progress sink and its findings to the
 * observations.
 */
public interface DemoPhase {
    String name();

    /** How many progress steps {@link #run} reports. */
    int steps();

    void run(DemoSession session, DemoObservations observations, ProgressSink.Phase progress);
}

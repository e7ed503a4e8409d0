package dev.baton.cli.progress;

/** Elapsed-time source for progress lines; tests pass a fake so durations are exact. */
@FunctionalInterface
public interface Ticker {
    Ticker SYSTEM = System::nanoTime;

    long nanos();
}

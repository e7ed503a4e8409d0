package dev.baton.devnet;

import java.util.Optional;

/**
 * The JVM that started a devnet, identified by PID and start time (a PID alone may be reused after
 * the JVM dies). Recorded beside every node so a later start can tell a node left behind from one
 * still in use.
 *
 * @param pid the owner's process id
 * @param startMillis the owner's start time (epoch millis), 0 when the platform does not report it
 */
public record OwnerProcess(long pid, long startMillis) {

    /** This JVM. */
    public static OwnerProcess current() {
        return of(ProcessHandle.current());
    }

    static OwnerProcess of(ProcessHandle handle) {
        return new OwnerProcess(handle.pid(), startMillisOf(handle).orElse(0L));
    }

    /** True while the recorded owner still runs (same PID and same start time). */
    public boolean isAlive() {
        if (pid <= 0) {
            return false;
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .map(
                        handle ->
                                startMillis == 0
                                        || startMillisOf(handle)
                                                .map(start -> start == startMillis)
                                                .orElse(true))
                .orElse(false);
    }

    private static Optional<Long> startMillisOf(ProcessHandle handle) {
        return handle.info().startInstant().map(instant -> instant.toEpochMilli());
    }
}

package dev.baton.devnet.proxy;

import java.time.Duration;
import java.util.Objects;

/**
 * One fault a {@link FaultProxy} applies to the next {@code times} requests that call {@code
 * method} (a JSON-RPC batch matches when any of its calls does).
 *
 * @param kind what happens to a matching request
 * @param method the JSON-RPC method it applies to, or {@code "*"} for every request
 * @param times how many matching requests it applies to, at least 1
 * @param delay how long {@link Kind#DELAY} waits before forwarding
 */
public record Fault(Kind kind, String method, int times, Duration delay) {
    public enum Kind {
        /**
         * Forward to the node, then close the connection without answering: the node acted, the
         * client never hears.
         */
        DROP_ANSWER,
        /** Reset the connection (TCP RST) before forwarding: the node never sees the request. */
        RESET,
        /** Wait {@link #delay()}, then forward and answer normally. */
        DELAY,
        /**
         * Answer with a provider error (-32005, "rate limit exceeded") without forwarding, as
         * hosted providers do.
         */
        PROVIDER_ERROR
    }

    public Fault {
        Objects.requireNonNull(kind, "fault kind");
        Objects.requireNonNull(method, "fault method");
        if (times < 1) {
            throw new IllegalArgumentException("fault 'times' must be >= 1, was " + times);
        }
        delay = delay == null ? Duration.ZERO : delay;
        if (delay.isNegative()) {
            throw new IllegalArgumentException("fault 'delay' must be >= 0, was " + delay);
        }
    }

    public static Fault dropAnswer(String method) {
        return new Fault(Kind.DROP_ANSWER, method, 1, null);
    }

    public static Fault reset(String method) {
        return new Fault(Kind.RESET, method, 1, null);
    }

    public static Fault providerError(String method) {
        return new Fault(Kind.PROVIDER_ERROR, method, 1, null);
    }

    public static Fault delay(String method, Duration delay) {
        return new Fault(Kind.DELAY, method, 1, delay);
    }

    /** The same fault for the next {@code n} matching requests. */
    public Fault times(int n) {
        return new Fault(kind, method, n, delay);
    }

    boolean matches(java.util.Collection<String> methods) {
        return method.equals("*") || methods.contains(method);
    }
}

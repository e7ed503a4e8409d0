package dev.baton.agent.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an agent last saw, shared between its loop and its HTTP endpoint; thread-safe. */
public final class AgentStatus {
    private final String agent;
    private final long startedMillis;
    private volatile long lastBlock = -1;
    private volatile long lastHeadMillis = -1;
    private volatile String lastError;
    private volatile boolean stopping;

    public AgentStatus(String agent, long startedMillis) {
        this.agent = agent;
        this.startedMillis = startedMillis;
    }

    public String agent() {
        return agent;
    }

    void sawHead(long block, long atMillis) {
        lastBlock = block;
        lastHeadMillis = atMillis;
    }

    void failed(String error) {
        lastError = error;
    }

    void stopping() {
        stopping = true;
    }

    public long lastBlock() {
        return lastBlock;
    }

    /**
     * Healthy when the node answered within {@code staleMillis} of {@code nowMillis} (or the agent
     * started less than that long ago) and the agent is not shutting down.
     */
    public boolean isHealthy(long nowMillis, long staleMillis) {
        if (stopping) {
            return false;
        }
        long since = lastHeadMillis < 0 ? startedMillis : lastHeadMillis;
        return nowMillis - since <= staleMillis;
    }

    /** The {@code /status} document: agent, last head, last error, and each duty's own view. */
    public Map<String, Object> snapshot(long nowMillis, List<Duty> duties) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("agent", agent);
        out.put("lastBlock", lastBlock);
        out.put("lastHeadAgeMillis", lastHeadMillis < 0 ? null : nowMillis - lastHeadMillis);
        out.put("lastError", lastError);
        Map<String, Object> byDuty = new LinkedHashMap<>();
        for (Duty duty : duties) {
            byDuty.put(duty.name(), duty.status());
        }
        out.put("duties", byDuty);
        out.put("panels", panels(duties));
        return out;
    }

    /**
     * The panels every {@link StatusContributor} duty offers, in duty order; a failing one is left
     * out.
     */
    public static List<StatusPanel> panels(List<Duty> duties) {
        List<StatusPanel> panels = new java.util.ArrayList<>();
        for (Duty duty : duties) {
            if (duty instanceof StatusContributor contributor) {
                try {
                    panels.addAll(contributor.panels());
                } catch (RuntimeException e) {
                    // the page must render whatever one duty does; its own status map still shows
                }
            }
        }
        return List.copyOf(panels);
    }

    /** The last error of a head read or a duty, or null. */
    public String lastError() {
        return lastError;
    }

    /** Milliseconds since the last head was read at {@code nowMillis}, or -1 before the first. */
    public long lastHeadAgeMillis(long nowMillis) {
        return lastHeadMillis < 0 ? -1 : nowMillis - lastHeadMillis;
    }
}

package dev.baton.agent.runtime;

import java.util.List;

/**
 * A duty that adds sections to its agent's status page ({@code /}) and {@code /status}: e.g. the
 * auction's slot map, a sequencer's next own slots, a market's heights. Called on every page load
 * from the HTTP thread, so it returns what the duty last saw (kept from its {@link Duty#onHead})
 * and never reads the chain itself.
 */
public interface StatusContributor {
    List<StatusPanel> panels();
}

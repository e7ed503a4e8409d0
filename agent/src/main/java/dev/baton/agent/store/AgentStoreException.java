package dev.baton.agent.store;

import dev.baton.errors.BatonException;

/** The agent's store cannot be opened, read or written; the message names the file. */
public final class AgentStoreException extends BatonException {
    public AgentStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public AgentStoreException(String message) {
        super(message);
    }
}

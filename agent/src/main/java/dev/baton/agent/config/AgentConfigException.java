package dev.baton.agent.config;

import dev.baton.errors.BatonException;

/**
 * An agent config file is unreadable or invalid; the message names the file, the key and its line.
 */
public final class AgentConfigException extends BatonException {
    public AgentConfigException(String message) {
        super(message);
    }

    public AgentConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}

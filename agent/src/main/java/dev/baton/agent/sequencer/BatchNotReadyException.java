package dev.baton.agent.sequencer;

import dev.baton.errors.BatonException;

/**
 * The batch source has no batch for a slot yet; the agent asks again at the next head while the
 * slot lasts.
 */
public final class BatchNotReadyException extends BatonException {
    public BatchNotReadyException(String message) {
        super(message);
    }
}

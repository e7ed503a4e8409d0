package dev.baton.agent.operator;

import dev.baton.agent.runtime.SentTransactions;
import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.EpochStatus;
import dev.baton.types.TxHash;

/**
 * What the seal duty asks the chain; {@link ClientSealChain} is the real one, unit tests use a
 * fake.
 */
public interface SealChain extends SentTransactions {
    AuctionTimeline timeline();

    /** The epoch's status as of the next block (the node's pending block). */
    EpochStatus status(long epoch);

    /**
     * Signs and sends {@code seal(epoch)} without waiting; a dry run that reverts throws its typed
     * exception.
     */
    TxHash submitSeal(long epoch);
}

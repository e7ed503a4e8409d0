package dev.baton.agent.operator;

import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.EpochStatus;
import dev.baton.types.TxHash;
import java.util.Optional;

/**
 * What the seal duty asks the chain; {@link ClientSealChain} is the real one, unit tests use a
 * fake.
 */
public interface SealChain {
    AuctionTimeline timeline();

    /** The epoch's status as of the next block (the node's pending block). */
    EpochStatus status(long epoch);

    /**
     * Signs and sends {@code seal(epoch)} without waiting; a dry run that reverts throws its typed
     * exception.
     */
    TxHash submitSeal(long epoch);

    /** Whether the transaction succeeded, once mined; empty while it is not. */
    Optional<Boolean> outcome(TxHash hash);

    /** Whether the node knows the transaction (mined or in its pool). */
    boolean isKnown(TxHash hash);
}

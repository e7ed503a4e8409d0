package dev.baton.agent.runtime;

import dev.baton.tx.EthNode;
import dev.baton.tx.TxReceipt;
import dev.baton.types.TxHash;
import java.util.Optional;

/**
 * What a duty's never-twice rule asks the chain about a transaction it sent: whether it was mined
 * and succeeded, and whether the node still knows it. Every duty's chain answers these; {@link
 * OverNode} answers them from the node.
 */
public interface SentTransactions {
    /** Whether the transaction succeeded, once mined; empty while it is not. */
    Optional<Boolean> outcome(TxHash hash);

    /** Whether the node knows the transaction (mined or in its pool). */
    boolean isKnown(TxHash hash);

    /** The answers of the node a chain sends through, for the chains over the client. */
    interface OverNode extends SentTransactions {
        /** The node the transactions were sent to. */
        EthNode node();

        @Override
        default Optional<Boolean> outcome(TxHash hash) {
            return node().receipt(hash).map(TxReceipt::success);
        }

        @Override
        default boolean isKnown(TxHash hash) {
            return node().isKnown(hash);
        }
    }
}

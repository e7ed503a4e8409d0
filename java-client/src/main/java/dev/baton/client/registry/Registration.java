package dev.baton.client.registry;

import dev.baton.types.Address;
import dev.baton.types.TxHash;
import java.util.Objects;

/**
 * A rollup just registered, as its {@code RollupRegistered} event reports it.
 *
 * @param rollupId the new rollup's id
 * @param owner its owner (the sender)
 * @param module its freshly deployed selection module
 * @param transaction the registering transaction
 */
public record Registration(long rollupId, Address owner, Address module, TxHash transaction) {

    public Registration {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(transaction, "transaction");
    }
}

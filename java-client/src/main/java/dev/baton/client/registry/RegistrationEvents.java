package dev.baton.client.registry;

import dev.baton.internal.registry.RegistryAbi;
import dev.baton.tx.TxReceipt;
import dev.baton.types.Address;
import java.util.Optional;

/**
 * Finds the {@code RollupRegistered} event in a receipt: id, owner and module are its three indexed
 * topics.
 */
final class RegistrationEvents {

    static final String TOPIC = RegistryAbi.ROLLUP_REGISTERED_TOPIC;

    private RegistrationEvents() {}

    static Optional<Registration> find(TxReceipt receipt, Address registry) {
        return receipt.logs().stream()
                .filter(log -> log.address().equals(registry))
                .flatMap(log -> RegistryAbi.registered(log).stream())
                .findFirst()
                .map(e -> new Registration(e.rollupId(), e.owner(), e.module(), receipt.hash()));
    }
}

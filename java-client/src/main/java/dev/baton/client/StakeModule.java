package dev.baton.client;

import dev.baton.model.request.Mechanism;
import dev.baton.types.Address;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The module a lock belongs to, and the registered rollup it runs for when the registry confirms
 * it: the module's {@code rollupId()} names a rollup whose registry record has this very module. A
 * module the registry does not confirm (not registered there, no registry in the manifest, or not a
 * rollup module at all) has no rollup.
 *
 * @param address the module (the vault's {@code msg.sender} when it locked)
 * @param rollupId the registry's id of its rollup, when confirmed
 * @param mechanism the rollup's mechanism, when confirmed
 */
public record StakeModule(Address address, OptionalLong rollupId, Optional<Mechanism> mechanism) {

    public StakeModule {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(rollupId, "rollupId");
        Objects.requireNonNull(mechanism, "mechanism");
        if (rollupId.isPresent() != mechanism.isPresent()) {
            throw new IllegalArgumentException(
                    "a module has both a rollup id and a mechanism, or neither");
        }
    }

    /** A module the registry does not confirm. */
    public static StakeModule unresolved(Address address) {
        return new StakeModule(address, OptionalLong.empty(), Optional.empty());
    }

    /** A module confirmed by the registry as rollup {@code rollupId}'s. */
    public static StakeModule of(Address address, long rollupId, Mechanism mechanism) {
        return new StakeModule(address, OptionalLong.of(rollupId), Optional.of(mechanism));
    }

    public boolean resolved() {
        return rollupId.isPresent();
    }

    /**
     * E.g. {@code "block-market #2"}, or {@code "unregistered"} when the registry does not confirm
     * the module.
     */
    public String label() {
        return resolved()
                ? mechanism.orElseThrow().json() + " #" + rollupId.getAsLong()
                : "unregistered";
    }
}

package dev.baton.client;

import dev.baton.types.Amount;
import java.util.Objects;

/**
 * What one module holds of a staker's stake in one token (the vault's {@code lockedFor}).
 *
 * @param locked held by the module's live locks
 * @param slashable what the module can still slash: {@code locked} plus stake that left its locks
 *     within its horizon
 */
public record ModuleStake(Amount locked, Amount slashable) {
    public ModuleStake {
        Objects.requireNonNull(locked, "locked");
        Objects.requireNonNull(slashable, "slashable");
    }
}

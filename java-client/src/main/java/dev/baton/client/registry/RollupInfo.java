package dev.baton.client.registry;

import dev.baton.model.request.RollupRequest;
import dev.baton.types.Address;
import java.util.Objects;

/**
 * A registered rollup: who owns it, its module, whether governance paused it, and its request
 * rebuilt from chain (registry record plus the module's parameters) in the JSON model, so {@code
 * request().toJson()} can be registered again.
 *
 * @param id the registry's id (from 1)
 * @param owner the rollup owner
 * @param pendingOwner the owner-elect of a transfer under way, or the zero address
 * @param module the rollup's selection module (a clone)
 * @param paused whether the module is paused
 * @param request the request as stored
 */
public record RollupInfo(
        long id,
        Address owner,
        Address pendingOwner,
        Address module,
        boolean paused,
        RollupRequest request) {

    public RollupInfo {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(pendingOwner, "pendingOwner");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(request, "request");
    }
}

package dev.baton.client.registry;

import dev.baton.client.Baton;
import dev.baton.internal.client.RoleContext;
import dev.baton.internal.registry.RegistryAbi;
import dev.baton.internal.registry.ResolvedRequest;
import dev.baton.model.DeploymentManifest;
import dev.baton.model.request.RollupRequest;
import dev.baton.tx.Transactor;
import dev.baton.tx.TxReceipt;
import dev.baton.tx.TxRequest;
import dev.baton.types.Address;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * Writes to the RollupRegistry as the connection's signer: registers rollups from requests, and
 * proposes or executes governance operations (pause, unpause, evict, reinstate) through the
 * governance timelock. Every write is dry-run first by the transaction layer, so a revert throws
 * its typed exception before anything is sent; a request that fails validation never reaches the
 * transaction layer. Reads are on {@link #view()}.
 *
 * <p>Governance: the registry's owner is a timelock ({@code TimelockController}). A proposer calls
 * {@link #schedule(GovernanceCall)}; once the timelock's delay has passed, an executor calls {@link
 * #execute(GovernanceCall)} with the same call (same salt). The registry itself refuses direct
 * calls.
 */
public final class RegistryClient {

    private final Transactor tx;
    private final RegistryView view;
    private final DeploymentManifest manifest;

    RegistryClient(Transactor tx, RegistryView view, DeploymentManifest manifest) {
        this.tx = tx;
        this.view = view;
        this.manifest = manifest;
    }

    /**
     * The client of the connection's registry (manifest entry {@value RegistryView#CONTRACT});
     * obtained through {@link Baton#registry()}.
     */
    public RegistryClient(RoleContext context) {
        this(context.transactor(), context.baton().registryView(), context.baton().manifest());
    }

    public RegistryView view() {
        return view;
    }

    /** Reads, validates and registers a request file. */
    public Registration register(Path requestFile) {
        return register(RollupRequest.read(requestFile, manifest));
    }

    /**
     * Registers {@code request}; the new rollup's id and module come from the {@code
     * RollupRegistered} event. Minimum stakes are scaled by each token's {@code decimals()} first.
     *
     * @throws dev.baton.model.request.RequestValidationException when a stake does not fit its
     *     token (nothing sent)
     */
    public Registration register(RollupRequest request) {
        ResolvedRequest resolved = ResolvedRequest.resolve(request, manifest, view::decimals);
        TxReceipt receipt =
                tx.send(TxRequest.call(view.registry(), RegistryAbi.register(resolved, manifest)));
        return RegistrationEvents.find(receipt, view.registry())
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "transaction "
                                                + receipt.hash()
                                                + " succeeded but emitted no RollupRegistered event"));
    }

    public GovernanceCall pause(long rollupId, byte[] salt) {
        return governanceCall(RegistryAbi.pause(rollupId), salt);
    }

    public GovernanceCall unpause(long rollupId, byte[] salt) {
        return governanceCall(RegistryAbi.unpause(rollupId), salt);
    }

    public GovernanceCall evict(long rollupId, Address participant, byte[] salt) {
        return governanceCall(RegistryAbi.evict(rollupId, participant), salt);
    }

    public GovernanceCall reinstate(long rollupId, Address participant, byte[] salt) {
        return governanceCall(RegistryAbi.reinstate(rollupId, participant), salt);
    }

    /**
     * Schedules {@code call} on the timelock with its minimum delay (the signer must hold the
     * proposer role).
     */
    public TxReceipt schedule(GovernanceCall call) {
        return tx.send(TxRequest.call(view.governance(), call.schedule(view.governanceDelay())));
    }

    /**
     * Executes a scheduled {@code call} whose delay has passed (the signer must be allowed to
     * execute).
     */
    public TxReceipt execute(GovernanceCall call) {
        return tx.send(TxRequest.call(view.governance(), call.execute()));
    }

    private GovernanceCall governanceCall(String data, byte[] salt) {
        return new GovernanceCall(
                view.registry().lowerHex(), HexFormat.of().parseHex(data.substring(2)), salt);
    }
}

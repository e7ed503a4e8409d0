package dev.baton.client.registry;

import dev.baton.internal.registry.ManifestNames;
import dev.baton.internal.registry.StoredRollup;
import dev.baton.model.DeploymentManifest;
import dev.baton.model.request.AllowedToken;
import dev.baton.model.request.DaLayer;
import dev.baton.model.request.MinStake;
import dev.baton.model.request.Purpose;
import dev.baton.model.request.RollupRequest;
import dev.baton.model.request.RollupType;
import dev.baton.model.request.Selection;
import dev.baton.model.request.SequencerRange;
import dev.baton.model.request.SettlementLayer;
import dev.baton.model.request.Vm;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Rebuilds the request JSON model from what the registry and the module store, so {@code show}
 * prints it back.
 */
final class StoredRequests {

    private StoredRequests() {}

    /**
     * @param rollup the registry's record
     * @param selection the module's {@code params()}, decoded
     * @param manifest turns addresses back into symbols and contract names (unknown ones stay
     *     addresses)
     * @param decimalsByAddress a token's {@code decimals()}, to write minimum stakes in whole
     *     tokens again
     */
    static RollupRequest toRequest(
            StoredRollup rollup,
            Selection selection,
            DeploymentManifest manifest,
            ToIntFunction<String> decimalsByAddress) {
        List<Integer> d = rollup.descriptor();
        List<AllowedToken> allowed =
                rollup.tokens().stream()
                        .map(t -> new AllowedToken(ManifestNames.tokenSymbol(t.token(), manifest)))
                        .toList();
        List<MinStake> minStakes =
                rollup.tokens().stream()
                        .map(
                                t ->
                                        new MinStake(
                                                ManifestNames.tokenSymbol(t.token(), manifest),
                                                new BigDecimal(t.minStake())
                                                        .movePointLeft(
                                                                decimalsByAddress.applyAsInt(
                                                                        t.token())),
                                                t.weight()))
                        .toList();
        return new RollupRequest(
                SettlementLayer.values()[d.get(0)],
                DaLayer.values()[d.get(1)],
                Vm.values()[d.get(2)],
                RollupType.values()[d.get(3)],
                Purpose.values()[d.get(4)],
                new SequencerRange(rollup.minSequencers(), rollup.maxSequencers()),
                allowed,
                minStakes,
                selection);
    }
}

package dev.baton.model.request;

/**
 * Where the rollup publishes its data: JSON {@code da_layer}. The order matches the Solidity enum
 * in {@code IRollupRegistry}: {@link #ordinal()} is the on-chain value.
 */
public enum DaLayer implements JsonEnum {
    ETHEREUM("ethereum"),
    CELESTIA("celestia"),
    EIGEN_DA("eigenda"),
    AVAIL("avail"),
    NEAR_DA("near-da");

    private final String json;

    DaLayer(String json) {
        this.json = json;
    }

    @Override
    public String json() {
        return json;
    }
}

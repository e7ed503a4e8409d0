package dev.baton.model.request;

/**
 * Where the rollup settles: JSON {@code settlement_layer}. The order matches the Solidity enum in
 * {@code IRollupRegistry}: {@link #ordinal()} is the on-chain value.
 */
public enum SettlementLayer implements JsonEnum {
    ETHEREUM("ethereum"),
    ARBITRUM("arbitrum"),
    OPTIMISM("optimism"),
    BASE("base"),
    POLYGON("polygon");

    private final String json;

    SettlementLayer(String json) {
        this.json = json;
    }

    @Override
    public String json() {
        return json;
    }
}

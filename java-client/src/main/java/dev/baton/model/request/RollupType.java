package dev.baton.model.request;

/**
 * How the rollup's state is proven: JSON {@code type}. The order matches the Solidity enum in
 * {@code IRollupRegistry}: {@link #ordinal()} is the on-chain value.
 */
public enum RollupType implements JsonEnum {
    OPTIMISTIC("optimistic"),
    ZK("zk");

    private final String json;

    RollupType(String json) {
        this.json = json;
    }

    @Override
    public String json() {
        return json;
    }
}

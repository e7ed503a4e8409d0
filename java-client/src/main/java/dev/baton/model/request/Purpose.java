package dev.baton.model.request;

/**
 * What the rollup is for: JSON {@code purpose}. The order matches the Solidity enum in {@code
 * IRollupRegistry}: {@link #ordinal()} is the on-chain value.
 */
public enum Purpose implements JsonEnum {
    GENERAL("general"),
    APP_SPECIFIC("app-specific");

    private final String json;

    Purpose(String json) {
        this.json = json;
    }

    @Override
    public String json() {
        return json;
    }
}

package dev.baton.model.request;

/**
 * The rollup's runtime: JSON {@code vm}. The order matches the Solidity enum in {@code
 * IRollupRegistry}: {@link #ordinal()} is the on-chain value.
 */
public enum Vm implements JsonEnum {
    EVM("evm"),
    WASM("wasm"),
    SVM("svm"),
    MOVE_VM("movevm");

    private final String json;

    Vm(String json) {
        this.json = json;
    }

    @Override
    public String json() {
        return json;
    }
}

package dev.baton.model.request;

/** How a rollup's block producers are chosen: JSON {@code selection.mechanism}. */
public enum Mechanism implements JsonEnum {
    /**
     * Milkomeda sequencer election: per-epoch stake bids, slots in proportion to stake (the
     * default).
     */
    SLOT_AUCTION("slot-auction", "baton.slot-auction"),
    /** Aztec-style proposer-builder separation with a federated prover network. */
    BLOCK_MARKET("block-market", "baton.block-market");

    private final String json;
    private final String onChainName;

    Mechanism(String json, String onChainName) {
        this.json = json;
        this.onChainName = onChainName;
    }

    @Override
    public String json() {
        return json;
    }

    /**
     * The string whose keccak256 is the mechanism id on chain ({@code IRollupModule.mechanism()}).
     */
    public String onChainName() {
        return onChainName;
    }
}

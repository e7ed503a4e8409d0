package dev.baton.model.request;

/**
 * JSON {@code selection}: the mechanism that chooses the rollup's block producers and its
 * parameters, written flat beside {@code mechanism}: {@code {"mechanism": "slot-auction",
 * "slots_per_epoch": "32", ...}}. Every parameter has a documented default; without {@code
 * selection} the request gets the slot auction with all defaults.
 */
public sealed interface Selection permits SlotAuctionParams, BlockMarketParams {

    /** Which mechanism these parameters are for. */
    Mechanism mechanism();
}

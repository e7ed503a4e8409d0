/**
 * The rollup registration request: AltLayer's {@code execution_layer_req} JSON (seed {@code
 * 004_0081c5139df84790.txt}) as Baton reads and writes it.
 *
 * <h2>Format</h2>
 *
 * <pre>{@code
 * {"execution_layer_req": {
 *    "settlement_layer": "ethereum", "da_layer": "celestia", "vm": "wasm",
 *    "type": "optimistic", "purpose": "app-specific",
 *    "nb_sequencers": "3",                                  // or {"min": "1", "max": "3" | "unlimited"}
 *    "allowed_tokens": [{"sym": "ALT"}, {"sym": "stSOL"}],
 *    "min_stake_per_seq": [{"sym": "ALT", "val": "100"}, {"sym": "stSOL", "val": "1000", "weight": "3"}],
 *    "selection": {"mechanism": "slot-auction", "slots_per_epoch": "64"}   // optional
 * }}
 * }</pre>
 *
 * <h2>Decisions</h2>
 *
 * <ul>
 *   <li>The seed's example parses unchanged once its typographic quotes are straight (the web
 *       page's text is not JSON: curly quotes, an unquoted {@code val} key and an unquoted {@code
 *       stSOL}); given such text, the error says so. Numbers are decimal strings as in the seed;
 *       plain JSON integers are accepted too.
 *   <li>{@code nb_sequencers} as one figure means exactly that many (min = max), as the registry
 *       contract reads it; the object form sets a range. It is written back as one figure whenever
 *       min = max. {@code "max": "unlimited"} (or {@code "4294967295"}) is no cap. With the slot
 *       auction the cap is by stake (MECHANISM.md §3.4a) and must be 1..4 or no cap, as the
 *       contract requires: a larger cap could only be enforced by arrival.
 *   <li>{@code val} is in whole tokens ({@code "100"} ALT is {@code 100 * 10^decimals} token units;
 *       fractions such as {@code "0.5"} are allowed), and {@code weight} (default 1) sits in the
 *       same {@code min_stake_per_seq} entry, as the registry's README maps the JSON. Decimals come
 *       from the token contract at registration, so a fraction finer than its token is refused
 *       then, before anything is sent.
 *   <li>Without {@code selection}: the slot auction with the defaults listed on {@link
 *       dev.baton.model.request.SlotAuctionParams}; the block market's are on {@link
 *       dev.baton.model.request.BlockMarketParams}. Mechanism amounts (rewards, burns, bids) are in
 *       token units.
 *   <li>Unknown fields are refused at every level, with their JSON path; so are duplicate keys.
 *   <li>Every problem is reported at once in a {@link
 *       dev.baton.model.request.RequestValidationException}, each with its JSON path ({@code
 *       $.execution_layer_req.allowed_tokens[1].sym}) and the bad value.
 *   <li>{@link dev.baton.model.request.RollupRequest#toJson()} writes the same shape back with
 *       every default filled in (weights of 1 and a stake unit still to be derived are left out),
 *       so its output can be registered again.
 * </ul>
 */
package dev.baton.model.request;

/**
 * Internal: the block market's ABI through the generated {@code BlockMarket} wrapper (calldata from
 * its functions and structs, results decoded with its output types, the {@code TranscriptCommitted}
 * log through its generated event definition) and the mapper between its types and Baton's records.
 * Used by {@code dev.baton.client.market}; not part of the public API.
 */
package dev.baton.internal.market;

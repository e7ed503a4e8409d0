/**
 * Internal: the slot auction's ABI through the generated {@code ISlotAuctionFull} wrapper
 * (calldata, results, events) and the mapper from the wrapper's structs to the records of {@code
 * dev.baton.client.auction}. Not public API.
 */
package dev.baton.internal.auction;

/**
 * Internal: how {@link dev.baton.client.Baton} hands a role client its connection. Role clients are
 * obtained from {@code Baton} ({@code baton.sequencer(auction)}, {@code baton.prover(market)},
 * ...); the constructors that take a {@link dev.baton.internal.client.RoleContext} are public only
 * because Java has no friend packages. Not part of the public API.
 */
package dev.baton.internal.client;

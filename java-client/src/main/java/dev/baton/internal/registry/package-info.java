/**
 * Internal: the registry's ABI through the generated wrappers ({@code RollupRegistry}, {@code
 * BatonTimelock}, the mechanisms' {@code Params} structs) and the mapper between their types and
 * Baton's records. Used by {@code dev.baton.client.registry}; not part of the public API.
 */
package dev.baton.internal.registry;

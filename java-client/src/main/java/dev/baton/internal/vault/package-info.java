/**
 * Internal: StakeVault reads and module identity reads through the generated wrappers ({@code
 * dev.baton.internal.contracts}), as {@link dev.baton.internal.abi.AbiCall}s. Not part of the
 * public API: web3j types stay in this package.
 */
package dev.baton.internal.vault;

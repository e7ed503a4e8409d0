/**
 * Internal: the one ABI path of the client. Calldata comes from the generated wrappers ({@code
 * dev.baton.internal.contracts}) bound to no node, results are decoded with the wrappers' own
 * output types, and narrow integers are range-checked before they reach a web3j type. Not part of
 * the public API: web3j types may appear here and nowhere else.
 */
package dev.baton.internal.abi;

package dev.baton.client.registry;

import dev.baton.tx.CallRequest;
import dev.baton.tx.EthNode;
import dev.baton.types.Address;

/**
 * Read-only contract calls ({@code eth_call}): the seam the registry views read through, faked in
 * tests.
 */
@FunctionalInterface
public interface ContractReader {

    /**
     * Calls {@code to} with 0x-hex calldata and returns the 0x-hex result; a revert throws its
     * typed exception.
     */
    String call(Address to, String data);

    static ContractReader of(EthNode node) {
        return (to, data) -> node.call(new CallRequest(null, to, data, null));
    }
}

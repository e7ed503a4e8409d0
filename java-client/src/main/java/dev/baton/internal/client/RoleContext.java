package dev.baton.internal.client;

import dev.baton.client.Baton;
import dev.baton.signer.Signer;
import dev.baton.tx.EthNode;
import dev.baton.tx.Transactor;

/**
 * One {@link Baton} connection and the key it sends with, as a role client receives them: the
 * client sends through the connection's transaction layer (one nonce authority per key) and signs
 * its typed data (votes, attestations) with the same key. Built by {@code Baton} only.
 */
public record RoleContext(Baton baton, Signer signer) {

    public RoleContext {
        if (!signer.address().equals(baton.account())) {
            throw new IllegalArgumentException(
                    "signer "
                            + signer.address()
                            + " is not the connection's account "
                            + baton.account());
        }
    }

    public Transactor transactor() {
        return baton.transactor();
    }

    public EthNode node() {
        return baton.transactor().node();
    }
}

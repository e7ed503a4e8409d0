package dev.baton.devnet.deploy;

import dev.baton.tx.TxReceipt;
import dev.baton.types.Address;
import dev.baton.types.TxHash;

/**
 * What a deployment reports as it goes, contract by contract and call by call (the CLI prints it; a
 * test can stop the deployment from here to simulate an interruption). Every method has a
 * do-nothing default.
 */
public interface DeploymentListener {
    /** Reports nothing. */
    DeploymentListener NONE = new DeploymentListener() {};

    /**
     * A manifest entry of an earlier run is on chain at {@code address}: it is kept, nothing is
     * sent.
     */
    default void existing(String name, Address address) {}

    /**
     * The transaction for {@code what} (a contract name, or a call such as {@code
     * StakeVault.setAuthoriser}) was sent.
     */
    default void sent(String what, TxHash hash) {}

    /** The transaction for {@code what} is mined with the configured confirmations and recorded. */
    default void confirmed(String what, TxReceipt receipt) {}

    /** A wiring call the chain shows as already done (an earlier run made it): nothing is sent. */
    default void alreadyDone(String what) {}
}

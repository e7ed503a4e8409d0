package dev.baton.errors;

/**
 * The node refused a transaction because nonces below it are missing (a node that does not queue,
 * such as Hardhat while automining, or a chain that was reverted under us): the local nonce view is
 * ahead and must follow the node.
 */
public final class NonceTooHighException extends TransportException {
    public NonceTooHighException(String nodeMessage, Integer rpcCode) {
        super("nonce too high: " + nodeMessage, false, rpcCode, null);
    }
}

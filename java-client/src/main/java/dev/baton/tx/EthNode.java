package dev.baton.tx;

import dev.baton.types.Address;
import dev.baton.types.ChainId;
import dev.baton.types.TxHash;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * The JSON-RPC calls the transaction layer needs, in Baton's types. Errors come back typed: a
 * revert as a {@link dev.baton.errors.ContractRevertException}, everything else as a {@link
 * dev.baton.errors.TransportException} that says whether it is transient. The production
 * implementation is {@link Web3jNode}; tests use fakes.
 */
public interface EthNode {
    /**
     * Names the node (e.g. its URL), for messages only: nonce authorities are per chain and key,
     * not per URL.
     */
    default String endpoint() {
        return "node@" + Integer.toHexString(System.identityHashCode(this));
    }

    /**
     * The hash of block 0 when the node reports it: tells two chains with one id apart (fresh
     * devnets).
     */
    default Optional<String> genesisHash() {
        return Optional.empty();
    }

    ChainId chainId();

    long blockNumber();

    /** The account's transaction count at {@code "latest"} or {@code "pending"}. */
    long transactionCount(Address account, boolean pending);

    FeeHistory feeHistory(int blocks, double rewardPercentile);

    /**
     * {@code eth_call} at the pending block (a dry run); returns the 0x hex result or throws the
     * typed revert.
     */
    String call(CallRequest call);

    /** {@code eth_call} at the latest block: what views read (never {@code pending}). */
    default String callLatest(CallRequest call) {
        return callAt(call, blockNumber());
    }

    /** {@code eth_call} at a given block (to replay a transaction that failed on chain). */
    String callAt(CallRequest call, long blockNumber);

    BigInteger estimateGas(CallRequest call);

    /**
     * {@code eth_getCode} at the latest block: the account's runtime code as 0x hex ("0x" when it
     * has none).
     */
    default String code(Address account) {
        throw new UnsupportedOperationException(
                "this node does not read code (" + endpoint() + ")");
    }

    /**
     * Sends a signed transaction; a node that already knows it counts as success (same bytes, same
     * hash).
     */
    TxHash sendRawTransaction(String raw);

    Optional<TxReceipt> receipt(TxHash hash);

    /** Whether the node knows the transaction at all (mined or in its pool). */
    boolean isKnown(TxHash hash);

    /** Dry runs of many independent calls in one JSON-RPC batch. */
    List<Outcome<String>> callAll(List<CallRequest> calls);

    List<Outcome<BigInteger>> estimateGasAll(List<CallRequest> calls);

    /**
     * Sends many signed transactions in one JSON-RPC batch. On a Hardhat node this pauses automine,
     * sends, and mines one block, because Hardhat refuses batched transactions while automining.
     */
    List<Outcome<TxHash>> sendRawTransactions(List<String> raws);

    /**
     * Receipts of many transactions in one JSON-RPC batch where the transport allows (one call each
     * otherwise); an entry is empty while its transaction is not mined, or when asking for it
     * failed.
     */
    default List<Optional<TxReceipt>> receiptsAll(List<TxHash> hashes) {
        List<Optional<TxReceipt>> out = new java.util.ArrayList<>(hashes.size());
        for (TxHash hash : hashes) {
            out.add(receipt(hash));
        }
        return out;
    }
}

package dev.baton.devnet.deploy;

import dev.baton.signer.DevKeySigner;
import dev.baton.tx.CallRequest;
import dev.baton.tx.Clock;
import dev.baton.tx.EthNode;
import dev.baton.tx.FeeHistory;
import dev.baton.tx.NonceAuthorities;
import dev.baton.tx.Outcome;
import dev.baton.tx.Transactor;
import dev.baton.tx.TxOptions;
import dev.baton.tx.TxReceipt;
import dev.baton.types.Address;
import dev.baton.types.ChainId;
import dev.baton.types.TxHash;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.web3j.crypto.ContractUtils;
import org.web3j.crypto.Hash;
import org.web3j.crypto.SignedRawTransaction;
import org.web3j.crypto.TransactionDecoder;

/**
 * An in-memory node for the deployment context's tests: it mines every transaction at once in a
 * block of its own, as a devnet does, keeps the sender's nonce, and puts code at the CREATE address
 * of every contract creation, as the EVM does. Calls answer "0x" (no view is read by the tests that
 * use it).
 */
final class DeployingNode implements EthNode {
    private final ChainId chainId;
    private final Map<Address, String> code = new HashMap<>();
    private final Map<TxHash, TxReceipt> receipts = new HashMap<>();
    private final List<String> sent = new ArrayList<>();
    private long nonce;
    private long block = 10;

    DeployingNode(ChainId chainId) {
        this.chainId = chainId;
    }

    /** Code at {@code address} as if an earlier run had deployed a contract there. */
    synchronized void deployedAt(Address address) {
        code.put(address, "0x6080604052");
    }

    /**
     * A Transactor of Hardhat account 0 on this node with its own nonce authority, as a fresh
     * process has.
     */
    Transactor transactor() {
        return new Transactor(
                this,
                DevKeySigner.of(DevKeySigner.HARDHAT_ACCOUNT_0, chainId),
                TxOptions.DEVNET,
                Clock.system(),
                new NonceAuthorities());
    }

    synchronized List<String> sent() {
        return List.copyOf(sent);
    }

    @Override
    public ChainId chainId() {
        return chainId;
    }

    @Override
    public synchronized long blockNumber() {
        return block;
    }

    @Override
    public synchronized long transactionCount(Address account, boolean pending) {
        return nonce;
    }

    @Override
    public FeeHistory feeHistory(int blocks, double rewardPercentile) {
        return new FeeHistory(List.of(BigInteger.ONE, BigInteger.ONE), List.of(BigInteger.ONE));
    }

    @Override
    public String call(CallRequest call) {
        return "0x";
    }

    @Override
    public String callAt(CallRequest call, long blockNumber) {
        return "0x";
    }

    @Override
    public BigInteger estimateGas(CallRequest call) {
        return BigInteger.valueOf(1_000_000);
    }

    @Override
    public synchronized String code(Address account) {
        return code.getOrDefault(account, "0x");
    }

    @Override
    public synchronized TxHash sendRawTransaction(String raw) {
        TxHash hash = TxHash.of(Hash.sha3(raw));
        if (receipts.containsKey(hash)) {
            return hash;
        }
        SignedRawTransaction tx = (SignedRawTransaction) TransactionDecoder.decode(raw);
        if (tx.getNonce().longValueExact() != nonce) {
            throw new IllegalStateException(
                    "nonce " + tx.getNonce() + " sent, the account's is " + nonce);
        }
        if (tx.getTo() == null || tx.getTo().isEmpty() || tx.getTo().equals("0x")) {
            String sender;
            try {
                sender = tx.getFrom();
            } catch (java.security.SignatureException e) {
                throw new IllegalStateException(e);
            }
            deployedAt(Address.of(ContractUtils.generateContractAddress(sender, tx.getNonce())));
        }
        nonce++;
        block++;
        sent.add(raw);
        receipts.put(
                hash,
                new TxReceipt(
                        hash,
                        block,
                        "0x" + "ab".repeat(32),
                        true,
                        BigInteger.valueOf(21_000),
                        List.of()));
        return hash;
    }

    @Override
    public synchronized Optional<TxReceipt> receipt(TxHash hash) {
        return Optional.ofNullable(receipts.get(hash));
    }

    @Override
    public synchronized boolean isKnown(TxHash hash) {
        return receipts.containsKey(hash);
    }

    @Override
    public List<Outcome<String>> callAll(List<CallRequest> calls) {
        return calls.stream().map(c -> Outcome.ok(call(c))).toList();
    }

    @Override
    public List<Outcome<BigInteger>> estimateGasAll(List<CallRequest> calls) {
        return calls.stream().map(c -> Outcome.ok(estimateGas(c))).toList();
    }

    @Override
    public List<Outcome<TxHash>> sendRawTransactions(List<String> raws) {
        return raws.stream().map(r -> Outcome.ok(sendRawTransaction(r))).toList();
    }
}

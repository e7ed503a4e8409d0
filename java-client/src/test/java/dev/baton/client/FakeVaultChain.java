package dev.baton.client;

import dev.baton.errors.RevertDecoder;
import dev.baton.tx.CallRequest;
import dev.baton.tx.EthNode;
import dev.baton.tx.FeeHistory;
import dev.baton.tx.Outcome;
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
import org.web3j.crypto.Hash;

/**
 * A read-only chain that answers like a node running the StakeVault: it keeps positions and lock
 * slots (amount, until, module, horizon) and evaluates them at the block of each call as the vault
 * does (a slot is live before {@code until}, slashable until {@code until + horizon}, gone after;
 * {@code locksOf} lists live and slashable slots, {@code balanceOf} counts live ones as locked).
 * Results are ABI words written by hand from the Solidity signatures, independent of the wrapper
 * that decodes them. Other contracts answer from a table; an address without code answers {@code
 * 0x} (as a node does for a call to an account), a known contract asked for an unknown function
 * reverts without data, a call at a future block fails as a node's would.
 */
final class FakeVaultChain implements EthNode {
    record Slot(BigInteger amount, long until, Address module, int horizon) {}

    private static final class Position {
        BigInteger staked = BigInteger.ZERO;
        BigInteger pending = BigInteger.ZERO;
        long withdrawableAt;
        final List<Slot> slots = new ArrayList<>();
    }

    private final Address vault;
    private final Map<String, Position> positions = new HashMap<>();
    private final java.util.Set<String> contracts = new java.util.HashSet<>();
    private final Map<String, String> answers = new HashMap<>();
    final List<Long> callBlocks = new ArrayList<>();
    long head = 100;
    String locksOfOverride;

    FakeVaultChain(Address vault) {
        this.vault = vault;
    }

    static String selector(String signature) {
        return Hash.sha3String(signature).substring(0, 10);
    }

    static String word(BigInteger value) {
        return String.format("%064x", value);
    }

    static String word(long value) {
        return word(BigInteger.valueOf(value));
    }

    static String addressWord(Address a) {
        return "0".repeat(24) + a.lowerHex().substring(2);
    }

    FakeVaultChain deposit(Address staker, Address token, BigInteger amount) {
        position(staker, token).staked = position(staker, token).staked.add(amount);
        return this;
    }

    FakeVaultChain pending(Address staker, Address token, BigInteger amount, long withdrawableAt) {
        position(staker, token).pending = amount;
        position(staker, token).withdrawableAt = withdrawableAt;
        return this;
    }

    FakeVaultChain lock(
            Address staker,
            Address token,
            Address module,
            BigInteger amount,
            long until,
            int horizon) {
        position(staker, token).slots.add(new Slot(amount, until, module, horizon));
        return this;
    }

    /** {@code to} is a contract answering {@code data} with {@code result} (0x-hex). */
    FakeVaultChain answer(Address to, String data, String result) {
        answers.put(to.lowerHex() + ":" + data.toLowerCase(), result);
        contracts.add(to.lowerHex());
        return this;
    }

    private Position position(Address staker, Address token) {
        return positions.computeIfAbsent(staker.lowerHex() + token.lowerHex(), k -> new Position());
    }

    @Override
    public ChainId chainId() {
        return ChainId.DEVNET;
    }

    @Override
    public long blockNumber() {
        return head;
    }

    @Override
    public String call(CallRequest call) {
        return callAt(call, head);
    }

    @Override
    public String callAt(CallRequest call, long block) {
        if (block > head) {
            throw new IllegalStateException(
                    "header not found: block " + block + " is past the head " + head);
        }
        callBlocks.add(block);
        String data = call.data().toLowerCase();
        if (call.to().equals(vault)) {
            return vaultCall(data, block);
        }
        String answer = answers.get(call.to().lowerHex() + ":" + data);
        if (answer != null) {
            return answer;
        }
        if (contracts.contains(call.to().lowerHex())) {
            throw RevertDecoder.decode("0x", "execution reverted");
        }
        return "0x";
    }

    private String vaultCall(String data, long block) {
        String sel = data.substring(0, 10);
        List<String> args = new ArrayList<>();
        for (int i = 10; i + 64 <= data.length(); i += 64) {
            args.add(data.substring(i, i + 64));
        }
        if (sel.equals(selector("withdrawalDelay()"))) {
            return "0x" + word(64);
        }
        if (sel.equals(selector("isTokenAllowed(address)"))) {
            return "0x" + word(1);
        }
        Position p =
                positions.getOrDefault(
                        "0x" + args.get(0).substring(24) + "0x" + args.get(1).substring(24),
                        new Position());
        if (sel.equals(selector("balanceOf(address,address)"))) {
            BigInteger live =
                    p.slots.stream()
                            .filter(s -> block < s.until())
                            .map(Slot::amount)
                            .reduce(BigInteger.ZERO, BigInteger::add);
            return "0x"
                    + word(p.staked.subtract(live))
                    + word(live)
                    + word(p.pending)
                    + word(p.withdrawableAt);
        }
        if (sel.equals(selector("locksOf(address,address)"))) {
            if (locksOfOverride != null) {
                return locksOfOverride;
            }
            List<Slot> listed =
                    p.slots.stream()
                            .filter(s -> s.amount().signum() > 0 && block < s.until() + s.horizon())
                            .toList();
            StringBuilder out =
                    new StringBuilder("0x").append(word(32)).append(word(listed.size()));
            for (Slot s : listed) {
                out.append(addressWord(s.module()))
                        .append(word(s.amount()))
                        .append(word(s.until()))
                        .append(word(s.until() + s.horizon()));
            }
            return out.toString();
        }
        if (sel.equals(selector("lockedFor(address,address,address)"))) {
            String module = "0x" + args.get(2).substring(24);
            BigInteger locked = BigInteger.ZERO;
            BigInteger tail = BigInteger.ZERO;
            for (Slot s : p.slots) {
                if (!s.module().lowerHex().equals(module)) {
                    continue;
                }
                if (block < s.until()) {
                    locked = locked.add(s.amount());
                } else if (block < s.until() + s.horizon()) {
                    tail = tail.add(s.amount());
                }
            }
            return "0x" + word(locked) + word(locked.add(tail));
        }
        throw RevertDecoder.decode("0x", "execution reverted");
    }

    @Override
    public long transactionCount(Address account, boolean pending) {
        throw new UnsupportedOperationException("read-only chain");
    }

    @Override
    public FeeHistory feeHistory(int blocks, double rewardPercentile) {
        throw new UnsupportedOperationException("read-only chain");
    }

    @Override
    public BigInteger estimateGas(CallRequest call) {
        throw new UnsupportedOperationException("read-only chain");
    }

    @Override
    public TxHash sendRawTransaction(String raw) {
        throw new UnsupportedOperationException("read-only chain");
    }

    @Override
    public Optional<TxReceipt> receipt(TxHash hash) {
        throw new UnsupportedOperationException("read-only chain");
    }

    @Override
    public boolean isKnown(TxHash hash) {
        throw new UnsupportedOperationException("read-only chain");
    }

    @Override
    public List<Outcome<String>> callAll(List<CallRequest> calls) {
        return calls.stream().map(c -> Outcome.ok(call(c))).toList();
    }

    @Override
    public List<Outcome<BigInteger>> estimateGasAll(List<CallRequest> calls) {
        throw new UnsupportedOperationException("read-only chain");
    }

    @Override
    public List<Outcome<TxHash>> sendRawTransactions(List<String> raws) {
        throw new UnsupportedOperationException("read-only chain");
    }
}

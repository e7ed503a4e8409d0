package dev.baton.agent.market;

import dev.baton.agent.operator.KeeperChain;
import dev.baton.agent.prover.ProverChain;
import dev.baton.client.market.MarketParams;
import dev.baton.client.market.PositionState;
import dev.baton.client.market.RoundState;
import dev.baton.client.market.TranscriptState;
import dev.baton.client.market.TranscriptStatus;
import dev.baton.errors.BlockMarketAlreadySettledException;
import dev.baton.errors.BlockMarketDisputeWindowClosedException;
import dev.baton.errors.BlockMarketDisputeWindowOpenException;
import dev.baton.errors.BlockMarketNotContributedException;
import dev.baton.errors.BlockMarketNotPaidException;
import dev.baton.errors.BlockMarketNotWinnerException;
import dev.baton.errors.BlockMarketNothingToClaimException;
import dev.baton.errors.BlockMarketProverContributedException;
import dev.baton.errors.BlockMarketRoundNotStartedException;
import dev.baton.errors.BlockMarketVoteInvalidException;
import dev.baton.errors.BlockMarketWindowOpenException;
import dev.baton.errors.BlockMarketWrongHeightException;
import dev.baton.errors.ContractRevertException;
import dev.baton.errors.ERC20InsufficientAllowanceException;
import dev.baton.events.CursorOptions;
import dev.baton.events.LogCursor;
import dev.baton.events.PositionStore;
import dev.baton.market.Attestation;
import dev.baton.market.Bytes32;
import dev.baton.market.CompactSignature;
import dev.baton.market.SignedAttestation;
import dev.baton.market.Transcript;
import dev.baton.market.TreePosition;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import dev.baton.types.TxHash;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A block market that behaves like the node and contract the agents run against: a sent transaction
 * is dry-run at the pending block (throwing the contract's typed error), waits in the pool, and
 * takes effect when a block is mined; the views read the pending block (the mined state with the
 * pool applied), the timestamp is the latest block's. The market's rules are the contract's for
 * what the agents do: finalise after the proof window (winner, uncles, or a restart), slash after
 * and dispute within the dispute window, credit contributed positions of winners and uncles, settle
 * each position once, claim, fund with an allowance. Other parties act through {@link #commit},
 * {@link #reveal}, {@link #prove} and {@link #act} (mined in the next block).
 */
public final class FakeMarket implements KeeperChain, ProverChain {
    public static final long PROPOSAL = 10;
    public static final long PROOF = 20;
    public static final long DISPUTE = 30;
    public static final long SECONDS_PER_BLOCK = 2;
    public static final BigInteger REWARD = BigInteger.valueOf(1_000);

    /** One transcript's market state. */
    static final class T {
        final Transcript transcript;
        final long committedBlock;
        final long attempt;
        TranscriptStatus status = TranscriptStatus.COMMITTED;
        Bytes32 root = Bytes32.ZERO;
        long finalisedAt;
        final Set<Integer> contributed = new HashSet<>();
        final Set<Integer> settled = new HashSet<>();
        final Set<Integer> badVotes = new HashSet<>();

        T(Transcript transcript, long committedBlock, long attempt) {
            this.transcript = transcript;
            this.committedBlock = committedBlock;
            this.attempt = attempt;
        }

        T copy() {
            return movedTo(committedBlock);
        }

        /** This transcript's state as if its commit had been mined in {@code block}. */
        T movedTo(long block) {
            T c = new T(transcript, block, attempt);
            c.status = status;
            c.root = root;
            c.finalisedAt = finalisedAt;
            c.contributed.addAll(contributed);
            c.settled.addAll(settled);
            c.badVotes.addAll(badVotes);
            return c;
        }
    }

    /** The contract's state; copied to compute the pending block. */
    public static final class State {
        public long head;
        final Map<Long, long[]> rounds = new HashMap<>(); // height -> {start, attempt}
        final Map<Bytes32, T> transcripts = new LinkedHashMap<>();
        final Map<Address, BigInteger> claimable = new HashMap<>();
        public final Map<Address, BigInteger> paid = new HashMap<>();
        public final List<String> slashes = new ArrayList<>();
        public final List<String> disputes = new ArrayList<>();
        public BigInteger rewards = BigInteger.ZERO;
        BigInteger allowance = BigInteger.ZERO;

        State copy() {
            State c = new State();
            c.head = head;
            rounds.forEach((h, r) -> c.rounds.put(h, r.clone()));
            transcripts.forEach((id, t) -> c.transcripts.put(id, t.copy()));
            c.claimable.putAll(claimable);
            c.paid.putAll(paid);
            c.slashes.addAll(slashes);
            c.disputes.addAll(disputes);
            c.rewards = rewards;
            c.allowance = allowance;
            return c;
        }
    }

    private record Tx(TxHash hash, Address from, Consumer<State> effect) {}

    /** The market's address in the fake's logs. */
    public static final Address MARKET = Address.of("0x" + "4d".repeat(20));

    private final Address me;
    private final FakeCommitLogs logs = new FakeCommitLogs(this);
    private final Map<String, Transcript> everCommitted = new HashMap<>();
    private State mined = new State();
    private final List<Tx> pool = new ArrayList<>();
    private final Map<TxHash, Boolean> receipts = new HashMap<>();
    private long block = 100;
    private long timestamp = 1_000;
    private int sends;

    /** Every transaction sent by the agent (through a {@code submit}), in order. */
    public final List<String> sent = new ArrayList<>();

    /** A market whose agent side sends from {@code me}. */
    public FakeMarket(Address me) {
        this.me = me;
    }

    // ------------------------------------------------------------------ the chain moving

    /**
     * Mines one block: the pool's transactions in order (each reverting on its own), time moves on.
     */
    public void mine() {
        block++;
        timestamp += SECONDS_PER_BLOCK;
        for (Tx tx : pool) {
            State next = applied(mined, tx);
            receipts.put(tx.hash(), next != null);
            if (next != null) {
                mined = next;
            }
        }
        pool.clear();
    }

    public void mine(int blocks) {
        for (int i = 0; i < blocks; i++) {
            mine();
        }
    }

    public long block() {
        return block;
    }

    /** Evicts the pool (a node restart without its pool): those transactions are unknown now. */
    public void dropPool() {
        pool.clear();
    }

    /**
     * Another account's transaction, mined in the next block (a competing keeper or a proposer).
     */
    public void act(Address from, Consumer<State> effect) {
        pool.add(new Tx(hash(), from, effect));
    }

    /** The state after {@code tx}, or null when it reverts (the state is then unchanged). */
    private static State applied(State state, Tx tx) {
        State trial = state.copy();
        try {
            tx.effect().accept(trial);
        } catch (ContractRevertException reverted) {
            return null;
        }
        return trial;
    }

    /** The pending block: the mined state with the pool applied at the next block's time. */
    private State pending() {
        State state = mined;
        for (Tx tx : pool) {
            State next = applied(state, tx);
            if (next != null) {
                state = next;
            }
        }
        return state;
    }

    private TxHash hash() {
        return TxHash.of(String.format("0x%064x", ++sends));
    }

    private TxHash submit(String what, Consumer<State> effect) {
        State dry = pending().copy();
        // the dry run at the pending block: a revert throws the contract's typed error
        effect.accept(dry);
        TxHash hash = hash();
        pool.add(new Tx(hash, me, effect));
        sent.add(what);
        return hash;
    }

    // ------------------------------------------------------------------ other parties

    /**
     * A proposer commits {@code transcript} (mined in the next block); opens the round on its first
     * commit.
     */
    public void commit(Transcript transcript) {
        everCommitted.put(transcript.id().hex().toLowerCase(java.util.Locale.ROOT), transcript);
        long at = block + 1;
        long time = timestamp + SECONDS_PER_BLOCK;
        act(
                transcript.proposer(),
                s -> {
                    long[] round =
                            s.rounds.computeIfAbsent(transcript.height(), h -> new long[] {0, 0});
                    if (round[0] == 0) {
                        round[0] = time;
                    }
                    s.transcripts.put(transcript.id(), new T(transcript, at, round[1]));
                });
    }

    public void reveal(Transcript transcript, Bytes32 root) {
        act(
                transcript.proposer(),
                s -> {
                    T t = s.transcripts.get(transcript.id());
                    t.status = TranscriptStatus.REVEALED;
                    t.root = root;
                });
    }

    /** A proof in which {@code positions} contributed. */
    public void prove(Transcript transcript, Integer... positions) {
        act(
                transcript.proposer(),
                s -> {
                    T t = s.transcripts.get(transcript.id());
                    t.status = TranscriptStatus.PROVEN;
                    t.contributed.clear();
                    t.contributed.addAll(List.of(positions));
                });
    }

    /**
     * The prover of {@code position} disputes by itself (mined in the next block), settling the
     * position.
     */
    public void disputeByOther(Transcript transcript, int position) {
        act(
                transcript.assignments().get(position).prover(),
                s -> {
                    settle(live(s, transcript), position);
                    s.disputes.add(transcript.height() + " #" + position);
                });
    }

    /**
     * A reorganisation abandons the block that committed {@code transcript}: the commit is gone
     * from the chain (a proposer may commit it again), and every block from that one on has a new
     * hash, as on a node that mined a different branch of the same length.
     */
    public void reorgOut(Transcript transcript) {
        T t = mined.transcripts.remove(transcript.id());
        if (t == null) {
            throw new IllegalStateException("transcript " + transcript.id() + " is not mined");
        }
        logs.reorgFrom(t.committedBlock, block);
    }

    /**
     * A reorganisation replaces every block from the one that committed {@code transcript} on, and
     * the new branch carries the same commit in block {@code toBlock} (at or after the old one, at
     * most the head): a block number a reader had already read now holds a commit it never saw.
     */
    public void reorgMoving(Transcript transcript, long toBlock) {
        T t = mined.transcripts.get(transcript.id());
        if (t == null || toBlock < t.committedBlock || toBlock > block) {
            throw new IllegalArgumentException("cannot move " + transcript.id() + " to " + toBlock);
        }
        mined.transcripts.put(transcript.id(), t.movedTo(toBlock));
        logs.reorgFrom(t.committedBlock, block);
    }

    /** Marks the vote at {@code position} as one the market would find bad when slashing. */
    public void badVote(Transcript transcript, int position) {
        mined.transcripts.get(transcript.id()).badVotes.add(position);
    }

    public State state() {
        return mined;
    }

    /**
     * A transcript ever committed on this chain, by its id's hex, whether or not a reorganisation
     * took it out since (a removed log still decodes, as a real log decodes from its topics).
     */
    Optional<Transcript> knownCommit(String idHex) {
        return Optional.ofNullable(everCommitted.get(idHex.toLowerCase(java.util.Locale.ROOT)));
    }

    /** The mined commits, in commit order. */
    List<CommittedTranscript> minedCommits() {
        return mined.transcripts.values().stream()
                .map(t -> new CommittedTranscript(t.transcript, t.committedBlock))
                .toList();
    }

    // ------------------------------------------------------------------ the contract's rules

    static void finalise(State s, long height, long now) {
        if (height != s.head + 1) {
            throw new BlockMarketWrongHeightException(Map.of(), "0x");
        }
        long[] round = s.rounds.getOrDefault(height, new long[] {0, 0});
        if (round[0] == 0) {
            throw new BlockMarketRoundNotStartedException(Map.of(), "0x");
        }
        if (now < round[0] + PROPOSAL + PROOF) {
            throw new BlockMarketWindowOpenException(Map.of(), "0x");
        }
        List<T> proven =
                s.transcripts.values().stream()
                        .filter(
                                t ->
                                        t.transcript.height() == height
                                                && t.attempt == round[1]
                                                && t.status == TranscriptStatus.PROVEN)
                        .toList();
        if (proven.isEmpty()) {
            s.rounds.put(height, new long[] {0, round[1] + 1});
            return;
        }
        T winner = proven.getFirst();
        winner.status = TranscriptStatus.WON;
        winner.finalisedAt = now;
        proven.stream().skip(1).forEach(t -> t.status = TranscriptStatus.UNCLE);
        s.rewards = s.rewards.subtract(REWARD.min(s.rewards));
        s.head = height;
    }

    private static T live(State s, Transcript transcript) {
        return s.transcripts.get(transcript.id());
    }

    // ------------------------------------------------------------------ MarketReads

    @Override
    public MarketParams params() {
        return new MarketParams(
                Address.ZERO,
                PROPOSAL,
                PROOF,
                DISPUTE,
                200,
                300,
                false,
                64,
                0,
                2,
                1000,
                1000,
                Amount.of(1),
                Amount.ZERO,
                Amount.of(REWARD),
                Amount.of(10));
    }

    @Override
    public long headHeight() {
        return pending().head;
    }

    @Override
    public RoundState round(long height) {
        long[] r = pending().rounds.getOrDefault(height, new long[] {0, 0});
        return new RoundState(r[0], r[1], List.of());
    }

    @Override
    public long latestTimestamp() {
        return timestamp;
    }

    @Override
    public TranscriptState transcript(Transcript transcript) {
        T t = live(pending(), transcript);
        TranscriptStatus status = t == null ? TranscriptStatus.NONE : t.status;
        return new TranscriptState(
                transcript.proposer(),
                t == null ? 0 : t.attempt,
                transcript.distinctProvers(),
                transcript.assignments().size(),
                transcript.treeDepth(),
                transcript.proverRewardBps(),
                status,
                false,
                Amount.of(1),
                0,
                t == null ? 0 : t.committedBlock,
                0,
                0,
                t == null ? 0 : t.contributed.size(),
                transcript.assignmentsRoot(),
                t == null ? Bytes32.ZERO : t.root,
                Bytes32.ZERO,
                Amount.ZERO,
                t == null ? 0 : t.finalisedAt);
    }

    @Override
    public PositionState position(Transcript transcript, int position) {
        T t = live(pending(), transcript);
        return new PositionState(t.contributed.contains(position), t.settled.contains(position));
    }

    @Override
    public LogCursor<CommitLog> commitLogs(long fromBlock) {
        return new LogCursor<>(
                logs,
                List.of(MARKET),
                logs,
                CursorOptions.DEFAULT,
                PositionStore.inMemory(),
                fromBlock);
    }

    @Override
    public Optional<CommittedTranscript> transcriptOf(CommitLog log) {
        T t = mined.transcripts.get(Bytes32.of(log.log().data()));
        return t == null || t.committedBlock != log.log().blockNumber()
                ? Optional.empty()
                : Optional.of(new CommittedTranscript(t.transcript, t.committedBlock));
    }

    @Override
    public Optional<Boolean> outcome(TxHash hash) {
        return Optional.ofNullable(receipts.get(hash));
    }

    @Override
    public boolean isKnown(TxHash hash) {
        return receipts.containsKey(hash) || pool.stream().anyMatch(tx -> tx.hash().equals(hash));
    }

    // ------------------------------------------------------------------ KeeperChain

    @Override
    public Amount rewardsAvailable() {
        return Amount.of(pending().rewards);
    }

    @Override
    public Amount allowance() {
        // the token's view reads latest
        return Amount.of(mined.allowance);
    }

    @Override
    public TxHash submitFinalise(long height) {
        long next = timestamp + SECONDS_PER_BLOCK;
        return submit("finalise " + height, s -> finalise(s, height, next));
    }

    /** A finalise by another keeper, mined in the next block. */
    public void finaliseByOther(long height) {
        long next = timestamp + SECONDS_PER_BLOCK;
        act(Address.ZERO, s -> finalise(s, height, next));
    }

    @Override
    public TxHash submitSlash(Transcript transcript, int position) {
        return submit(
                "slash " + transcript.height() + " #" + position,
                slash(transcript, position, timestamp + SECONDS_PER_BLOCK));
    }

    /** The contract's {@code slashWithheld} at time {@code now}. */
    public Consumer<State> slash(Transcript transcript, int position, long now) {
        return s -> {
            T t = live(s, transcript);
            if (t.status != TranscriptStatus.WON) {
                throw new BlockMarketNotWinnerException(Map.of(), "0x");
            }
            if (t.contributed.contains(position)) {
                throw new BlockMarketProverContributedException(Map.of(), "0x");
            }
            if (now < t.finalisedAt + DISPUTE) {
                throw new BlockMarketDisputeWindowOpenException(Map.of(), "0x");
            }
            if (t.badVotes.contains(position)) {
                throw new BlockMarketVoteInvalidException(Map.of(), "0x");
            }
            settle(t, position);
            s.slashes.add(transcript.height() + " #" + position);
        };
    }

    private static void settle(T t, int position) {
        if (!t.settled.add(position)) {
            throw new BlockMarketAlreadySettledException(Map.of(), "0x");
        }
    }

    @Override
    public TxHash submitApprove(Amount amount) {
        return submit("approve " + amount, s -> s.allowance = amount.value());
    }

    @Override
    public TxHash submitFund(Amount amount) {
        return submit(
                "fund " + amount,
                s -> {
                    if (s.allowance.compareTo(amount.value()) < 0) {
                        throw new ERC20InsufficientAllowanceException(Map.of(), "0x");
                    }
                    s.allowance = s.allowance.subtract(amount.value());
                    s.rewards = s.rewards.add(amount.value());
                });
    }

    /** Someone else tops the pool up (mined in the next block). */
    public void fundByOther(BigInteger amount) {
        act(Address.ZERO, s -> s.rewards = s.rewards.add(amount));
    }

    // ------------------------------------------------------------------ ProverChain

    @Override
    public Address prover() {
        return me;
    }

    @Override
    public Amount claimable() {
        return Amount.of(pending().claimable.getOrDefault(me, BigInteger.ZERO));
    }

    @Override
    public SignedAttestation attest(
            long height, Bytes32 txOrderRoot, TreePosition position, byte[] part) {
        return new SignedAttestation(
                Attestation.ofPart(height, txOrderRoot, position, part),
                me,
                new CompactSignature(Bytes32.of(new byte[32]), Bytes32.of(new byte[32])));
    }

    @Override
    public TxHash submitDispute(
            Transcript transcript, int position, SignedAttestation attestation, byte[] part) {
        long now = timestamp + SECONDS_PER_BLOCK;
        return submit(
                "dispute " + transcript.height() + " #" + position,
                s -> {
                    T t = live(s, transcript);
                    if (t.status != TranscriptStatus.WON) {
                        throw new BlockMarketNotWinnerException(Map.of(), "0x");
                    }
                    if (t.contributed.contains(position)) {
                        throw new BlockMarketProverContributedException(Map.of(), "0x");
                    }
                    if (now >= t.finalisedAt + DISPUTE) {
                        throw new BlockMarketDisputeWindowClosedException(Map.of(), "0x");
                    }
                    if (!attestation
                            .attestation()
                            .partHash()
                            .equals(Attestation.partHashOf(part))) {
                        throw new IllegalStateException("the part does not match its attestation");
                    }
                    settle(t, position);
                    s.disputes.add(transcript.height() + " #" + position);
                });
    }

    @Override
    public TxHash submitClaimReward(Transcript transcript, int position) {
        return submit(
                "reward " + transcript.height() + " #" + position,
                claimReward(transcript, position));
    }

    /** The contract's {@code claimProverReward}: 100 per contributed position. */
    public Consumer<State> claimReward(Transcript transcript, int position) {
        return s -> {
            T t = live(s, transcript);
            if (t.status != TranscriptStatus.WON && t.status != TranscriptStatus.UNCLE) {
                throw new BlockMarketNotPaidException(Map.of(), "0x");
            }
            if (!t.contributed.contains(position)) {
                throw new BlockMarketNotContributedException(Map.of(), "0x");
            }
            settle(t, position);
            s.claimable.merge(
                    transcript.assignments().get(position).prover(),
                    BigInteger.valueOf(100),
                    BigInteger::add);
        };
    }

    @Override
    public TxHash submitClaim() {
        return submit(
                "claim",
                s -> {
                    BigInteger due = s.claimable.getOrDefault(me, BigInteger.ZERO);
                    if (due.signum() == 0) {
                        throw new BlockMarketNothingToClaimException(Map.of(), "0x");
                    }
                    s.claimable.put(me, BigInteger.ZERO);
                    s.paid.merge(me, due, BigInteger::add);
                });
    }
}

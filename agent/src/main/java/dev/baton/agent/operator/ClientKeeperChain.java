package dev.baton.agent.operator;

import dev.baton.agent.market.ClientMarketReads;
import dev.baton.agent.market.CommittedTranscript;
import dev.baton.agent.market.MarketReads;
import dev.baton.client.TokenClient;
import dev.baton.client.market.MarketOperatorClient;
import dev.baton.client.market.MarketParams;
import dev.baton.client.market.PositionState;
import dev.baton.client.market.RoundState;
import dev.baton.client.market.TranscriptState;
import dev.baton.market.Transcript;
import dev.baton.tx.Transactor;
import dev.baton.tx.TxRequest;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import dev.baton.types.TxHash;
import java.util.List;
import java.util.Optional;

/** The keeper's market chain through the market operator client, the token client and the transactor. */
public final class ClientKeeperChain implements KeeperChain {
    private final Transactor tx;
    private final MarketOperatorClient operator;
    private final TokenClient tokens;
    private final MarketReads reads;
    private volatile Address token;

    public ClientKeeperChain(Transactor tx, MarketOperatorClient operator, TokenClient tokens, ClientMarketReads reads) {
        this.tx = tx;
        this.operator = operator;
        this.tokens = tokens;
        this.reads = reads;
    }

    private Address token() {
        Address t = token;
        if (t == null) {
            t = operator.view().config().token();
            token = t;
        }
        return t;
    }

    @Override public MarketParams params() { return reads.params(); }

    @Override public long headHeight() { return reads.headHeight(); }

    @Override public RoundState round(long height) { return reads.round(height); }

    @Override public long latestTimestamp() { return reads.latestTimestamp(); }

    @Override public TranscriptState transcript(Transcript t) { return reads.transcript(t); }

    @Override public PositionState position(Transcript t, int position) { return reads.position(t, position); }

    @Override public List<CommittedTranscript> committed(long from, long to) { return reads.committed(from, to); }

    @Override public Optional<Boolean> outcome(TxHash hash) { return reads.outcome(hash); }

    @Override public boolean isKnown(TxHash hash) { return reads.isKnown(hash); }

    @Override public Amount rewardsAvailable() { return operator.view().rewardsAvailable(); }

    @Override
    public Amount allowance() {
        return tokens.allowance(token(), tx.sender(), operator.view().market());
    }

    @Override public TxHash submitFinalise(long height) { return submit(operator.finaliseRequest(height)); }

    @Override
    public TxHash submitSlash(Transcript transcript, int position) {
        return submit(operator.slashWithheldRequest(transcript, position));
    }

    @Override
    public TxHash submitApprove(Amount amount) {
        return submit(tokens.approveRequest(token(), operator.view().market(), amount));
    }

    @Override public TxHash submitFund(Amount amount) { return submit(operator.fundRewardsRequest(amount)); }

    private TxHash submit(TxRequest request) {
        return tx.submit(request).hash();
    }
}

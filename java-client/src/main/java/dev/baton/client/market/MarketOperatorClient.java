package dev.baton.client.market;

import dev.baton.client.TokenClient;
import dev.baton.events.LogSource;
import dev.baton.internal.client.RoleContext;
import dev.baton.internal.market.MarketAbi;
import dev.baton.market.Transcript;
import dev.baton.tx.TxReceipt;
import dev.baton.tx.TxRequest;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.util.List;

/**
 * The market duties anyone may perform: fund rewards, finalise a height after its proof window,
 * credit provers their rewards, slash withheld assignments after the dispute window, challenge a
 * bad vote; and the ranking of a height.
 */
public final class MarketOperatorClient {
    private final MarketTx tx;
    private final MarketView view;
    private final TokenClient tokens;
    private final LogSource logs;

    /**
     * The operator client of the market at {@code market}; obtained through {@code
     * Baton.marketOperator(market)}.
     */
    public MarketOperatorClient(RoleContext context, Address market) {
        this(MarketWiring.of(context, market), context);
    }

    private MarketOperatorClient(MarketWiring wiring, RoleContext context) {
        this(wiring.tx(), wiring.view(), context.baton().tokens(), MarketWiring.logs(context));
    }

    MarketOperatorClient(MarketTx tx, MarketView view, TokenClient tokens, LogSource logs) {
        this.tx = tx;
        this.view = view;
        this.tokens = tokens;
        this.logs = logs;
    }

    public MarketView view() {
        return view;
    }

    /**
     * Adds {@code amount} of the stake token to the reward pool (approving the market first when
     * needed).
     */
    public TxReceipt fundRewards(Amount amount) {
        var token = view.config().token();
        if (tokens.allowance(token, tx.sender(), view.market()).compareTo(amount) < 0) {
            tokens.approve(token, view.market(), amount);
        }
        return tx.send(MarketAbi.fundRewards(amount));
    }

    /**
     * The {@code fundRewards(amount)} request alone (the market must already be approved for {@code
     * amount}).
     */
    public TxRequest fundRewardsRequest(Amount amount) {
        return tx.request(MarketAbi.fundRewards(amount));
    }

    /** The {@code finalise(height)} request, for agents that submit without waiting. */
    public TxRequest finaliseRequest(long height) {
        return tx.request(MarketAbi.finalise(height));
    }

    /**
     * The {@code slashWithheld} request of assignment {@code position}, for agents that submit
     * without waiting.
     */
    public TxRequest slashWithheldRequest(Transcript transcript, int position) {
        return tx.request(
                MarketAbi.slashWithheld(transcript, position, transcript.proof(position)));
    }

    /**
     * The {@code claimProverReward} request of assignment {@code position}, for agents that submit
     * without waiting.
     */
    public TxRequest claimProverRewardRequest(Transcript transcript, int position) {
        return tx.request(
                MarketAbi.claimProverReward(transcript, position, transcript.proof(position)));
    }

    public TxReceipt finalise(long height) {
        return tx.send(MarketAbi.finalise(height));
    }

    /**
     * Credits the prover of contributed assignment {@code position} of a winning or uncle
     * transcript.
     */
    public TxReceipt claimProverReward(Transcript transcript, int position) {
        return tx.send(
                MarketAbi.claimProverReward(transcript, position, transcript.proof(position)));
    }

    /**
     * Slashes the prover of withheld assignment {@code position} of the winner, after the dispute
     * window.
     */
    public TxReceipt slashWithheld(Transcript transcript, int position) {
        return tx.send(MarketAbi.slashWithheld(transcript, position, transcript.proof(position)));
    }

    /** Proves that the vote of assignment {@code position} is bad; the caller takes the bounty. */
    public TxReceipt challengeVote(Transcript transcript, int position) {
        return tx.send(MarketAbi.challengeVote(transcript, position, transcript.proof(position)));
    }

    /** Every transcript committed at {@code height}, best score first. */
    public List<RankingRow> ranking(long height, long fromBlock) {
        return new MarketRanking(view, logs).rows(height, fromBlock);
    }

    public Amount claim() {
        return tx.claim();
    }
}

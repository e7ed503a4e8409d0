package dev.baton.agent.operator;

import dev.baton.agent.market.ClientMarketReads;
import dev.baton.agent.market.ForwardingMarketReads;
import dev.baton.client.TokenClient;
import dev.baton.client.market.MarketOperatorClient;
import dev.baton.market.Transcript;
import dev.baton.tx.Transactor;
import dev.baton.tx.TxRequest;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import dev.baton.types.TxHash;

/**
 * The keeper's market chain through the market operator client, the token client and the
 * transactor.
 */
public final class ClientKeeperChain extends ForwardingMarketReads implements KeeperChain {
    private final Transactor tx;
    private final MarketOperatorClient operator;
    private final TokenClient tokens;
    private volatile Address token;

    public ClientKeeperChain(
            Transactor tx,
            MarketOperatorClient operator,
            TokenClient tokens,
            ClientMarketReads reads) {
        super(reads);
        this.tx = tx;
        this.operator = operator;
        this.tokens = tokens;
    }

    private Address token() {
        Address t = token;
        if (t == null) {
            t = operator.view().config().token();
            token = t;
        }
        return t;
    }

    @Override
    public Amount rewardsAvailable() {
        return operator.view().rewardsAvailable();
    }

    @Override
    public Amount allowance() {
        return tokens.allowance(token(), tx.sender(), operator.view().market());
    }

    @Override
    public TxHash submitFinalise(long height) {
        return submit(operator.finaliseRequest(height));
    }

    @Override
    public TxHash submitSlash(Transcript transcript, int position) {
        return submit(operator.slashWithheldRequest(transcript, position));
    }

    @Override
    public TxHash submitApprove(Amount amount) {
        return submit(tokens.approveRequest(token(), operator.view().market(), amount));
    }

    @Override
    public TxHash submitFund(Amount amount) {
        return submit(operator.fundRewardsRequest(amount));
    }

    private TxHash submit(TxRequest request) {
        return tx.submit(request).hash();
    }
}

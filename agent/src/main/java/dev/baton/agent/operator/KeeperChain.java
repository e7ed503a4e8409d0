package dev.baton.agent.operator;

import dev.baton.agent.market.MarketReads;
import dev.baton.market.Transcript;
import dev.baton.types.Amount;
import dev.baton.types.TxHash;

/**
 * What the keeper's market duties ask the chain and send; {@link ClientKeeperChain} is the real
 * one, unit tests use a fake. Every {@code submit} signs and sends without waiting after a dry run;
 * a dry run that reverts throws its typed exception and sends nothing.
 */
public interface KeeperChain extends MarketReads {
    /** Funded rewards not yet assigned to a block (pending block). */
    Amount rewardsAvailable();

    /** What the keeper has approved the market to take of the stake token (pending block). */
    Amount allowance();

    TxHash submitFinalise(long height);

    TxHash submitSlash(Transcript transcript, int position);

    TxHash submitApprove(Amount amount);

    TxHash submitFund(Amount amount);
}

package dev.baton.agent.sequencer;

import dev.baton.agent.runtime.SentTransactions;
import dev.baton.client.StakeBalances;
import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.BidEntry;
import dev.baton.client.auction.EpochInfo;
import dev.baton.client.auction.EpochSlotMap;
import dev.baton.client.auction.ScheduledSlot;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import dev.baton.types.TxHash;
import java.util.List;

/**
 * What the sequencer agent's duties ask the chain. Reads are of the node's pending block (so a
 * transaction sent and not yet mined already shows); each {@code submit} dry-runs, signs and sends
 * without waiting, and a dry run that reverts throws its typed exception with nothing sent. {@link
 * ClientSequencerChain} is the real one.
 */
public interface SequencerChain extends SentTransactions {
    Address account();

    AuctionTimeline timeline();

    EpochInfo epoch(long epoch);

    List<BidEntry> entries(long epoch);

    /** The elected epoch's slot map, computed off-chain from its seed and entries. */
    EpochSlotMap slotMap(long epoch);

    boolean isPublished(long epoch, int slot);

    /** Credited, unclaimed rewards of this account. */
    Amount claimable();

    /** This account's stake in the bid token. */
    StakeBalances stake();

    int stakeTokenDecimals();

    int rewardTokenDecimals();

    TxHash submitBid(long epoch, Amount amount);

    TxHash submitBidFor(long epoch, Address sequencer, Amount amount, int maxCommissionBps);

    TxHash submitPublish(ScheduledSlot slot, byte[] batchHash);

    TxHash submitSettle(long epoch, int entry);

    TxHash submitClaim();
}

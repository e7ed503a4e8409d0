package dev.baton.internal.auction;

import dev.baton.client.auction.Displacement;
import dev.baton.errors.AbiDecodingException;
import dev.baton.events.RawLog;
import dev.baton.internal.contracts.ISlotAuctionFull;
import dev.baton.tx.TxReceipt;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.datatypes.Event;
import org.web3j.protocol.core.methods.response.Log;

/**
 * The auction events the clients read back from their own receipts, decoded by the generated event
 * definitions of {@link ISlotAuctionFull} (topic0 from {@link EventEncoder}, fields by name from
 * the generated event responses).
 */
public final class AuctionLogs {

    public static final String BID_PLACED_TOPIC =
            EventEncoder.encode(ISlotAuctionFull.BIDPLACED_EVENT);
    public static final String REWARD_CLAIMED_TOPIC =
            EventEncoder.encode(ISlotAuctionFull.REWARDCLAIMED_EVENT);
    public static final String SEQUENCER_DISPLACED_TOPIC =
            EventEncoder.encode(ISlotAuctionFull.SEQUENCERDISPLACED_EVENT);

    private AuctionLogs() {}

    /** The entry index of the first {@code BidPlaced} log of {@code auction} in {@code receipt}. */
    public static Optional<Integer> bidPlacedEntry(TxReceipt receipt, Address auction) {
        return first(
                receipt,
                auction,
                ISlotAuctionFull.BIDPLACED_EVENT,
                log ->
                        AuctionMapper.u32(
                                "BidPlaced.entry",
                                ISlotAuctionFull.getBidPlacedEventFromLog(log).entry));
    }

    /** The amount of the first {@code RewardClaimed} log of {@code auction} in {@code receipt}. */
    public static Optional<Amount> rewardClaimed(TxReceipt receipt, Address auction) {
        return first(
                receipt,
                auction,
                ISlotAuctionFull.REWARDCLAIMED_EVENT,
                log -> Amount.of(ISlotAuctionFull.getRewardClaimedEventFromLog(log).amount));
    }

    /**
     * The {@code SequencerDisplaced} log of {@code auction} in {@code receipt}, if the bid
     * displaced a sequencer.
     */
    public static Optional<Displacement> sequencerDisplaced(TxReceipt receipt, Address auction) {
        return first(
                receipt,
                auction,
                ISlotAuctionFull.SEQUENCERDISPLACED_EVENT,
                log -> displacement(log, receipt.blockNumber()));
    }

    /** Decodes one {@code SequencerDisplaced} log (as read by a log query, with its block). */
    public static Displacement sequencerDisplaced(RawLog raw) {
        return decode(
                ISlotAuctionFull.SEQUENCERDISPLACED_EVENT,
                raw,
                log -> displacement(log, raw.blockNumber()));
    }

    private static Displacement displacement(Log log, long blockNumber) {
        ISlotAuctionFull.SequencerDisplacedEventResponse e =
                ISlotAuctionFull.getSequencerDisplacedEventFromLog(log);
        return new Displacement(
                AuctionMapper.u64("SequencerDisplaced.epoch", e.epoch),
                Address.of(e.displaced),
                Address.of(e.by),
                AuctionMapper.u32("SequencerDisplaced.place", e.place),
                AuctionMapper.u64("SequencerDisplaced.displacedTotal", e.displacedTotal),
                blockNumber);
    }

    private static <T> Optional<T> first(
            TxReceipt receipt, Address auction, Event event, Function<Log, T> decode) {
        String topic0 = EventEncoder.encode(event);
        return receipt.logs().stream()
                .filter(log -> log.address().equals(auction))
                .filter(
                        log ->
                                !log.topics().isEmpty()
                                        && log.topics().getFirst().equalsIgnoreCase(topic0))
                .findFirst()
                .map(log -> decode(event, log, decode));
    }

    private static <T> T decode(Event event, RawLog raw, Function<Log, T> decode) {
        Log log = new Log();
        log.setAddress(raw.address().lowerHex());
        log.setTopics(raw.topics().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList());
        log.setData(raw.data());
        try {
            return decode.apply(log);
        } catch (AbiDecodingException e) {
            throw e;
        } catch (RuntimeException malformed) {
            throw new AbiDecodingException(
                    event.getName() + " log", raw.topics() + " " + raw.data(), malformed);
        }
    }
}

package dev.baton.internal.auction;

import static dev.baton.internal.abi.AbiValues.checked;

import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.BidEntry;
import dev.baton.client.auction.EpochInfo;
import dev.baton.client.auction.RewardPool;
import dev.baton.internal.abi.AbiCall;
import dev.baton.internal.abi.Wrappers;
import dev.baton.internal.contracts.ISlotAuctionFull;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.datatypes.Type;

/**
 * Slot auction calls through the generated {@link ISlotAuctionFull} wrapper: calldata from its
 * functions (integer arguments range-checked by name first), results decoded with its output types
 * and mapped by {@link AuctionMapper}. Events are in {@link AuctionLogs}.
 */
public final class AuctionAbi {

    static final ISlotAuctionFull AUCTION = Wrappers.codec(ISlotAuctionFull::load);

    private AuctionAbi() {}

    public static String bid(long epoch, Address token, BigInteger amount) {
        return AUCTION.bid(epoch(epoch), token.lowerHex(), checked("amount", amount, 256))
                .encodeFunctionCall();
    }

    public static String bidFor(
            long epoch, Address sequencer, Address token, BigInteger amount, int maxCommissionBps) {
        return AUCTION.bidFor(
                        epoch(epoch),
                        sequencer.lowerHex(),
                        token.lowerHex(),
                        checked("amount", amount, 256),
                        checked("maxCommissionBps", BigInteger.valueOf(maxCommissionBps), 16))
                .encodeFunctionCall();
    }

    public static String setDelegationOpen(boolean open) {
        return AUCTION.setDelegationOpen(open).encodeFunctionCall();
    }

    public static String setCommission(int bps) {
        return AUCTION.setCommission(checked("bps", BigInteger.valueOf(bps), 16))
                .encodeFunctionCall();
    }

    public static String seal(long epoch) {
        return AUCTION.seal(epoch(epoch)).encodeFunctionCall();
    }

    public static String publishBatch(long epoch, int slot, int entryHint, byte[] batchHash) {
        return AUCTION.publishBatch(
                        epoch(epoch), index("slot", slot), index("entryHint", entryHint), batchHash)
                .encodeFunctionCall();
    }

    public static String settle(long epoch, int entry) {
        return AUCTION.settle(epoch(epoch), index("entry", entry)).encodeFunctionCall();
    }

    public static String fundRewards(BigInteger amount) {
        return AUCTION.fundRewards(checked("amount", amount, 256)).encodeFunctionCall();
    }

    public static String claim() {
        return AUCTION.claim().encodeFunctionCall();
    }

    /** The block timeline from {@code params()}. */
    public static AbiCall<AuctionTimeline> timeline() {
        var call = AUCTION.params();
        return new AbiCall<>(
                call.encodeFunctionCall(),
                result ->
                        AuctionMapper.timeline(
                                Wrappers.single(
                                        "SlotAuction.params",
                                        call,
                                        result,
                                        ISlotAuctionFull.Params.class)));
    }

    /** The reward token from {@code params()}. */
    public static AbiCall<Address> rewardToken() {
        var call = AUCTION.params();
        return new AbiCall<>(
                call.encodeFunctionCall(),
                result ->
                        Address.of(
                                Wrappers.single(
                                                "SlotAuction.params",
                                                call,
                                                result,
                                                ISlotAuctionFull.Params.class)
                                        .rewardToken));
    }

    public static AbiCall<EpochInfo> epochInfo(long epoch) {
        var call = AUCTION.epochInfo(epoch(epoch));
        return new AbiCall<>(
                call.encodeFunctionCall(),
                result ->
                        AuctionMapper.epochInfo(
                                epoch,
                                Wrappers.single(
                                        "SlotAuction.epochInfo",
                                        call,
                                        result,
                                        ISlotAuctionFull.EpochInfo.class)));
    }

    public static AbiCall<BidEntry> entryOf(long epoch, int entry) {
        var call = AUCTION.entryOf(epoch(epoch), index("entry", entry));
        return new AbiCall<>(
                call.encodeFunctionCall(),
                result -> {
                    List<Type> values = Wrappers.decode("SlotAuction.entryOf", call, result, 3);
                    return AuctionMapper.entry(
                            epoch,
                            entry,
                            (ISlotAuctionFull.Entry) values.get(0),
                            (BigInteger) values.get(1).getValue(),
                            (BigInteger) values.get(2).getValue());
                });
    }

    /**
     * The entries of {@code epoch} that hold slots ({@code heldEntriesIn}): in an epoch capped by
     * stake the places' entries, not the entry-number bound {@code epochInfo} reports there.
     */
    public static AbiCall<Integer> heldEntriesIn(long epoch) {
        var call = AUCTION.heldEntriesIn(epoch(epoch));
        return new AbiCall<>(
                call.encodeFunctionCall(),
                result ->
                        AuctionMapper.u32(
                                "SlotAuction.heldEntriesIn",
                                Wrappers.uint("SlotAuction.heldEntriesIn", call, result)));
    }

    public static AbiCall<Address> sequencerOf(long epoch, int slot) {
        var call = AUCTION.sequencerOf(epoch(epoch), index("slot", slot));
        return new AbiCall<>(
                call.encodeFunctionCall(),
                result -> Address.of(Wrappers.address("SlotAuction.sequencerOf", call, result)));
    }

    /**
     * Word {@code word} of the epoch's published-slot bitmap (slot {@code 256·word + i} is bit
     * {@code i}).
     */
    public static AbiCall<BigInteger> publishedBitmap(long epoch, int word) {
        var call = AUCTION.publishedBitmap(epoch(epoch), index("word", word));
        return new AbiCall<>(
                call.encodeFunctionCall(),
                result -> Wrappers.uint("SlotAuction.publishedBitmap", call, result));
    }

    public static AbiCall<Amount> claimable(Address account) {
        var call = AUCTION.claimable(account.lowerHex());
        return new AbiCall<>(
                call.encodeFunctionCall(),
                result -> Amount.of(Wrappers.uint("SlotAuction.claimable", call, result)));
    }

    public static AbiCall<RewardPool> rewardPool() {
        var call = AUCTION.rewardPool();
        return new AbiCall<>(
                call.encodeFunctionCall(),
                result -> {
                    List<Type> values = Wrappers.decode("SlotAuction.rewardPool", call, result, 2);
                    return new RewardPool(
                            Amount.of((BigInteger) values.get(0).getValue()),
                            Amount.of((BigInteger) values.get(1).getValue()));
                });
    }

    /** Commission (basis points) of {@code sequencer} for {@code epoch}. */
    public static AbiCall<Integer> commissionOf(Address sequencer, long epoch) {
        var call = AUCTION.commissionOf(sequencer.lowerHex(), epoch(epoch));
        return new AbiCall<>(
                call.encodeFunctionCall(),
                result ->
                        AuctionMapper.u32(
                                "SlotAuction.commissionOf",
                                Wrappers.uint("SlotAuction.commissionOf", call, result)));
    }

    private static BigInteger epoch(long epoch) {
        return checked("epoch", BigInteger.valueOf(epoch), 64);
    }

    private static BigInteger index(String field, int value) {
        return checked(field, BigInteger.valueOf(value), 256);
    }
}

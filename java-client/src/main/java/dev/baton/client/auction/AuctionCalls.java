package dev.baton.client.auction;

import dev.baton.types.Address;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint16;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;

/** Calldata of the slot auction's functions; web3j's ABI types stay inside this class. */
final class AuctionCalls {
    private AuctionCalls() {}

    static String bid(long epoch, Address token, BigInteger amount) {
        return encode("bid", new Uint64(epoch), address(token), new Uint256(amount));
    }

    static String bidFor(long epoch, Address sequencer, Address token, BigInteger amount, int maxCommissionBps) {
        return encode("bidFor", new Uint64(epoch), address(sequencer), address(token), new Uint256(amount),
                new Uint16(maxCommissionBps));
    }

    static String setDelegationOpen(boolean open) {
        return encode("setDelegationOpen", new Bool(open));
    }

    static String setCommission(int bps) {
        return encode("setCommission", new Uint16(bps));
    }

    static String seal(long epoch) {
        return encode("seal", new Uint64(epoch));
    }

    static String publishBatch(long epoch, int slot, int entryHint, byte[] batchHash) {
        return encode("publishBatch", new Uint64(epoch), uint(slot), uint(entryHint), new Bytes32(batchHash));
    }

    static String settle(long epoch, int entry) {
        return encode("settle", new Uint64(epoch), uint(entry));
    }

    static String fundRewards(BigInteger amount) {
        return encode("fundRewards", new Uint256(amount));
    }

    static String claim() {
        return encode("claim");
    }

    static String params() {
        return encode("params");
    }

    static String epochInfo(long epoch) {
        return encode("epochInfo", new Uint64(epoch));
    }

    static String entryOf(long epoch, int entry) {
        return encode("entryOf", new Uint64(epoch), uint(entry));
    }

    static String sequencerOf(long epoch, int slot) {
        return encode("sequencerOf", new Uint64(epoch), uint(slot));
    }

    static String publishedBitmap(long epoch, int word) {
        return encode("publishedBitmap", new Uint64(epoch), uint(word));
    }

    static String claimable(Address account) {
        return encode("claimable", address(account));
    }

    static String rewardPool() {
        return encode("rewardPool");
    }

    static String stakeTokens() {
        return encode("stakeTokens");
    }

    static String commissionOf(Address sequencer, long epoch) {
        return encode("commissionOf", address(sequencer), new Uint64(epoch));
    }

    static String setAllowlisted(Address account, boolean allowed) {
        return encode("setAllowlisted", address(account), new Bool(allowed));
    }

    private static Uint256 uint(long value) {
        return new Uint256(BigInteger.valueOf(value));
    }

    private static org.web3j.abi.datatypes.Address address(Address a) {
        return new org.web3j.abi.datatypes.Address(a.lowerHex());
    }

    private static String encode(String name, Type<?>... args) {
        return FunctionEncoder.encode(new Function(name, List.of(args), List.of()));
    }
}

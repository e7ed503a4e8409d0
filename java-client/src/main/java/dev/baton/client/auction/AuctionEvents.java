package dev.baton.client.auction;

import dev.baton.events.RawLog;
import dev.baton.tx.TxReceipt;
import dev.baton.types.Address;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import org.web3j.crypto.Hash;

/** The few auction events the clients read back from their own receipts. */
final class AuctionEvents {
    static final String BID_PLACED =
            topic("BidPlaced(uint64,uint256,address,address,address,uint256,uint256,uint256,uint16)");
    static final String REWARD_CLAIMED = topic("RewardClaimed(address,uint256)");

    private AuctionEvents() {}

    /** The first log of {@code auction} with event signature {@code topic0} in the receipt. */
    static Optional<RawLog> find(TxReceipt receipt, Address auction, String topic0) {
        return receipt.logs().stream()
                .filter(log -> log.address().equals(auction))
                .filter(log -> !log.topics().isEmpty() && log.topics().get(0).equalsIgnoreCase(topic0))
                .findFirst();
    }

    static BigInteger word(String hex, int index) {
        String digits = hex.startsWith("0x") ? hex.substring(2) : hex;
        return new BigInteger(digits.substring(64 * index, 64 * (index + 1)), 16);
    }

    private static String topic(String signature) {
        return "0x" + HexFormat.of().formatHex(Hash.sha3(signature.getBytes(StandardCharsets.US_ASCII)));
    }
}

package dev.baton.internal.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.client.auction.Displacement;
import dev.baton.errors.AbiDecodingException;
import dev.baton.events.RawLog;
import dev.baton.tx.TxReceipt;
import dev.baton.types.Address;
import dev.baton.types.TxHash;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * {@code SequencerDisplaced} (MECHANISM.md §3.4a) decoded through the generated event definition.
 */
class AuctionLogsDisplacementTest {
    private static final Address AUCTION = Address.of("0x00000000000000000000000000000000000000aa");
    private static final Address SYBIL = Address.of("0x00000000000000000000000000000000000000b1");
    private static final Address ALICE = Address.of("0x00000000000000000000000000000000000000a1");

    /** A successful receipt of block 41 carrying {@code log}. */
    private static TxReceipt receiptAt41(RawLog log) {
        return new TxReceipt(
                TxHash.of("0x" + "cd".repeat(32)),
                41,
                "0x" + "ab".repeat(32),
                true,
                BigInteger.ONE,
                List.of(log));
    }

    @Test
    void decodesWhoDisplacedWhomWithWhichTotalAtWhichBlock() {
        RawLog log = displaced(AUCTION, 7, SYBIL, ALICE, 2, 1_000);
        TxReceipt receipt = receiptAt41(log);
        assertThat(AuctionLogs.sequencerDisplaced(receipt, AUCTION))
                .contains(new Displacement(7, SYBIL, ALICE, 2, 1_000, 41));
        assertThat(AuctionLogs.sequencerDisplaced(log))
                .isEqualTo(new Displacement(7, SYBIL, ALICE, 2, 1_000, 41));
    }

    @Test
    void ignoresAnotherContractsLogAndAReceiptWithoutDisplacement() {
        Address other = Address.of("0x00000000000000000000000000000000000000ee");
        TxReceipt receipt = receiptAt41(displaced(other, 7, SYBIL, ALICE, 0, 5));
        assertThat(AuctionLogs.sequencerDisplaced(receipt, AUCTION)).isEmpty();
    }

    @Test
    void aTruncatedLogIsAnAbiDecodingError() {
        RawLog good = displaced(AUCTION, 7, SYBIL, ALICE, 0, 5);
        RawLog truncated =
                new RawLog(
                        AUCTION,
                        good.topics(),
                        "0x" + "00".repeat(31),
                        41,
                        good.blockHash(),
                        good.transactionHash(),
                        0);
        assertThatThrownBy(() -> AuctionLogs.sequencerDisplaced(truncated))
                .isInstanceOf(AbiDecodingException.class);
    }

    private static RawLog displaced(
            Address emitter, long epoch, Address displaced, Address by, long place, long total) {
        String data =
                FunctionEncoder.encodeConstructor(List.of(new Uint256(place), new Uint256(total)));
        List<String> topics =
                List.of(
                        AuctionLogs.SEQUENCER_DISPLACED_TOPIC,
                        "0x" + "%064x".formatted(epoch),
                        topic(displaced),
                        topic(by));
        return new RawLog(
                emitter,
                topics,
                "0x" + data,
                41,
                "0x" + "ab".repeat(32),
                TxHash.of("0x" + "cd".repeat(32)),
                0);
    }

    private static String topic(Address a) {
        return "0x" + "0".repeat(24) + a.lowerHex().substring(2);
    }
}

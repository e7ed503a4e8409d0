package dev.baton.internal.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.BidEntry;
import dev.baton.client.auction.EpochInfo;
import dev.baton.client.auction.EpochStatus;
import dev.baton.client.auction.RewardPool;
import dev.baton.errors.AbiDecodingException;
import dev.baton.errors.AbiValueOutOfRangeException;
import dev.baton.events.RawLog;
import dev.baton.model.Json;
import dev.baton.tx.TxReceipt;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import dev.baton.types.TxHash;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The auction's calldata, results and events through the generated wrapper agree with an
 * independent encoder: {@code auction/vectors.json} was written by ethers ({@code
 * auction/make-vectors.cjs}) from typed values, one distinct value per struct field. A field that
 * moves in {@code ISlotAuctionTypes} regenerates the wrapper with the new layout, so these
 * old-layout bytes then decode to other values and the field-by-field assertions below fail.
 */
class AuctionAbiVectorsTest {

    private static final Address SEQUENCER =
            Address.of("0x00000000000000000000000000000000000000a1");
    private static final Address DELEGATOR =
            Address.of("0x00000000000000000000000000000000000000d3");
    private static final Address TOKEN = Address.of("0x0000000000000000000000000000000000007011");
    private static final Address AUCTION = Address.of("0x0000000000000000000000000000000000000a0c");
    private static final BigInteger FIVE_TOKENS =
            BigInteger.TEN.pow(18).multiply(BigInteger.valueOf(5));

    private final JsonNode vectors = Json.MAPPER.readTree(resource("/auction/vectors.json"));

    @Test
    void epochInfoDecodesEveryFieldFromItsOwnPosition() {
        EpochInfo info = AuctionAbi.epochInfo(7).decode(vector("epochInfo"));
        assertThat(info)
                .isEqualTo(
                        new EpochInfo(
                                7,
                                EpochStatus.ELECTED,
                                new BigInteger("123456789abcdef", 16),
                                500,
                                9,
                                8,
                                200,
                                150,
                                149,
                                Amount.of(BigInteger.TEN.pow(18).add(BigInteger.valueOf(7))),
                                2,
                                11,
                                100,
                                110,
                                114,
                                115,
                                178,
                                188,
                                198));
    }

    @Test
    void entryDecodesTheStoredStructAndItsInterval() {
        BidEntry entry = AuctionAbi.entryOf(2, 5).decode(vector("entryOf"));
        assertThat(entry)
                .isEqualTo(
                        new BidEntry(
                                2,
                                5,
                                SEQUENCER,
                                Amount.of(BigInteger.TEN.pow(21)),
                                1,
                                DELEGATOR,
                                250,
                                3,
                                true,
                                40,
                                140));
        assertThat(entry.units()).isEqualTo(100);
        assertThat(entry.isDelegated()).isTrue();
    }

    @Test
    void paramsGiveTheTimelineAndTheRewardToken() {
        assertThat(AuctionAbi.timeline().decode(vector("params")))
                .isEqualTo(new AuctionTimeline(1000, 32, 2, 24, 5, 31, 67));
        assertThat(AuctionAbi.rewardToken().decode(vector("params")))
                .isEqualTo(Address.of("0x0000000000000000000000000000000000007022"));
        assertThat(AuctionAbi.rewardPool().decode(vector("rewardPool")))
                .isEqualTo(new RewardPool(Amount.of(41), Amount.of(43)));
    }

    @Test
    void calldataMatchesTheReferenceEncoding() {
        assertThat(AuctionAbi.bid(7, TOKEN, FIVE_TOKENS)).isEqualTo(vector("bid"));
        assertThat(AuctionAbi.bidFor(7, SEQUENCER, TOKEN, FIVE_TOKENS, 500))
                .isEqualTo(vector("bidFor"));
        byte[] hash = HexFormat.of().parseHex("ab".repeat(32));
        assertThat(AuctionAbi.publishBatch(7, 31, 4, hash)).isEqualTo(vector("publishBatch"));
        assertThat(AuctionAbi.settle(7, 4)).isEqualTo(vector("settle"));
        assertThat(AuctionAbi.seal(7)).isEqualTo(vector("seal"));
        assertThat(AuctionAbi.setCommission(250)).isEqualTo(vector("setCommission"));
    }

    @Test
    void receiptEventsDecodeThroughTheGeneratedDefinitions() {
        TxReceipt receipt =
                receipt(
                        log(Address.of("0x0000000000000000000000000000000000000bad"), "bidPlaced"),
                        log(AUCTION, "rewardClaimed"),
                        log(AUCTION, "bidPlaced"));
        assertThat(AuctionLogs.bidPlacedEntry(receipt, AUCTION)).contains(5);
        assertThat(AuctionLogs.rewardClaimed(receipt, AUCTION)).contains(Amount.of(12345));
        assertThat(AuctionLogs.rewardClaimed(receipt(), AUCTION)).isEmpty();
    }

    @Test
    void aResultOfTheWrongShapeIsATypedDecodingError() {
        assertThatThrownBy(() -> AuctionAbi.epochInfo(7).decode("0x" + "00".repeat(64)))
                .isInstanceOf(AbiDecodingException.class)
                .hasMessageContaining("SlotAuction.epochInfo");
        String unknownStatus = "0x" + "%064x".formatted(9) + vector("epochInfo").substring(66);
        assertThatThrownBy(() -> AuctionAbi.epochInfo(7).decode(unknownStatus))
                .isInstanceOf(AbiDecodingException.class)
                .hasMessageContaining("unknown epoch status 9");
    }

    @Test
    void narrowArgumentsAreRangeCheckedByName() {
        assertThatThrownBy(() -> AuctionAbi.setCommission(70_000))
                .isInstanceOf(AbiValueOutOfRangeException.class)
                .hasMessageContaining("bps");
        assertThatThrownBy(() -> AuctionAbi.seal(-1))
                .isInstanceOf(AbiValueOutOfRangeException.class)
                .hasMessageContaining("epoch");
    }

    private String vector(String name) {
        return vectors.get(name).asString();
    }

    private RawLog log(Address emitter, String name) {
        JsonNode node = vectors.get(name);
        List<String> topics = new ArrayList<>();
        node.get("topics").forEach(t -> topics.add(t.asString()));
        return new RawLog(
                emitter,
                topics,
                node.get("data").asString(),
                12,
                "0x" + "12".repeat(32),
                TxHash.of("0x" + "34".repeat(32)),
                0);
    }

    private static TxReceipt receipt(RawLog... logs) {
        return new TxReceipt(
                TxHash.of("0x" + "34".repeat(32)),
                12,
                "0x" + "12".repeat(32),
                true,
                BigInteger.ONE,
                List.of(logs));
    }

    private static String resource(String name) {
        try (InputStream in = AuctionAbiVectorsTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

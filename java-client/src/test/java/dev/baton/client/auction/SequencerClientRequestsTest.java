package dev.baton.client.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.internal.auction.AuctionAbi;
import dev.baton.tx.TxRequest;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * The unsent requests the sequencer agent submits itself carry exactly the calls the sending
 * methods make.
 */
class SequencerClientRequestsTest {
    private static final Address AUCTION = Address.of("0x" + "ab".repeat(20));
    private static final Address TOKEN = Address.of("0x" + "cd".repeat(20));
    private static final Address OTHER = Address.of("0x" + "ef".repeat(20));
    // Building requests needs neither a node nor a signer: only the auction's address.
    private final SequencerClient client =
            new SequencerClient(null, new AuctionView(null, AUCTION));

    @Test
    void eachRequestIsTheAuctionCallItNames() {
        byte[] hash = new byte[32];
        hash[31] = 7;
        assertThat(client.bidRequest(3, TOKEN, Amount.of(5)))
                .isEqualTo(
                        TxRequest.call(AUCTION, AuctionAbi.bid(3, TOKEN, BigInteger.valueOf(5))));
        assertThat(client.bidForRequest(3, OTHER, TOKEN, Amount.of(5), 900))
                .isEqualTo(
                        TxRequest.call(
                                AUCTION,
                                AuctionAbi.bidFor(3, OTHER, TOKEN, BigInteger.valueOf(5), 900)));
        assertThat(client.publishRequest(new ScheduledSlot(3, 2, 1), hash))
                .isEqualTo(TxRequest.call(AUCTION, AuctionAbi.publishBatch(3, 2, 1, hash)));
        assertThat(client.settleRequest(3, 1))
                .isEqualTo(TxRequest.call(AUCTION, AuctionAbi.settle(3, 1)));
        assertThat(client.claimRequest()).isEqualTo(TxRequest.call(AUCTION, AuctionAbi.claim()));
    }

    @Test
    void badArgumentsAreRefusedBeforeAnyCallIsBuilt() {
        assertThatThrownBy(() -> client.publishRequest(new ScheduledSlot(0, 0, 0), new byte[31]))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> client.bidForRequest(0, OTHER, TOKEN, Amount.of(1), 10_001))
                .hasMessageContaining("0..10000");
    }
}

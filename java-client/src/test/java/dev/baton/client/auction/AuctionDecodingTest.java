package dev.baton.client.auction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class AuctionDecodingTest {

    private static String words(Object... values) {
        StringBuilder hex = new StringBuilder("0x");
        for (Object value : values) {
            String digits = value instanceof Address a ? a.lowerHex().substring(2) : new BigInteger(value.toString()).toString(16);
            hex.append("0".repeat(64 - digits.length())).append(digits);
        }
        return hex.toString();
    }

    @Test
    void decodesAnEntryWithItsInterval() {
        Address sequencer = Address.of("0x00000000000000000000000000000000000000a1");
        Address delegator = Address.of("0x00000000000000000000000000000000000000d3");
        BidEntry entry = BidEntry.decode(2, 5, words(sequencer, 1000, 1, delegator, 250, 3, 1, 40, 140));
        assertThat(entry).isEqualTo(new BidEntry(2, 5, sequencer, Amount.of(1000), 1, delegator, 250, 3, true, 40, 140));
        assertThat(entry.units()).isEqualTo(100);
        assertThat(entry.isDelegated()).isTrue();
        assertThat(BidEntry.decode(2, 0, words(sequencer, 1, 0, Address.ZERO, 0, 0, 0, 0, 1)).delegator()).isNull();
    }

    @Test
    void decodesEpochInfoInFieldOrder() {
        EpochInfo info = EpochInfo.decode(7, words(3, 12345, 500, 9, 8, 200, 150, 150, 10, 2, 11, 100, 110, 114, 114, 178, 188, 198));
        assertThat(info.status()).isEqualTo(EpochStatus.ELECTED);
        assertThat(info.isElected()).isTrue();
        assertThat(info.seed()).isEqualTo(BigInteger.valueOf(12345));
        assertThat(info.secondPrice()).isEqualTo(150);
        assertThat(info.rewardedSlots()).isEqualTo(11);
        assertThat(info.rewardPerSlot()).isEqualTo(Amount.of(10));
        assertThat(info.slotStart()).isEqualTo(114);
        assertThat(info.settlementLockUntil()).isEqualTo(198);
    }

    @Test
    void encodesCallsWithTheirSolidityselectors() {
        // Selectors are the first 4 bytes of keccak256 of the signature.
        assertThat(AuctionCalls.seal(1)).startsWith(selector("seal(uint64)"));
        assertThat(AuctionCalls.publishBatch(1, 2, 3, new byte[32])).startsWith(selector("publishBatch(uint64,uint256,uint256,bytes32)"));
        assertThat(AuctionCalls.bidFor(1, Address.ZERO, Address.ZERO, BigInteger.TEN, 500))
                .startsWith(selector("bidFor(uint64,address,address,uint256,uint16)"));
        assertThat(AuctionCalls.setDelegationOpen(true)).startsWith(selector("setDelegationOpen(bool)"));
        assertThat(AuctionCalls.entryOf(0, 0)).startsWith(selector("entryOf(uint64,uint256)"));
    }

    private static String selector(String signature) {
        return org.web3j.crypto.Hash.sha3String(signature).substring(0, 10);
    }
}

package dev.baton.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.web3j.crypto.Hash;

class SlotPermutationTest {

    private static EpochKey randomKey(Random random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return EpochKey.of(bytes);
    }

    @ParameterizedTest
    @ValueSource(
            ints = {
                1, 2, 3, 4, 5, 15, 16, 17, 63, 64, 65, 255, 256, 257, 1000, 1023, 1024, 1025, 4097,
                65_536
            })
    void permutationIsABijectionAndSlotOfItemInvertsIt(int slots) {
        Random random = new Random(slots);
        for (int round = 0; round < 3; round++) {
            SlotPermutation permutation = SlotPermutation.of(randomKey(random), slots);
            BitSet seen = new BitSet(slots);
            for (int t = 0; t < slots; t++) {
                int item = permutation.permute(t);
                assertThat(item).isBetween(0, slots - 1);
                assertThat(seen.get(item)).as("item %d reached twice", item).isFalse();
                seen.set(item);
                assertThat(permutation.slotOfItem(item)).isEqualTo(t);
            }
            assertThat(seen.cardinality()).isEqualTo(slots);
        }
    }

    @Test
    void domainBitsIsTheSmallestPowerOfTwoCoveringTheSlots() {
        assertThat(SlotPermutation.domainBits(1)).isEqualTo(2);
        assertThat(SlotPermutation.domainBits(4)).isEqualTo(2);
        assertThat(SlotPermutation.domainBits(5)).isEqualTo(3);
        assertThat(SlotPermutation.domainBits(32)).isEqualTo(5);
        assertThat(SlotPermutation.domainBits(33)).isEqualTo(6);
        assertThat(SlotPermutation.domainBits(1024)).isEqualTo(10);
        assertThat(SlotPermutation.domainBits(1025)).isEqualTo(11);
        assertThat(SlotPermutation.domainBits(65_536)).isEqualTo(16);
    }

    @Test
    void rejectsSlotCountsOutsideTheLibraryRange() {
        assertThatThrownBy(() -> SlotPermutation.of(EpochKey.ofSeed(BigInteger.ONE), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SlotPermutation.of(EpochKey.ofSeed(BigInteger.ONE), 65_537))
                .isInstanceOf(IllegalArgumentException.class);
        SlotPermutation permutation = SlotPermutation.of(EpochKey.ofSeed(BigInteger.ONE), 10);
        assertThatThrownBy(() -> permutation.permute(10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> permutation.slotOfItem(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The precomputed round table gives what hashing every round directly (the Solidity way) gives.
     */
    @Test
    void roundTableMatchesHashingEachRound() {
        Random random = new Random(7);
        for (int slots : new int[] {3, 17, 32, 1000, 1024, 5000}) {
            EpochKey key = randomKey(random);
            SlotPermutation permutation = SlotPermutation.of(key, slots);
            for (int t = 0; t < slots; t++) {
                assertThat(permutation.permute(t)).isEqualTo(directPermute(key, slots, t));
            }
        }
    }

    /** A plain transcription of the Solidity walk, one keccak per round, BigInteger arithmetic. */
    private static int directPermute(EpochKey key, int slots, int t) {
        int bits = 2;
        while ((1L << bits) < slots) {
            bits++;
        }
        int narrow = bits / 2;
        BigInteger x = BigInteger.valueOf(t);
        do {
            for (int i = 0; i < SlotPermutation.ROUNDS; i++) {
                int rBits = i % 2 == 0 ? narrow : bits - narrow;
                int lBits = bits - rBits;
                BigInteger r = x.and(BigInteger.ONE.shiftLeft(rBits).subtract(BigInteger.ONE));
                BigInteger l = x.shiftRight(rBits);
                BigInteger word = BigInteger.valueOf(i).shiftLeft(32).or(r);
                byte[] input = new byte[64];
                System.arraycopy(key.bytes(), 0, input, 0, 32);
                byte[] wordBytes = word.toByteArray();
                System.arraycopy(wordBytes, 0, input, 64 - wordBytes.length, wordBytes.length);
                BigInteger f =
                        new BigInteger(1, Hash.sha3(input))
                                .and(BigInteger.ONE.shiftLeft(lBits).subtract(BigInteger.ONE));
                x = r.shiftLeft(lBits).or(l.xor(f));
            }
        } while (x.compareTo(BigInteger.valueOf(slots)) >= 0);
        return x.intValueExact();
    }
}

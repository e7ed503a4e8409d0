package dev.baton.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;

class KeccakTest {
    @Test
    void equalsWeb3jKeccak256ForEveryLengthUpToOneBlock() {
        Random random = new Random(9);
        Keccak keccak = new Keccak();
        for (int length = 0; length <= Keccak.MAX_INPUT; length++) {
            for (int n = 0; n < 20; n++) {
                byte[] input = new byte[length];
                random.nextBytes(input);
                assertThat(keccak.hash(input, length))
                        .as("length %d", length)
                        .isEqualTo(Hash.sha3(input));
            }
        }
    }
}

package dev.baton.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {
    private static List<Bytes32> leaves(int count) {
        return IntStream.range(0, count).mapToObj(i -> FixedLayout.keccak("leaf " + i)).toList();
    }

    private static Bytes32 pair(Bytes32 a, Bytes32 b) {
        return FixedLayout.keccakPair(a, b);
    }

    @Test
    void rootOfNothingIsZeroAndOfOneLeafIsTheLeaf() {
        assertThat(MerkleTree.root(List.of())).isEqualTo(Bytes32.ZERO);
        Bytes32 only = leaves(1).get(0);
        assertThat(MerkleTree.root(List.of(only))).isEqualTo(only);
        assertThat(MerkleTree.proof(List.of(only), 0)).isEmpty();
    }

    @Test
    void oddLastNodeIsCarriedUpUnhashed() {
        List<Bytes32> l = leaves(5);
        Bytes32 expected = pair(pair(pair(l.get(0), l.get(1)), pair(l.get(2), l.get(3))), l.get(4));
        assertThat(MerkleTree.root(l)).isEqualTo(expected);
        assertThat(MerkleTree.proof(l, 4))
                .containsExactly(pair(pair(l.get(0), l.get(1)), pair(l.get(2), l.get(3))));
    }

    @Test
    void threeLeaves() {
        List<Bytes32> l = leaves(3);
        assertThat(MerkleTree.root(l)).isEqualTo(pair(pair(l.get(0), l.get(1)), l.get(2)));
        assertThat(MerkleTree.proof(l, 1)).containsExactly(l.get(0), l.get(2));
    }

    @Test
    void everyProofVerifiesForEverySizeUpTo33() {
        for (int count = 1; count <= 33; count++) {
            List<Bytes32> l = leaves(count);
            Bytes32 root = MerkleTree.root(l);
            for (int i = 0; i < count; i++) {
                List<Bytes32> proof = MerkleTree.proof(l, i);
                assertThat(MerkleTree.verify(root, count, i, l.get(i), proof))
                        .as("%d of %d", i, count)
                        .isTrue();
                if (count > 1) {
                    int other = (i + 1) % count;
                    assertThat(MerkleTree.verify(root, count, other, l.get(i), proof)).isFalse();
                }
            }
        }
    }

    @Test
    void tamperedOrTruncatedProofsFail() {
        List<Bytes32> l = leaves(9);
        Bytes32 root = MerkleTree.root(l);
        List<Bytes32> proof = MerkleTree.proof(l, 6);
        List<Bytes32> tampered = new ArrayList<>(proof);
        tampered.set(0, Bytes32.ZERO);
        assertThat(MerkleTree.verify(root, 9, 6, l.get(6), tampered)).isFalse();
        assertThat(MerkleTree.verify(root, 9, 6, l.get(6), proof.subList(0, proof.size() - 1)))
                .isFalse();
        List<Bytes32> extended = new ArrayList<>(proof);
        extended.add(Bytes32.ZERO);
        assertThat(MerkleTree.verify(root, 9, 6, l.get(6), extended)).isFalse();
        assertThat(MerkleTree.verify(root, 9, 9, l.get(6), proof)).isFalse();
    }

    @Test
    void proofOfTheLargestTreeFitsTheContractsBound() {
        List<Bytes32> l = leaves(4096);
        assertThat(MerkleTree.proof(l, 4095)).hasSize(MerkleTree.MAX_PROOF_LENGTH);
        assertThat(
                        MerkleTree.verify(
                                MerkleTree.root(l),
                                4096,
                                4095,
                                l.get(4095),
                                MerkleTree.proof(l, 4095)))
                .isTrue();
    }
}

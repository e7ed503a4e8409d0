package dev.baton.agent.market;

import dev.baton.market.Assignment;
import dev.baton.market.Bytes32;
import dev.baton.market.CompactSignature;
import dev.baton.market.Transcript;
import dev.baton.market.TreePosition;
import dev.baton.types.Address;
import java.util.ArrayList;
import java.util.List;

/** Test transcripts: one prover per node at the depth their count needs (1, 2, 4, ...). */
public final class Transcripts {
    public static final Address PROPOSER = Address.of("0x" + "0a".repeat(20));

    private Transcripts() {}

    public static Address address(int n) {
        return Address.of(String.format("0x%040x", 0xB0 + n));
    }

    public static Transcript of(long height, int commitment, Address... provers) {
        int depth = Integer.numberOfTrailingZeros(provers.length);
        if (1 << depth != provers.length) {
            throw new IllegalArgumentException("a power of two provers");
        }
        List<Assignment> assignments = new ArrayList<>();
        for (int i = 0; i < provers.length; i++) {
            assignments.add(
                    new Assignment(
                            provers[i],
                            TreePosition.of(depth, i),
                            new CompactSignature(
                                    Bytes32.of(String.format("0x%064x", i + 1)),
                                    Bytes32.of(String.format("0x%064x", i + 1)))));
        }
        return new Transcript(
                height,
                PROPOSER,
                Bytes32.of(String.format("0x%064x", commitment)),
                2500,
                depth,
                assignments);
    }
}

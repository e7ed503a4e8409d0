package dev.baton.model.request;

import java.math.BigInteger;
import java.util.List;

/** {@code allowed_tokens} and {@code min_stake_per_seq} after both were read and checked against each other. */
record TokenLists(List<AllowedToken> allowed, List<MinStake> minStakes) {

    TokenLists {
        allowed = List.copyOf(allowed);
        minStakes = List.copyOf(minStakes);
    }

    /** The smallest weighted minimum stake ({@code val * weight}) over the tokens. */
    BigInteger smallestWeightedMinimum() {
        return allowed.stream().map(t -> minStakeOf(t.sym()).multiply(t.weight())).min(BigInteger::compareTo)
                .orElseThrow();
    }

    BigInteger minStakeOf(String sym) {
        return minStakes.stream().filter(m -> m.sym().equals(sym)).map(MinStake::val).findFirst().orElseThrow();
    }
}

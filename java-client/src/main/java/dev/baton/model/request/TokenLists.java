package dev.baton.model.request;

import java.util.List;

/**
 * {@code allowed_tokens} and {@code min_stake_per_seq} after both were read and checked against
 * each other.
 */
record TokenLists(List<AllowedToken> allowed, List<MinStake> minStakes) {

    TokenLists {
        allowed = List.copyOf(allowed);
        minStakes = List.copyOf(minStakes);
    }
}

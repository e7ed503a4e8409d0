package dev.baton.model.request;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An entry of JSON {@code min_stake_per_seq}: {@code {"sym": "ALT", "val": "100"}}.
 *
 * @param sym the token symbol; must be one of {@code allowed_tokens}
 * @param val the minimum stake a sequencer commits in this token, in the token's smallest unit (as the contract
 *     stores it: no decimals are applied)
 */
public record MinStake(String sym, BigInteger val) {

    public MinStake {
        Objects.requireNonNull(sym, "sym");
        Objects.requireNonNull(val, "val");
    }
}

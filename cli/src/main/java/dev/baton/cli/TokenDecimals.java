package dev.baton.cli;

import dev.baton.client.Baton;
import dev.baton.types.Address;

/**
 * The decimals a whole-token amount option is read with: the {@code --decimals} flag when given (an
 * override, e.g. for a token whose {@code decimals()} is missing or wrong), otherwise the token's
 * own {@code decimals()} on chain.
 */
public final class TokenDecimals {
    /** The {@code --decimals} description shared by the commands that take a token amount. */
    public static final String DESCRIPTION =
            "Token decimals (default: the token's decimals() on chain).";

    private TokenDecimals() {}

    public static int of(Integer override, Baton baton, Address token) {
        if (override != null) {
            if (override < 0 || override > 77) {
                throw new ConfigException("--decimals must be 0..77, was " + override);
            }
            return override;
        }
        return baton.tokens().decimals(token);
    }
}

package dev.baton.cli.market;

import dev.baton.cli.ConfigException;
import dev.baton.types.Amount;

/** Parses token amounts given in whole tokens (e.g. {@code 2.5}) with the token's decimals. */
final class AmountOption {
    private AmountOption() {}

    static Amount parse(String option, String text, int decimals) {
        try {
            return Amount.parse(option, text, decimals);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }
}

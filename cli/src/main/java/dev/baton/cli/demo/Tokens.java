package dev.baton.cli.demo;

import dev.baton.types.Amount;
import java.math.BigDecimal;

/** Whole-token figures of 18-decimal amounts, both ways. */
final class Tokens {
    static final int DECIMALS = 18;

    private Tokens() {}

    static BigDecimal of(Amount amount) {
        return new BigDecimal(amount.value()).movePointLeft(DECIMALS).stripTrailingZeros();
    }

    static Amount amount(BigDecimal tokens) {
        return Amount.of(tokens.movePointRight(DECIMALS).toBigIntegerExact());
    }
}

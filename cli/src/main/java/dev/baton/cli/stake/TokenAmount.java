package dev.baton.cli.stake;

import dev.baton.cli.ConfigException;
import dev.baton.cli.TokenDecimals;
import dev.baton.client.Baton;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import picocli.CommandLine.Option;

/** The `--token SYMBOL --amount N [--decimals D]` options shared by the writing stake commands. */
final class TokenAmount {
    @Option(
            names = "--token",
            required = true,
            description = "Stake token symbol from the manifest, e.g. BTN.")
    String token;

    @Option(
            names = "--amount",
            required = true,
            description = "Amount in whole tokens, e.g. 100 or 2.5.")
    String amount;

    @Option(names = "--decimals", description = TokenDecimals.DESCRIPTION)
    Integer decimals;

    /**
     * The amount in token units, with {@code --decimals} or else the token's {@code decimals()}.
     */
    Amount parsed(Baton baton, Address tokenAddress) {
        int places = TokenDecimals.of(decimals, baton, tokenAddress);
        try {
            Amount value = Amount.parse("--amount", amount, places);
            if (value.equals(Amount.ZERO)) {
                throw new ConfigException("--amount must be positive, was '" + amount + "'");
            }
            return value;
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }
}

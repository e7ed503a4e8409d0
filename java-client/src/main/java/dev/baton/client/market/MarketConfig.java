package dev.baton.client.market;

import dev.baton.types.Address;
import dev.baton.types.Amount;

/** Where the market keeps stake and who governs it ({@code config()}). */
public record MarketConfig(
        Address vault, Address token, Address governance, Amount minProverStake) {}

package dev.baton.client.auction;

import dev.baton.types.Amount;

/** The auction's reward pool: not yet credited to anyone, and funded in total. */
public record RewardPool(Amount unallocated, Amount funded) {}

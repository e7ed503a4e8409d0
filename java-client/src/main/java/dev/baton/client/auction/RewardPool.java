package dev.baton.client.auction;

import dev.baton.types.Amount;

/** The auction's reward pool: not yet credited, credited but unclaimed, funded in total, claimed in total. */
public record RewardPool(Amount unallocated, Amount owed, Amount funded, Amount claimed) {}

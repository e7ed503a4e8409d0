package dev.baton.client;

import dev.baton.types.Amount;

/**
 * A staker's stake in one token, as the vault reports it.
 *
 * @param free spendable: can be locked or requested for withdrawal
 * @param locked held by unexpired module locks
 * @param pending requested for withdrawal, still slashable until withdrawn
 * @param withdrawableAt first block at which {@code pending} can be withdrawn (0 when nothing is
 *     pending)
 */
public record StakeBalances(Amount free, Amount locked, Amount pending, long withdrawableAt) {}

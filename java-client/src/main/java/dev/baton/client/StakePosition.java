package dev.baton.client;

import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A staker's stake in one token with its locks per module, read at one block.
 *
 * @param staker whose stake
 * @param token the stake token
 * @param atBlock the block both the balances and the locks were read at
 * @param balances free, locked and pending as the vault reports them
 * @param locks the vault's lock slots that still hold or can still be slashed, each with its module
 */
public record StakePosition(
        Address staker,
        Address token,
        long atBlock,
        StakeBalances balances,
        List<StakeLock> locks) {

    public StakePosition {
        Objects.requireNonNull(staker, "staker");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(balances, "balances");
        locks = List.copyOf(locks);
    }

    /** What the live locks hold. */
    public Amount lockedTotal() {
        return locks.stream()
                .filter(StakeLock::live)
                .map(StakeLock::amount)
                .reduce(Amount.ZERO, Amount::plus);
    }

    /** What all modules together can still slash (live locks and stake within their horizons). */
    public Amount slashableTotal() {
        return locks.stream()
                .filter(StakeLock::slashable)
                .map(StakeLock::amount)
                .reduce(Amount.ZERO, Amount::plus);
    }

    /** The locks of one module. */
    public List<StakeLock> locksOf(Address module) {
        return locks.stream().filter(l -> l.module().address().equals(module)).toList();
    }

    /** What each module can still slash, in the order the modules first appear. */
    public Map<Address, Amount> slashableByModule() {
        Map<Address, Amount> byModule = new LinkedHashMap<>();
        for (StakeLock lock : locks) {
            if (lock.slashable()) {
                byModule.merge(lock.module().address(), lock.amount(), Amount::plus);
            }
        }
        return byModule;
    }
}

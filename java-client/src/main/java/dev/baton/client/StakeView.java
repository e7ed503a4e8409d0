package dev.baton.client;

import dev.baton.internal.abi.AbiCall;
import dev.baton.internal.vault.VaultAbi;
import dev.baton.tx.CallRequest;
import dev.baton.tx.EthNode;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.util.List;
import java.util.function.Function;

/**
 * Read-only queries of the StakeVault: needs no signer. Reads go through the generated StakeVault
 * wrapper. {@link #position} shows each lock with the module it belongs to (and that module's
 * rollup, when the registry confirms it), when it frees and until when its module can still slash
 * it.
 */
public final class StakeView {
    private final EthNode node;
    private final Address vault;
    private final Address registry;
    private final Function<String, Address> tokenBySymbol;

    /**
     * @param registry the RollupRegistry that names lock modules' rollups, or null when there is
     *     none
     */
    StakeView(
            EthNode node,
            Address vault,
            Address registry,
            Function<String, Address> tokenBySymbol) {
        this.node = node;
        this.vault = vault;
        this.registry = registry;
        this.tokenBySymbol = tokenBySymbol;
    }

    public Address vault() {
        return vault;
    }

    public StakeBalances balances(Address staker, String tokenSymbol) {
        return balances(staker, tokenBySymbol.apply(tokenSymbol));
    }

    public StakeBalances balances(Address staker, Address token) {
        return balances(read(VaultAbi.balanceOf(staker, token), null));
    }

    public StakePosition position(Address staker, String tokenSymbol) {
        return position(staker, tokenBySymbol.apply(tokenSymbol));
    }

    /**
     * Balances and every lock of {@code staker} in {@code token}, all read at the node's latest
     * block: per lock its module (and rollup), amount, expiry block and slashing horizon. Locks the
     * vault no longer reports (expired past their module's horizon, or emptied) are not listed.
     */
    public StakePosition position(Address staker, Address token) {
        long block = node.blockNumber();
        StakeBalances balances = balances(read(VaultAbi.balanceOf(staker, token), block));
        StakeModules modules = new StakeModules(node, registry, block);
        List<StakeLock> locks =
                read(VaultAbi.locksOf(staker, token), block).stream()
                        .map(
                                raw ->
                                        new StakeLock(
                                                modules.resolve(
                                                        Address.parse(
                                                                "StakeVault.locksOf module",
                                                                raw.module())),
                                                Amount.of(raw.amount()),
                                                raw.until().longValueExact(),
                                                raw.slashableUntil().longValueExact(),
                                                block))
                        .toList();
        return new StakePosition(staker, token, block, balances, locks);
    }

    /**
     * What {@code module} holds of {@code staker}'s stake in {@code token}, and what it can still
     * slash.
     */
    public ModuleStake lockedFor(Address staker, Address token, Address module) {
        VaultAbi.RawLockedFor raw = read(VaultAbi.lockedFor(staker, token, module), null);
        return new ModuleStake(Amount.of(raw.locked()), Amount.of(raw.slashable()));
    }

    /** Blocks between a withdrawal request and its payout. */
    public long withdrawalDelay() {
        return read(VaultAbi.withdrawalDelay(), null);
    }

    public boolean isTokenAllowed(Address token) {
        return read(VaultAbi.isTokenAllowed(token), null);
    }

    private static StakeBalances balances(VaultAbi.RawBalance raw) {
        return new StakeBalances(
                Amount.of(raw.free()),
                Amount.of(raw.locked()),
                Amount.of(raw.pending()),
                raw.withdrawableAt().longValueExact());
    }

    /**
     * One vault call, at {@code block} or at the latest block when null; a revert throws its typed
     * exception.
     */
    private <T> T read(AbiCall<T> call, Long block) {
        CallRequest request = new CallRequest(null, vault, call.data(), null);
        return call.decode(block == null ? node.call(request) : node.callAt(request, block));
    }
}

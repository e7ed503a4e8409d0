package dev.baton.events;

import dev.baton.internal.abi.AbiEventDecoder;
import dev.baton.internal.contracts.IStakeVault;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigInteger;

/** The StakeVault's events as records, and the decoder that produces them. */
public final class StakeVaultEvents {
    private StakeVaultEvents() {}

    public sealed interface StakeVaultEvent
            permits Deposited, WithdrawalRequested, Withdrawn, Locked, Slashed {}

    public record Deposited(Address staker, Address token, Amount amount)
            implements StakeVaultEvent {}

    public record WithdrawalRequested(
            Address staker, Address token, Amount amount, long withdrawableAt)
            implements StakeVaultEvent {}

    public record Withdrawn(Address staker, Address token, Amount amount)
            implements StakeVaultEvent {}

    public record Locked(Address staker, Address token, Address module, Amount amount, long until)
            implements StakeVaultEvent {}

    public record Slashed(
            Address staker,
            Address token,
            Address module,
            Amount amount,
            Address recipient,
            int reason)
            implements StakeVaultEvent {}

    public static EventDecoder<StakeVaultEvent> decoder() {
        return new AbiEventDecoder<StakeVaultEvent>()
                .on(
                        IStakeVault.DEPOSITED_EVENT,
                        a -> new Deposited(addr(a, 0), addr(a, 1), amount(a, 2)))
                .on(
                        IStakeVault.WITHDRAWALREQUESTED_EVENT,
                        a ->
                                new WithdrawalRequested(
                                        addr(a, 0),
                                        addr(a, 1),
                                        amount(a, 2),
                                        uint(a, 3).longValueExact()))
                .on(
                        IStakeVault.WITHDRAWN_EVENT,
                        a -> new Withdrawn(addr(a, 0), addr(a, 1), amount(a, 2)))
                .on(
                        IStakeVault.LOCKED_EVENT,
                        a ->
                                new Locked(
                                        addr(a, 0),
                                        addr(a, 1),
                                        addr(a, 2),
                                        amount(a, 3),
                                        uint(a, 4).longValueExact()))
                .on(
                        IStakeVault.SLASHED_EVENT,
                        a ->
                                new Slashed(
                                        addr(a, 0),
                                        addr(a, 1),
                                        addr(a, 2),
                                        amount(a, 3),
                                        addr(a, 4),
                                        uint(a, 5).intValueExact()));
    }

    static Address addr(java.util.List<Object> args, int i) {
        return (Address) args.get(i);
    }

    static BigInteger uint(java.util.List<Object> args, int i) {
        return (BigInteger) args.get(i);
    }

    static Amount amount(java.util.List<Object> args, int i) {
        return Amount.of(uint(args, i));
    }
}

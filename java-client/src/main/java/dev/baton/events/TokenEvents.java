package dev.baton.events;

import dev.baton.internal.abi.AbiEventDecoder;
import dev.baton.internal.contracts.BatonToken;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigInteger;

/** ERC-20 events of stake tokens as records. */
public final class TokenEvents {
    private TokenEvents() {}

    public sealed interface TokenEvent permits Transfer, Approval {}

    public record Transfer(Address from, Address to, Amount value) implements TokenEvent {}

    public record Approval(Address owner, Address spender, Amount value) implements TokenEvent {}

    public static EventDecoder<TokenEvent> decoder() {
        return new AbiEventDecoder<TokenEvent>()
                .on(
                        BatonToken.TRANSFER_EVENT,
                        a ->
                                new Transfer(
                                        (Address) a.get(0),
                                        (Address) a.get(1),
                                        Amount.of((BigInteger) a.get(2))))
                .on(
                        BatonToken.APPROVAL_EVENT,
                        a ->
                                new Approval(
                                        (Address) a.get(0),
                                        (Address) a.get(1),
                                        Amount.of((BigInteger) a.get(2))));
    }
}

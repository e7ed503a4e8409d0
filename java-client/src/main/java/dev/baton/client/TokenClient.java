package dev.baton.client;

import dev.baton.internal.abi.Wrappers;
import dev.baton.internal.contracts.BatonToken;
import dev.baton.tx.Transactor;
import dev.baton.tx.TxReceipt;
import dev.baton.tx.TxRequest;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.util.function.Function;

/**
 * ERC-20 reads and writes on stake tokens, signed by the connection's signer. Calldata and results
 * go through the generated {@link BatonToken} wrapper (its ERC-20 functions are the standard ones).
 */
public final class TokenClient {
    private static final BatonToken TOKEN = Wrappers.codec(BatonToken::load);

    private final Transactor tx;
    private final Function<String, Address> tokenBySymbol;

    TokenClient(Transactor tx, Function<String, Address> tokenBySymbol) {
        this.tx = tx;
        this.tokenBySymbol = tokenBySymbol;
    }

    public Address resolve(String symbol) {
        return tokenBySymbol.apply(symbol);
    }

    public Amount balanceOf(Address token, Address holder) {
        var call = TOKEN.balanceOf(holder.lowerHex());
        return Amount.of(
                Wrappers.uint("ERC20.balanceOf", call, tx.call(token, call.encodeFunctionCall())));
    }

    /** The token's {@code decimals()}: how many decimal places its whole-token amounts have. */
    public int decimals(Address token) {
        var call = TOKEN.decimals();
        return Wrappers.uint("ERC20.decimals", call, tx.call(token, call.encodeFunctionCall()))
                .intValueExact();
    }

    public Amount allowance(Address token, Address owner, Address spender) {
        var call = TOKEN.allowance(owner.lowerHex(), spender.lowerHex());
        return Amount.of(
                Wrappers.uint("ERC20.allowance", call, tx.call(token, call.encodeFunctionCall())));
    }

    /** The {@code approve} request alone, for agents that submit without waiting. */
    public TxRequest approveRequest(Address token, Address spender, Amount amount) {
        return TxRequest.call(
                token, TOKEN.approve(spender.lowerHex(), amount.value()).encodeFunctionCall());
    }

    public TxReceipt approve(Address token, Address spender, Amount amount) {
        return tx.send(
                TxRequest.call(
                        token,
                        TOKEN.approve(spender.lowerHex(), amount.value()).encodeFunctionCall()));
    }

    public TxReceipt transfer(Address token, Address to, Amount amount) {
        return tx.send(
                TxRequest.call(
                        token, TOKEN.transfer(to.lowerHex(), amount.value()).encodeFunctionCall()));
    }

    /** Mints on a {@code BatonToken} (devnet stake token); only its owner may. */
    public TxReceipt mint(Address token, Address to, Amount amount) {
        return tx.send(
                TxRequest.call(
                        token, TOKEN.mint(to.lowerHex(), amount.value()).encodeFunctionCall()));
    }
}

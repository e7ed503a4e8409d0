package dev.baton.client;

import dev.baton.tx.TxReceipt;
import dev.baton.tx.TxRequest;
import dev.baton.tx.Transactor;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.util.function.Function;

/** ERC-20 reads and writes on stake tokens, signed by the connection's signer. */
public final class TokenClient {
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
        return Amount.of(Abi.decodeUints(tx.call(token, Abi.encode("balanceOf", Abi.address(holder))), "uint256").get(0));
    }

    public Amount allowance(Address token, Address owner, Address spender) {
        String data = Abi.encode("allowance", Abi.address(owner), Abi.address(spender));
        return Amount.of(Abi.decodeUints(tx.call(token, data), "uint256").get(0));
    }

    public TxReceipt approve(Address token, Address spender, Amount amount) {
        return tx.send(TxRequest.call(token, Abi.encode("approve", Abi.address(spender), Abi.uint256(amount))));
    }

    public TxReceipt transfer(Address token, Address to, Amount amount) {
        return tx.send(TxRequest.call(token, Abi.encode("transfer", Abi.address(to), Abi.uint256(amount))));
    }

    /** Mints on a {@code BatonToken} (devnet stake token); only its owner may. */
    public TxReceipt mint(Address token, Address to, Amount amount) {
        return tx.send(TxRequest.call(token, Abi.encode("mint", Abi.address(to), Abi.uint256(amount))));
    }
}

package dev.baton.client;

import dev.baton.tx.CallRequest;
import dev.baton.tx.EthNode;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Function;

/** Read-only queries of the StakeVault: needs no signer. */
public final class StakeView {
    private final EthNode node;
    private final Address vault;
    private final Function<String, Address> tokenBySymbol;

    StakeView(EthNode node, Address vault, Function<String, Address> tokenBySymbol) {
        this.node = node;
        this.vault = vault;
        this.tokenBySymbol = tokenBySymbol;
    }

    public Address vault() {
        return vault;
    }

    public StakeBalances balances(Address staker, String tokenSymbol) {
        return balances(staker, tokenBySymbol.apply(tokenSymbol));
    }

    public StakeBalances balances(Address staker, Address token) {
        String result = node.call(new CallRequest(null, vault, Abi.encode("balanceOf", Abi.address(staker), Abi.address(token)), null));
        List<BigInteger> v = Abi.decodeUints(result, "uint256", "uint256", "uint256", "uint64");
        return new StakeBalances(Amount.of(v.get(0)), Amount.of(v.get(1)), Amount.of(v.get(2)), v.get(3).longValueExact());
    }

    /** Blocks between a withdrawal request and its payout. */
    public long withdrawalDelay() {
        String result = node.call(new CallRequest(null, vault, Abi.encode("withdrawalDelay"), null));
        return Abi.decodeUints(result, "uint64").get(0).longValueExact();
    }

    public boolean isTokenAllowed(Address token) {
        String result = node.call(new CallRequest(null, vault, Abi.encode("isTokenAllowed", Abi.address(token)), null));
        return Abi.decodeUints(result, "uint256").get(0).signum() != 0;
    }
}

package dev.baton.client;

import dev.baton.events.StakeVaultEvents;
import dev.baton.internal.abi.Wrappers;
import dev.baton.internal.contracts.StakeVault;
import dev.baton.tx.Transactor;
import dev.baton.tx.TxReceipt;
import dev.baton.tx.TxRequest;
import dev.baton.types.Address;
import dev.baton.types.Amount;

/**
 * Writes to the StakeVault as the connection's signer: deposit (approving the vault first when the
 * allowance is short), request a withdrawal, withdraw. Every write is dry-run first, so a revert
 * throws its typed exception (e.g. {@code StakeVaultInsufficientFreeException}) before any gas is
 * spent. Reads are on {@link #view()}.
 */
public final class StakeClient {
    /** The generated wrapper, as a codec: calldata only (the transaction layer sends it). */
    private static final StakeVault VAULT = Wrappers.codec(StakeVault::load);

    private final Transactor tx;
    private final StakeView view;
    private final TokenClient tokens;

    StakeClient(Transactor tx, StakeView view, TokenClient tokens) {
        this.tx = tx;
        this.view = view;
        this.tokens = tokens;
    }

    public StakeView view() {
        return view;
    }

    public TxReceipt deposit(String tokenSymbol, Amount amount) {
        return deposit(tokens.resolve(tokenSymbol), amount);
    }

    /**
     * Deposits {@code amount} of {@code token}; first approves the vault for {@code amount} when
     * its allowance is smaller.
     */
    public TxReceipt deposit(Address token, Amount amount) {
        Amount allowance = tokens.allowance(token, tx.sender(), view.vault());
        if (allowance.compareTo(amount) < 0) {
            tokens.approve(token, view.vault(), amount);
        }
        return tx.send(
                TxRequest.call(
                        view.vault(),
                        VAULT.deposit(token.lowerHex(), amount.value()).encodeFunctionCall()));
    }

    public TxReceipt requestWithdrawal(String tokenSymbol, Amount amount) {
        return requestWithdrawal(tokens.resolve(tokenSymbol), amount);
    }

    public TxReceipt requestWithdrawal(Address token, Amount amount) {
        String data =
                VAULT.requestWithdrawal(token.lowerHex(), amount.value()).encodeFunctionCall();
        return tx.send(TxRequest.call(view.vault(), data));
    }

    public Amount withdraw(String tokenSymbol) {
        return withdraw(tokens.resolve(tokenSymbol));
    }

    /** Pays out the whole pending withdrawal once its delay has passed; returns what was paid. */
    public Amount withdraw(Address token) {
        TxReceipt receipt =
                tx.send(
                        TxRequest.call(
                                view.vault(),
                                VAULT.withdraw(token.lowerHex()).encodeFunctionCall()));
        var decoder = StakeVaultEvents.decoder();
        return receipt.logs().stream()
                .filter(log -> log.address().equals(view.vault()))
                .flatMap(log -> decoder.decode(log).stream())
                .filter(e -> e instanceof StakeVaultEvents.Withdrawn)
                .map(e -> ((StakeVaultEvents.Withdrawn) e).amount())
                .findFirst()
                .orElse(Amount.ZERO);
    }

    public StakeBalances balances(Address staker, String tokenSymbol) {
        return view.balances(staker, tokenSymbol);
    }

    public StakeBalances balances(Address staker, Address token) {
        return view.balances(staker, token);
    }

    /**
     * Balances and every lock per module, read at one block (see {@link StakeView#position(Address,
     * Address)}).
     */
    public StakePosition position(Address staker, String tokenSymbol) {
        return view.position(staker, tokenSymbol);
    }

    public StakePosition position(Address staker, Address token) {
        return view.position(staker, token);
    }
}

package dev.baton.devnet.deploy;

import dev.baton.internal.abi.InitCode;
import dev.baton.internal.abi.Wrappers;
import dev.baton.internal.contracts.BatonToken;
import dev.baton.signer.DevAccount;
import dev.baton.tx.TxRequest;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Deploys a {@link BatonToken} owned by the deployer, records it by symbol and mints a balance to
 * each funded account (the devnet's accounts; none on a real chain). A resumed token mints only to
 * accounts that still hold none.
 */
public record TokenStep(String name, String symbol, BigInteger balancePerAccount)
        implements DeploymentStep {

    private static final BigInteger ONE_TOKEN = BigInteger.TEN.pow(18);
    private static final BatonToken TOKEN = Wrappers.codec(BatonToken::load);

    public TokenStep {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("token 'name' is missing");
        }
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("token 'symbol' is missing");
        }
        if (balancePerAccount == null || balancePerAccount.signum() < 0) {
            throw new IllegalArgumentException(
                    "token '"
                            + symbol
                            + "' 'balancePerAccount' must be >= 0, was "
                            + balancePerAccount);
        }
    }

    /** A token with {@code wholeTokens} (18 decimals) minted to every funded account. */
    public static TokenStep of(String name, String symbol, long wholeTokens) {
        return new TokenStep(name, symbol, BigInteger.valueOf(wholeTokens).multiply(ONE_TOKEN));
    }

    @Override
    public void deploy(DeploymentContext context) {
        String owner = context.deployer().lowerHex();
        DeploymentContext.Deployed token =
                context.deployToken(
                        symbol,
                        InitCode.of(
                                (web3j, manager, gas) ->
                                        BatonToken.deploy(
                                                web3j, manager, gas, name, symbol, owner)));
        if (balancePerAccount.signum() == 0 || context.fundedAccounts().isEmpty()) {
            return;
        }
        List<TxRequest> mints = new ArrayList<>();
        for (DevAccount account : context.fundedAccounts()) {
            String holder = account.address().lowerHex();
            boolean funded =
                    token.resumed()
                            && Reads.uint(
                                                    context,
                                                    symbol + ".balanceOf",
                                                    token.address(),
                                                    TOKEN.balanceOf(holder))
                                            .signum()
                                    > 0;
            if (!funded) {
                mints.add(
                        TxRequest.call(
                                token.address(),
                                TOKEN.mint(holder, balancePerAccount).encodeFunctionCall()));
            }
        }
        if (mints.isEmpty()) {
            context.alreadyDone(symbol + ".mint");
            return;
        }
        context.sendAll(symbol + ".mint", mints);
    }
}

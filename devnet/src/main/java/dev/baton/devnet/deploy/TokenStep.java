package dev.baton.devnet.deploy;

import dev.baton.internal.contracts.BatonToken;
import dev.baton.signer.DevAccount;
import java.math.BigInteger;

/** Deploys a {@link BatonToken} owned by the deployer, records it by symbol and mints a balance to each funded account. */
public record TokenStep(String name, String symbol, BigInteger balancePerAccount) implements DeploymentStep {

    private static final BigInteger ONE_TOKEN = BigInteger.TEN.pow(18);

    public TokenStep {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("token 'name' is missing");
        if (symbol == null || symbol.isBlank()) throw new IllegalArgumentException("token 'symbol' is missing");
        if (balancePerAccount == null || balancePerAccount.signum() < 0) {
            throw new IllegalArgumentException("token '" + symbol + "' 'balancePerAccount' must be >= 0, was " + balancePerAccount);
        }
    }

    /** A token with {@code wholeTokens} (18 decimals) minted to every funded account. */
    public static TokenStep of(String name, String symbol, long wholeTokens) {
        return new TokenStep(name, symbol, BigInteger.valueOf(wholeTokens).multiply(ONE_TOKEN));
    }

    @Override
    public void deploy(DeploymentContext context) throws Exception {
        BatonToken token = BatonToken.deploy(context.web3j(), context.transactions(), context.gas(), name, symbol, context.deployer()).send();
        context.recordToken(symbol, token.getContractAddress(), token.getTransactionReceipt().orElseThrow());
        if (balancePerAccount.signum() == 0) return;
        for (DevAccount account : context.fundedAccounts()) {
            token.mint(account.address().toString(), balancePerAccount).send();
        }
    }
}

package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.devnet.anvil.AnvilProcess;
import dev.baton.signer.DevAccounts;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Map;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;

/** Funds an account on an anvil chain that is not the devnet, where no development key signs. */
public final class AnvilFunding {
    private AnvilFunding() {}

    /**
     * Sends 10 ether from anvil's first account (anvil signs for it) to {@code account} and waits
     * (at most 30 s) until {@code web3j} sees a balance there.
     */
    public static void tenEther(AnvilProcess chain, Web3j web3j, String account)
            throws IOException, InterruptedException {
        chain.control()
                .call(
                        "eth_sendTransaction",
                        Map.of(
                                "from",
                                DevAccounts.hardhatDefaults().get(0).address().lowerHex(),
                                "to",
                                account,
                                "value",
                                "0x" + BigInteger.TEN.pow(19).toString(16)));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (web3j.ethGetBalance(account, DefaultBlockParameterName.LATEST)
                        .send()
                        .getBalance()
                        .signum()
                == 0) {
            assertThat(System.nanoTime()).as("funding mined").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** The number of transactions {@code account} has sent, as {@code web3j} sees it. */
    public static long nonce(Web3j web3j, String account) throws IOException {
        return web3j.ethGetTransactionCount(account, DefaultBlockParameterName.LATEST)
                .send()
                .getTransactionCount()
                .longValueExact();
    }
}

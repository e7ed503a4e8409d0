package dev.baton.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.baton.client.Baton;
import dev.baton.devnet.Devnet;
import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.ExampleRequests;
import dev.baton.devnet.WrapperSender;
import dev.baton.devnet.junit.BatonDevnet;
import dev.baton.errors.RollupRegistryTokenNotAllowedException;
import dev.baton.internal.contracts.BatonToken;
import dev.baton.model.DeploymentManifest;
import dev.baton.signer.DevAccount;
import dev.baton.types.Address;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's exploit 2 from Java on the devnet: only governance allows stake tokens, so a
 * registration naming a token it never allowed (a fresh ERC-20 the registrant deployed) fails with
 * the registry's typed error naming the token, raised by the dry run before anything is sent, and
 * the token stays unallowed.
 */
@BatonDevnet(kind = DevnetKind.PROCESS)
class UnallowedTokenRegistrationIT {

    @Test
    void aRegistrationNamingATokenGovernanceNeverAllowedFailsNamingIt(
            Devnet devnet, DeploymentManifest manifest, @TempDir Path dir) throws Exception {
        DevAccount staker = devnet.account(8);
        Address evil = Address.of(deployToken(devnet, staker));
        Map<String, String> tokens = new HashMap<>(manifest.tokens());
        tokens.put("EVL", evil.lowerHex());
        DeploymentManifest withEvil =
                new DeploymentManifest(
                        manifest.chainId(),
                        manifest.rpcUrl(),
                        manifest.deployedAtBlock(),
                        manifest.contracts(),
                        tokens);
        try (Baton attacker = Baton.connect(withEvil, staker.signer(devnet.chainId()))) {
            long rollups = attacker.registry().view().rollupCount();
            long nonce = attacker.transactor().node().transactionCount(staker.address(), true);
            Path request = request(dir, "EVL");

            RollupRegistryTokenNotAllowedException refused =
                    catchThrowableOfType(
                            RollupRegistryTokenNotAllowedException.class,
                            () -> attacker.registry().register(request));

            assertThat(refused)
                    .as("the registration is refused with the registry's typed error")
                    .isNotNull();
            assertThat(refused.token()).isEqualTo(evil);
            assertThat(refused.index()).isEqualTo(BigInteger.ZERO);
            assertThat(refused.getMessage()).contains(evil.toString());
            assertThat(attacker.stakeView().isTokenAllowed(evil)).as("still not allowed").isFalse();
            assertThat(attacker.registry().view().rollupCount()).isEqualTo(rollups);
            assertThat(attacker.transactor().node().transactionCount(staker.address(), true))
                    .isEqualTo(nonce);
        }
    }

    /** The shipped block-market example with its one stake token {@code symbol}. */
    private static Path request(Path dir, String symbol) throws Exception {
        return ExampleRequests.blockMarket(dir, "unallowed-token.json", selection -> {}, symbol);
    }

    /** A fresh ERC-20 the vault's governance never allowed. */
    private static String deployToken(Devnet devnet, DevAccount owner) throws Exception {
        try (WrapperSender sender = new WrapperSender(devnet, owner)) {
            return BatonToken.deploy(
                            sender.web3j(),
                            sender.transactions(),
                            sender.gas(3_000_000),
                            "Evil",
                            "EVL",
                            owner.address().toString())
                    .send()
                    .getContractAddress();
        }
    }
}

package dev.baton.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.baton.client.Baton;
import dev.baton.devnet.Devnet;
import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.ProjectRoot;
import dev.baton.devnet.junit.BatonDevnet;
import dev.baton.errors.RollupRegistryTokenNotAllowedException;
import dev.baton.internal.contracts.BatonToken;
import dev.baton.model.DeploymentManifest;
import dev.baton.signer.DevAccount;
import dev.baton.types.Address;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.gas.StaticEIP1559GasProvider;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 12's exploit 2 from Java on the devnet: only governance allows stake tokens, so a
 * registration naming a token it never allowed (a fresh ERC-20 the registrant deployed) fails with
 * the registry's typed error naming the token, raised by the dry run before anything is sent, and
 * the token stays unallowed.
 */
@BatonDevnet(kind = DevnetKind.PROCESS)
class UnallowedTokenRegistrationIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();

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
        ObjectNode request =
                (ObjectNode)
                        JSON.readTree(
                                Files.readString(
                                        ProjectRoot.locate()
                                                .dir()
                                                .resolve("examples/block-market-rollup.json")));
        ObjectNode layer = (ObjectNode) request.get("execution_layer_req");
        ((ObjectNode) ((ArrayNode) layer.get("allowed_tokens")).get(0)).put("sym", symbol);
        ((ObjectNode) ((ArrayNode) layer.get("min_stake_per_seq")).get(0)).put("sym", symbol);
        Path file = dir.resolve("unallowed-token.json");
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(request));
        return file;
    }

    /** A fresh ERC-20 the vault's governance never allowed. */
    private static String deployToken(Devnet devnet, DevAccount owner) throws Exception {
        Web3j web3j = Web3j.build(new HttpService(devnet.rpcUrl()));
        try {
            var credentials = org.web3j.crypto.Credentials.create(owner.privateKey());
            var transactions =
                    new RawTransactionManager(
                            web3j,
                            credentials,
                            devnet.chainId(),
                            new PollingTransactionReceiptProcessor(web3j, 20, 1500));
            var gas =
                    new StaticEIP1559GasProvider(
                            devnet.chainId(),
                            BigInteger.valueOf(10_000_000_000L),
                            BigInteger.valueOf(1_000_000_000L),
                            BigInteger.valueOf(3_000_000));
            return BatonToken.deploy(
                            web3j, transactions, gas, "Evil", "EVL", owner.address().toString())
                    .send()
                    .getContractAddress();
        } finally {
            web3j.shutdown();
        }
    }
}

package dev.baton.client.market;

import dev.baton.fixtures.DevOwner;
import dev.baton.fixtures.HardhatNode;
import dev.baton.model.DeploymentManifest;
import dev.baton.model.Json;
import dev.baton.types.Address;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.DynamicStruct;
import org.web3j.abi.datatypes.StaticStruct;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint128;
import org.web3j.abi.datatypes.generated.Uint32;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint96;
import org.web3j.crypto.Hash;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;
import org.web3j.utils.Numeric;

/**
 * Test fixture: deploys the block market from the Hardhat artifacts as the registry would
 * (AttestationVerifier, BlockMarketProofs, the BlockMarket implementation, an EIP-1167 clone
 * initialised for the manifest's vault and BTN token) and authorises the clone on the vault. Owned
 * by dev account 0, which also governs the market.
 */
final class MarketDeployer {
    record Deployed(Address market, Address verifier) {}

    private MarketDeployer() {}

    static Deployed deploy(
            String url,
            DeploymentManifest manifest,
            BigInteger minProverStake,
            List<BigInteger> paramWordsAfterVerifier) {
        try (DevOwner owner = DevOwner.connect(url)) {
            Web3j web3j = owner.web3j();
            RawTransactionManager manager = owner.manager();
            String verifier =
                    create(
                            web3j,
                            manager,
                            bytecode("verifiers/AttestationVerifier.sol/AttestationVerifier.json"));
            String proofs =
                    create(
                            web3j,
                            manager,
                            bytecode("market/BlockMarketProofs.sol/BlockMarketProofs.json"));
            String implementation =
                    create(
                            web3j,
                            manager,
                            bytecode("market/BlockMarket.sol/BlockMarket.json")
                                    + FunctionEncoder.encodeConstructor(
                                            List.of(new org.web3j.abi.datatypes.Address(proofs))));
            String clone =
                    create(
                            web3j,
                            manager,
                            "0x3d602d80600a3d3981f3363d3d373d3d3d363d73"
                                    + Numeric.cleanHexPrefix(implementation).toLowerCase()
                                    + "5af43d82803e903d91602b57fd5bf3");

            StringBuilder params =
                    new StringBuilder(
                            Numeric.toHexStringNoPrefixZeroPadded(Numeric.toBigInt(verifier), 64));
            paramWordsAfterVerifier.forEach(
                    w -> params.append(Numeric.toHexStringNoPrefixZeroPadded(w, 64)));
            var token =
                    new StaticStruct(
                            new org.web3j.abi.datatypes.Address(manifest.token("BTN")),
                            new Uint128(minProverStake),
                            new Uint96(BigInteger.ONE));
            var init =
                    new DynamicStruct(
                            new org.web3j.abi.datatypes.Address(manifest.contract("StakeVault")),
                            new org.web3j.abi.datatypes.Address(owner.address()),
                            new org.web3j.abi.datatypes.Address(owner.address()),
                            new Uint64(7),
                            new DynamicArray<>(StaticStruct.class, List.of(token)),
                            new Uint32(1),
                            new Uint32(100));
            List<Type> args =
                    List.of(
                            init,
                            new DynamicBytes(Numeric.hexStringToByteArray(params.toString())));
            call(
                    web3j,
                    manager,
                    clone,
                    selector(
                                    "initialize((address,address,address,uint64,(address,uint128,uint96)[],uint32,uint32),bytes)")
                            + FunctionEncoder.encodeConstructor(args));
            call(
                    web3j,
                    manager,
                    manifest.contract("StakeVault"),
                    selector("setModule(address,bool)")
                            + FunctionEncoder.encodeConstructor(
                                    List.of(
                                            new org.web3j.abi.datatypes.Address(clone),
                                            new org.web3j.abi.datatypes.Bool(true))));
            return new Deployed(Address.of(clone), Address.of(verifier));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String selector(String signature) {
        return Numeric.toHexString(Hash.sha3(signature.getBytes())).substring(0, 10);
    }

    private static String create(Web3j web3j, RawTransactionManager manager, String data)
            throws IOException {
        TransactionReceipt receipt = send(web3j, manager, "", data, true);
        return receipt.getContractAddress();
    }

    private static void call(Web3j web3j, RawTransactionManager manager, String to, String data)
            throws IOException {
        send(web3j, manager, to, data, false);
    }

    private static TransactionReceipt send(
            Web3j web3j, RawTransactionManager manager, String to, String data, boolean create)
            throws IOException {
        var sent =
                manager.sendEIP1559Transaction(
                        31337,
                        BigInteger.valueOf(1_000_000_000L),
                        BigInteger.valueOf(50_000_000_000L),
                        BigInteger.valueOf(15_000_000),
                        to,
                        data,
                        BigInteger.ZERO,
                        create);
        if (sent.hasError()) {
            throw new IllegalStateException("deploy step failed: " + sent.getError().getMessage());
        }
        try {
            TransactionReceipt receipt =
                    new PollingTransactionReceiptProcessor(web3j, 20, 500)
                            .waitForTransactionReceipt(sent.getTransactionHash());
            if (!receipt.isStatusOK()) {
                throw new IllegalStateException("deploy step reverted: " + receipt);
            }
            return receipt;
        } catch (org.web3j.protocol.exceptions.TransactionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bytecode(String artifact) throws IOException {
        Path file = HardhatNode.projectRoot().resolve("artifacts/contracts").resolve(artifact);
        return Json.MAPPER.readTree(Files.readString(file)).get("bytecode").asString();
    }
}

package dev.baton.cli.auction;

import dev.baton.devnet.Devnet;
import dev.baton.internal.contracts.SlotAuction;
import dev.baton.internal.contracts.SlotAuctionViews;
import dev.baton.internal.contracts.StakeVault;
import dev.baton.model.DeploymentManifest;
import dev.baton.signer.DevAccount;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint128;
import org.web3j.abi.datatypes.generated.Uint16;
import org.web3j.abi.datatypes.generated.Uint32;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.core.methods.response.VoidResponse;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.FastRawTransactionManager;
import org.web3j.tx.gas.StaticEIP1559GasProvider;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;
import org.web3j.utils.Numeric;

/**
 * Deploys a slot auction on a devnet the way the registry will: the views extension, the
 * implementation, an EIP-1167 clone initialised with the given timeline and economics, authorised
 * on the suite's StakeVault. Test plumbing only (web3j wrappers); the code under test talks to the
 * clone through Baton's clients.
 */
public final class SlotAuctionFixture {
    public record Economics(BigInteger stakeUnit, BigInteger rewardPerSlot, long minBid) {}

    private SlotAuctionFixture() {}

    /**
     * Returns the clone's address. Epoch 0's bidding opens {@code genesisDelay} blocks after the
     * initialisation block, leaving room for calls that must precede it (a sequencer's commission).
     * The deployer (account 0) is governance, rollup owner and vault owner.
     */
    public static String deploy(
            Devnet devnet,
            DeploymentManifest manifest,
            long genesisDelay,
            int slots,
            long slotLength,
            long bidWindow,
            long sealWindow,
            long settlementWindow,
            Economics economics)
            throws Exception {
        return deploy(
                devnet,
                manifest,
                genesisDelay,
                slots,
                slotLength,
                bidWindow,
                sealWindow,
                settlementWindow,
                economics,
                16);
    }

    /**
     * As {@link #deploy}, with {@code nb_sequencers.max} = {@code maxSequencers} (at most 4: capped
     * by stake).
     */
    static String deploy(
            Devnet devnet,
            DeploymentManifest manifest,
            long genesisDelay,
            int slots,
            long slotLength,
            long bidWindow,
            long sealWindow,
            long settlementWindow,
            Economics economics,
            int maxSequencers)
            throws Exception {
        DevAccount deployer = devnet.account(0);
        HttpService service = new HttpService(devnet.rpcUrl());
        Web3j web3j = Web3j.build(service);
        try {
            var tx =
                    new FastRawTransactionManager(
                            web3j,
                            Credentials.create(deployer.privateKey()),
                            devnet.chainId(),
                            new PollingTransactionReceiptProcessor(web3j, 20, 1500));
            var gas =
                    new StaticEIP1559GasProvider(
                            devnet.chainId(),
                            BigInteger.valueOf(50_000_000_000L),
                            BigInteger.valueOf(1_000_000_000L),
                            BigInteger.valueOf(12_000_000));
            String views = SlotAuctionViews.deploy(web3j, tx, gas).send().getContractAddress();
            String implementation =
                    SlotAuction.deploy(web3j, tx, gas, views).send().getContractAddress();
            String token = manifest.token("BTN");
            String vault = manifest.contract("StakeVault");
            var init =
                    new SlotAuction.ModuleInit(
                            vault,
                            deployer.address().lowerHex(),
                            deployer.address().lowerHex(),
                            BigInteger.ONE,
                            List.of(
                                    new SlotAuction.StakeToken(
                                            token, economics.stakeUnit(), BigInteger.ONE)),
                            BigInteger.ONE,
                            BigInteger.valueOf(maxSequencers));
            long genesisBlock =
                    web3j.ethBlockNumber().send().getBlockNumber().longValueExact()
                            + 2
                            + genesisDelay;
            byte[] params =
                    params(
                            genesisBlock,
                            slots,
                            slotLength,
                            bidWindow,
                            sealWindow,
                            settlementWindow,
                            token,
                            economics);
            byte[] tail =
                    SlotAuction.load(implementation, web3j, tx, gas)
                            .cloneArgsTail(init, params)
                            .send();
            String clone =
                    deployClone(
                            web3j,
                            tx,
                            gas,
                            implementation,
                            Numeric.toHexStringNoPrefix(head(init))
                                    + Numeric.toHexStringNoPrefix(tail));
            SlotAuction auction = SlotAuction.load(clone, web3j, tx, gas);
            auction.initialize(init, params).send();
            authorise(web3j, service, StakeVault.load(vault, web3j, tx, gas), clone);
            return clone;
        } finally {
            web3j.shutdown();
        }
    }

    /**
     * Authorises {@code clone} on the vault as its authoriser (the registry) would: once stake
     * exists the vault's owner can act only through the timelock, so the devnet's node sends the
     * call from the authoriser's address ({@code hardhat_impersonateAccount}). Slot auctions never
     * slash: horizon 0, as the registry gives them.
     */
    private static void authorise(Web3j web3j, HttpService service, StakeVault vault, String clone)
            throws Exception {
        String authoriser = vault.authoriser().send();
        new Request<>(
                        "hardhat_impersonateAccount",
                        List.of(authoriser),
                        service,
                        VoidResponse.class)
                .send();
        new Request<>(
                        "hardhat_setBalance",
                        List.of(authoriser, "0xde0b6b3a7640000"),
                        service,
                        VoidResponse.class)
                .send();
        String data = vault.authoriseModule(clone, BigInteger.ZERO).encodeFunctionCall();
        var sent =
                web3j.ethSendTransaction(
                                org.web3j.protocol.core.methods.request.Transaction
                                        .createFunctionCallTransaction(
                                                authoriser,
                                                null,
                                                null,
                                                BigInteger.valueOf(500_000),
                                                vault.getContractAddress(),
                                                data))
                        .send();
        if (sent.hasError()) {
            throw new IllegalStateException("authoriseModule: " + sent.getError().getMessage());
        }
        for (int i = 0; i < 100; i++) {
            var receipt =
                    web3j.ethGetTransactionReceipt(sent.getTransactionHash())
                            .send()
                            .getTransactionReceipt();
            if (receipt.isPresent()) {
                if (!receipt.get().isStatusOK()) {
                    throw new IllegalStateException("authoriseModule reverted");
                }
                break;
            }
            Thread.sleep(20);
        }
        new Request<>(
                        "hardhat_stopImpersonatingAccount",
                        List.of(authoriser),
                        service,
                        VoidResponse.class)
                .send();
    }

    /** {@code abi.encode(Params)}: a static struct is its fields' words in order. */
    private static byte[] params(
            long genesisBlock,
            int slots,
            long slotLength,
            long bidWindow,
            long sealWindow,
            long settlementWindow,
            String rewardToken,
            Economics economics) {
        List<Type> fields =
                List.of(
                        new Uint64(genesisBlock),
                        new Uint16(slots),
                        new Uint32(slotLength),
                        new Uint32(bidWindow),
                        new Uint32(sealWindow),
                        new Uint32(settlementWindow),
                        new Uint32(5),
                        new Uint128(economics.stakeUnit()),
                        new Uint32(100),
                        new Address(rewardToken),
                        new Uint128(economics.rewardPerSlot()),
                        new Uint128(economics.rewardPerSlot().multiply(BigInteger.TEN)),
                        new Uint32(economics.minBid()),
                        new Bool(false));
        return Numeric.hexStringToByteArray(FunctionEncoder.encodeConstructor(fields));
    }

    /**
     * The common header of a module's immutable arguments (ModuleArgs): nb_sequencers, token count,
     * tokens.
     */
    private static byte[] head(SlotAuction.ModuleInit init) {
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(Numeric.toBytesPadded(init.minSequencers, 4));
        out.writeBytes(Numeric.toBytesPadded(init.maxSequencers, 4));
        out.write(init.tokens.size());
        for (SlotAuction.StakeToken t : init.tokens) {
            out.writeBytes(Numeric.hexStringToByteArray(t.token));
            out.writeBytes(Numeric.toBytesPadded(t.minStake, 16));
            out.writeBytes(Numeric.toBytesPadded(t.weight, 12));
        }
        return out.toByteArray();
    }

    /**
     * Creation code of an EIP-1167 clone of {@code implementation} carrying immutable arguments
     * {@code argsHex}.
     */
    private static String deployClone(
            Web3j web3j,
            FastRawTransactionManager tx,
            StaticEIP1559GasProvider gas,
            String implementation,
            String argsHex)
            throws Exception {
        String initCode =
                "0x61"
                        + String.format("%04x", argsHex.length() / 2 + 0x2d)
                        + "3d81600a3d39f3363d3d373d3d3d363d73"
                        + implementation.substring(2).toLowerCase()
                        + "5af43d82803e903d91602b57fd5bf3"
                        + argsHex;
        var sent =
                tx.sendEIP1559Transaction(
                        gas.getChainId(),
                        gas.getMaxPriorityFeePerGas(),
                        gas.getMaxFeePerGas(),
                        BigInteger.valueOf(400_000),
                        "",
                        initCode,
                        BigInteger.ZERO,
                        true);
        TransactionReceipt receipt =
                new PollingTransactionReceiptProcessor(web3j, 20, 1500)
                        .waitForTransactionReceipt(sent.getTransactionHash());
        if (!receipt.isStatusOK() || receipt.getContractAddress() == null) {
            throw new IllegalStateException("clone deployment failed: " + receipt);
        }
        return receipt.getContractAddress();
    }
}

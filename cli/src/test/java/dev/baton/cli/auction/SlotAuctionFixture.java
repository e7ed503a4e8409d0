package dev.baton.cli.auction;

import dev.baton.client.Baton;
import dev.baton.devnet.Devnet;
import dev.baton.devnet.rpc.DevnetControl;
import dev.baton.internal.abi.InitCode;
import dev.baton.internal.abi.Wrappers;
import dev.baton.internal.contracts.SlotAuction;
import dev.baton.internal.contracts.SlotAuctionViews;
import dev.baton.internal.contracts.StakeVault;
import dev.baton.internal.registry.MechanismParamsCodec;
import dev.baton.model.DeploymentManifest;
import dev.baton.model.request.SequencerRange;
import dev.baton.model.request.SlotAuctionParams;
import dev.baton.signer.DevAccount;
import dev.baton.signer.SignedTransaction;
import dev.baton.tx.Transactor;
import dev.baton.tx.TxReceipt;
import dev.baton.tx.TxRequest;
import dev.baton.types.Address;
import dev.baton.types.TxHash;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.crypto.ContractUtils;
import org.web3j.utils.Numeric;

/**
 * Deploys a slot auction on a devnet the way the registry will: the views extension, the
 * implementation, an EIP-1167 clone initialised with the given timeline and economics, authorised
 * on the suite's StakeVault. Sent through Baton's {@link Transactor} (the client's nonces, fees and
 * receipts) with calldata from the generated wrappers; the code under test talks to the clone
 * through Baton's clients.
 */
public final class SlotAuctionFixture {
    public record Economics(BigInteger stakeUnit, BigInteger rewardPerSlot, long minBid) {}

    private static final SlotAuction AUCTION = Wrappers.codec(SlotAuction::load);
    private static final StakeVault VAULT = Wrappers.codec(StakeVault::load);

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
                SequencerRange.NO_SEQUENCER_CAP);
    }

    /**
     * As {@link #deploy} (which sets no cap), with {@code nb_sequencers.max} = {@code
     * maxSequencers}: 1..4 (capped by stake) or {@link SequencerRange#NO_SEQUENCER_CAP}, the only
     * caps the auction accepts.
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
            long maxSequencers)
            throws Exception {
        DevAccount deployer = devnet.account(0);
        try (Baton baton = Baton.connect(manifest, deployer.signer(devnet.chainId()))) {
            Transactor tx = baton.transactor();
            Address views = create(tx, InitCode.of(SlotAuctionViews::deploy));
            Address implementation =
                    create(
                            tx,
                            InitCode.of(
                                    (web3j, manager, gas) ->
                                            SlotAuction.deploy(
                                                    web3j, manager, gas, views.lowerHex())));
            String token = manifest.token("BTN");
            Address vault = Address.of(manifest.contract("StakeVault"));
            var init =
                    new SlotAuction.ModuleInit(
                            vault.lowerHex(),
                            deployer.address().lowerHex(),
                            deployer.address().lowerHex(),
                            BigInteger.ONE,
                            List.of(
                                    new SlotAuction.StakeToken(
                                            token, economics.stakeUnit(), BigInteger.ONE)),
                            BigInteger.ONE,
                            BigInteger.valueOf(maxSequencers));
            long genesisBlock = tx.node().blockNumber() + 2 + genesisDelay;
            // The registry's own encoder of the module's Params, from the generated struct.
            byte[] params =
                    MechanismParamsCodec.encode(
                            new SlotAuctionParams(
                                    genesisBlock,
                                    slots,
                                    slotLength,
                                    bidWindow,
                                    sealWindow,
                                    settlementWindow,
                                    5,
                                    Optional.of(economics.stakeUnit()),
                                    100,
                                    "BTN",
                                    economics.rewardPerSlot(),
                                    economics.rewardPerSlot().multiply(BigInteger.TEN),
                                    economics.minBid(),
                                    false),
                            manifest);
            var tailCall = AUCTION.cloneArgsTail(init, params);
            byte[] tail =
                    Wrappers.single(
                                    "SlotAuction.cloneArgsTail",
                                    tailCall,
                                    tx.call(implementation, tailCall.encodeFunctionCall()),
                                    DynamicBytes.class)
                            .getValue();
            Address clone =
                    create(
                            tx,
                            cloneInitCode(
                                    implementation,
                                    Numeric.toHexStringNoPrefix(head(init))
                                            + Numeric.toHexStringNoPrefix(tail)));
            mined(
                    tx.send(
                            TxRequest.call(
                                    clone, AUCTION.initialize(init, params).encodeFunctionCall())),
                    "initialize");
            authorise(devnet.control(), tx, vault, clone);
            return clone.lowerHex();
        }
    }

    /**
     * Authorises {@code clone} on the vault as its authoriser (the registry) would: once stake
     * exists the vault's owner can act only through the timelock, so the devnet's node sends the
     * call from the authoriser's address ({@code hardhat_impersonateAccount}). Slot auctions never
     * slash: horizon 0, as the registry gives them.
     */
    private static void authorise(
            DevnetControl control, Transactor tx, Address vault, Address clone)
            throws InterruptedException {
        var authoriserCall = VAULT.authoriser();
        String authoriser =
                Wrappers.address(
                        "StakeVault.authoriser",
                        authoriserCall,
                        tx.call(vault, authoriserCall.encodeFunctionCall()));
        control.call("hardhat_impersonateAccount", authoriser);
        control.call("hardhat_setBalance", authoriser, "0xde0b6b3a7640000");
        Object hash =
                control.call(
                        "eth_sendTransaction",
                        Map.of(
                                "from",
                                authoriser,
                                "to",
                                vault.lowerHex(),
                                "gas",
                                "0x7a120",
                                "data",
                                VAULT.authoriseModule(clone.lowerHex(), BigInteger.ZERO)
                                        .encodeFunctionCall()));
        TxHash sent = TxHash.of(String.valueOf(hash));
        Optional<TxReceipt> receipt = tx.node().receipt(sent);
        for (int i = 0; i < 500 && receipt.isEmpty(); i++) {
            Thread.sleep(20);
            receipt = tx.node().receipt(sent);
        }
        mined(
                receipt.orElseThrow(
                        () -> new IllegalStateException("authoriseModule: no receipt for " + sent)),
                "authoriseModule");
        control.call("hardhat_stopImpersonatingAccount", authoriser);
    }

    /** Sends a contract creation through the transactor; the new contract's address. */
    private static Address create(Transactor tx, String initCode) {
        SignedTransaction signed = tx.submit(TxRequest.create(initCode));
        mined(tx.awaitReceipt(signed), "creation");
        // CREATE puts the contract at keccak(rlp(sender, nonce)), as the deployer computes it.
        return Address.of(
                ContractUtils.generateContractAddress(
                        tx.sender().lowerHex(), BigInteger.valueOf(signed.nonce())));
    }

    private static TxReceipt mined(TxReceipt receipt, String what) {
        if (!receipt.success()) {
            throw new IllegalStateException(what + " reverted: " + receipt.hash());
        }
        return receipt;
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
    private static String cloneInitCode(Address implementation, String argsHex) {
        return "0x61"
                + String.format("%04x", argsHex.length() / 2 + 0x2d)
                + "3d81600a3d39f3363d3d373d3d3d363d73"
                + implementation.lowerHex().substring(2)
                + "5af43d82803e903d91602b57fd5bf3"
                + argsHex;
    }
}

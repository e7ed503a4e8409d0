package dev.baton.devnet.deploy;

import dev.baton.errors.TxReplacedException;
import dev.baton.model.DeploymentManifest;
import dev.baton.model.DeploymentManifest.ContractDeployment;
import dev.baton.signer.DevAccount;
import dev.baton.signer.SignedTransaction;
import dev.baton.tx.Outcome;
import dev.baton.tx.Transactor;
import dev.baton.tx.TxReceipt;
import dev.baton.tx.TxRequest;
import dev.baton.types.Address;
import dev.baton.types.TxHash;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.web3j.crypto.ContractUtils;

/**
 * What a {@link DeploymentStep} works with: the sender's {@link Transactor} (the client's nonces,
 * fees and receipts), the accounts to fund, and the addresses recorded so far, which become the
 * manifest. Contracts an earlier run left on chain are kept ({@link Resumption}); after every new
 * contract the manifest so far is handed to the recorder, so an interrupted run can be resumed. The
 * one creation in flight is recorded beside the manifest ({@link InFlightCreation}), so a run
 * killed between a contract's transaction and its receipt does not deploy that contract twice.
 */
public final class DeploymentContext {

    private final Transactor tx;
    private final DeploymentRun run;
    private final long chainId;
    private final Resumption resumption;
    private final Consumer<DeploymentManifest> recorder;
    private final ManifestFile file;
    private final Map<String, String> contracts = new LinkedHashMap<>();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, ContractDeployment> deployments = new LinkedHashMap<>();

    DeploymentContext(
            Transactor tx,
            DeploymentRun run,
            long chainId,
            Resumption resumption,
            Consumer<DeploymentManifest> recorder,
            ManifestFile file) {
        this.tx = tx;
        this.run = run;
        this.chainId = chainId;
        this.resumption = resumption;
        this.recorder = recorder;
        this.file = file;
    }

    /** A contract this run deployed or kept, and whether it was kept from an earlier run. */
    public record Deployed(Address address, boolean resumed) {}

    /** The address that deploys and owns everything. */
    public Address deployer() {
        return tx.sender();
    }

    /**
     * Accounts that steps should fund (e.g. with stake tokens) so tests can use them right away.
     */
    public List<DevAccount> fundedAccounts() {
        return run.fundedAccounts();
    }

    /**
     * Deploys contract {@code name} from {@code initCode} (0x hex), unless an earlier run left it
     * on chain.
     */
    public Deployed deployContract(String name, String initCode) {
        requireNew(contracts, "contract", name);
        Optional<Address> kept = resumption.contract(name);
        if (kept.isPresent()) {
            keep(name, kept.get(), contracts);
            return new Deployed(kept.get(), true);
        }
        return create(InFlightCreation.CONTRACT, name, initCode, contracts);
    }

    /**
     * Deploys stake token {@code symbol} from {@code initCode}, unless an earlier run left it on
     * chain.
     */
    public Deployed deployToken(String symbol, String initCode) {
        requireNew(tokens, "token", symbol);
        Optional<Address> kept = resumption.token(symbol);
        if (kept.isPresent()) {
            keep(symbol, kept.get(), tokens);
            return new Deployed(kept.get(), true);
        }
        return create(InFlightCreation.TOKEN, symbol, initCode, tokens);
    }

    /** Sends one call ({@code what} names it in progress reports) and waits for its receipt. */
    public TxReceipt send(String what, Address to, String calldata) {
        TxRequest request = TxRequest.call(to, calldata);
        SignedTransaction signed = tx.submit(request);
        run.listener().sent(what, signed.hash());
        TxReceipt receipt = tx.await(request, signed);
        run.listener().confirmed(what, receipt);
        return receipt;
    }

    /**
     * Sends independent calls in one batch (e.g. mints to many accounts); fails on the first that
     * failed.
     */
    public List<TxReceipt> sendAll(String what, List<TxRequest> requests) {
        List<TxReceipt> receipts = new java.util.ArrayList<>(requests.size());
        for (Outcome<TxReceipt> outcome : tx.sendAll(requests)) {
            TxReceipt receipt = outcome.get();
            run.listener().confirmed(what, receipt);
            receipts.add(receipt);
        }
        return receipts;
    }

    /** Reports a wiring call that the chain shows as already made. */
    public void alreadyDone(String what) {
        run.listener().alreadyDone(what);
    }

    /** A read-only call at the latest block; the 0x-hex result. */
    public String call(Address to, String calldata) {
        return tx.call(to, calldata);
    }

    /** The address of a contract an earlier step deployed. */
    public Address contract(String name) {
        return Address.of(lookup(contracts, "contract", name));
    }

    /** The address of a token an earlier step deployed. */
    public Address token(String symbol) {
        return Address.of(lookup(tokens, "token", symbol));
    }

    /** The tokens deployed so far, by symbol. */
    public Map<String, Address> tokens() {
        Map<String, Address> out = new LinkedHashMap<>();
        tokens.forEach((symbol, address) -> out.put(symbol, Address.of(address)));
        return out;
    }

    /** The manifest of what is recorded so far; it starts at the earliest recorded block. */
    DeploymentManifest manifest() {
        long first =
                deployments.values().stream().mapToLong(ContractDeployment::block).min().orElse(0L);
        return new DeploymentManifest(chainId, run.rpcUrl(), first, contracts, tokens, deployments);
    }

    /**
     * Sends a creation, recording it as in flight before it goes out and again once handed over, so
     * a run killed before the receipt leaves the next run what it needs to keep it.
     */
    private Deployed create(String kind, String name, String initCode, Map<String, String> into) {
        Optional<Address> landed = landedInFlight(kind, name, into);
        if (landed.isPresent()) {
            return new Deployed(landed.get(), true);
        }
        TxRequest request = TxRequest.create(initCode);
        String sender = tx.sender().lowerHex();
        long nonce = tx.node().transactionCount(tx.sender(), true);
        file.writeInFlight(new InFlightCreation(chainId, kind, name, sender, nonce, null, null));
        SignedTransaction signed = tx.submit(request);
        file.writeInFlight(
                new InFlightCreation(
                        chainId,
                        kind,
                        name,
                        sender,
                        signed.nonce(),
                        signed.hash().hex(),
                        signed.raw()));
        run.listener().sent(name, signed.hash());
        Address address = createAddress(signed.nonce());
        TxReceipt receipt = tx.await(request, signed);
        if (!Resumption.hasCode(tx.node().code(address))) {
            throw new IllegalStateException(
                    name
                            + ": transaction "
                            + receipt.hash()
                            + " succeeded but left no code at "
                            + address);
        }
        record(name, address, Optional.of(receipt), into);
        run.listener().confirmed(name, receipt);
        return new Deployed(address, false);
    }

    /**
     * The contract an interrupted run sent for this entry but never recorded, when it landed: found
     * at its CREATE address, after handing the same signed bytes over again if the node lost them
     * (they can only run once). Empty, and the record dropped, when it never ran.
     */
    private Optional<Address> landedInFlight(String kind, String name, Map<String, String> into) {
        Optional<InFlightCreation> left = file.inFlight();
        if (left.isEmpty()
                || left.get().chainId() != chainId
                || !left.get().sender().equalsIgnoreCase(tx.sender().lowerHex())
                || !left.get().kind().equals(kind)
                || !left.get().name().equals(name)) {
            return Optional.empty();
        }
        InFlightCreation creation = left.get();
        Optional<TxReceipt> receipt = Optional.empty();
        if (creation.handedOver()) {
            try {
                receipt =
                        Optional.of(
                                tx.awaitReceipt(
                                        new SignedTransaction(
                                                TxHash.of(creation.txHash()),
                                                creation.nonce(),
                                                creation.raw())));
            } catch (TxReplacedException nonceTakenByAnother) {
                // another transaction took its nonce: this creation never ran
            }
        }
        Address address = createAddress(creation.nonce());
        if (!Resumption.hasCode(tx.node().code(address))) {
            file.clearInFlight();
            return Optional.empty();
        }
        record(name, address, receipt, into);
        run.listener().existing(name, address);
        return Optional.of(address);
    }

    /** CREATE puts the contract at keccak(rlp(sender, nonce)): known before the receipt. */
    private Address createAddress(long nonce) {
        return Address.of(
                ContractUtils.generateContractAddress(
                        tx.sender().lowerHex(), BigInteger.valueOf(nonce)));
    }

    /**
     * Records a contract whose code is on chain at {@code address}, and clears the in-flight
     * record.
     */
    private void record(
            String name, Address address, Optional<TxReceipt> receipt, Map<String, String> into) {
        into.put(name, address.lowerHex());
        receipt.ifPresent(
                r ->
                        deployments.put(
                                name, new ContractDeployment(r.hash().hex(), r.blockNumber())));
        recorder.accept(manifest());
        file.clearInFlight();
    }

    private void keep(String name, Address address, Map<String, String> into) {
        into.put(name, address.lowerHex());
        resumption.deployment(name).ifPresent(record -> deployments.put(name, record));
        run.listener().existing(name, address);
    }

    private static void requireNew(Map<String, String> entries, String kind, String name) {
        if (entries.containsKey(name)) {
            throw new IllegalStateException(
                    kind + " '" + name + "' was already deployed at " + entries.get(name));
        }
    }

    private static String lookup(Map<String, String> entries, String kind, String name) {
        String address = entries.get(name);
        if (address == null) {
            throw new IllegalStateException(
                    "no earlier step deployed "
                            + kind
                            + " '"
                            + name
                            + "' (have "
                            + entries.keySet()
                            + ")");
        }
        return address;
    }
}

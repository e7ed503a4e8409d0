package dev.baton.devnet.deploy;

import dev.baton.signer.DevAccount;
import dev.baton.model.DeploymentManifest;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.tx.TransactionManager;
import org.web3j.tx.gas.ContractGasProvider;

/**
 * What a {@link DeploymentStep} works with: the connection, the deployer's transaction manager, gas settings,
 * the accounts to fund, and the addresses recorded so far (which become the manifest).
 */
public final class DeploymentContext {

    private final Web3j web3j;
    private final TransactionManager transactions;
    private final ContractGasProvider gas;
    private final String deployer;
    private final List<DevAccount> fundedAccounts;
    private final Map<String, String> contracts = new LinkedHashMap<>();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private BigInteger firstBlock;

    DeploymentContext(Web3j web3j, TransactionManager transactions, ContractGasProvider gas, String deployer, List<DevAccount> fundedAccounts) {
        this.web3j = web3j;
        this.transactions = transactions;
        this.gas = gas;
        this.deployer = deployer;
        this.fundedAccounts = List.copyOf(fundedAccounts);
    }

    public Web3j web3j() {
        return web3j;
    }

    public TransactionManager transactions() {
        return transactions;
    }

    public ContractGasProvider gas() {
        return gas;
    }

    /** The address (0x hex) that deploys and owns everything. */
    public String deployer() {
        return deployer;
    }

    /** Accounts that steps should fund (e.g. with stake tokens) so tests can use them right away. */
    public List<DevAccount> fundedAccounts() {
        return fundedAccounts;
    }

    /** Records a deployed contract under {@code name}; the receipt marks where the suite starts on chain. */
    public void recordContract(String name, String address, TransactionReceipt receipt) {
        if (contracts.putIfAbsent(name, address) != null) {
            throw new IllegalStateException("contract '" + name + "' was already deployed at " + contracts.get(name));
        }
        noteBlock(receipt);
    }

    /** Records a stake token under its symbol. */
    public void recordToken(String symbol, String address, TransactionReceipt receipt) {
        if (tokens.putIfAbsent(symbol, address) != null) {
            throw new IllegalStateException("token '" + symbol + "' was already deployed at " + tokens.get(symbol));
        }
        noteBlock(receipt);
    }

    /** The address of a contract an earlier step deployed. */
    public String contract(String name) {
        String address = contracts.get(name);
        if (address == null) {
            throw new IllegalStateException("no earlier step deployed contract '" + name + "' (have " + contracts.keySet() + ")");
        }
        return address;
    }

    /** The address of a token an earlier step deployed. */
    public String token(String symbol) {
        String address = tokens.get(symbol);
        if (address == null) {
            throw new IllegalStateException("no earlier step deployed token '" + symbol + "' (have " + tokens.keySet() + ")");
        }
        return address;
    }

    public Map<String, String> tokens() {
        return Map.copyOf(tokens);
    }

    DeploymentManifest manifest(long chainId, String rpcUrl) {
        long block = Optional.ofNullable(firstBlock).map(BigInteger::longValueExact).orElse(0L);
        return new DeploymentManifest(chainId, rpcUrl, block, contracts, tokens);
    }

    private void noteBlock(TransactionReceipt receipt) {
        BigInteger block = receipt.getBlockNumber();
        if (firstBlock == null || block.compareTo(firstBlock) < 0) firstBlock = block;
    }
}

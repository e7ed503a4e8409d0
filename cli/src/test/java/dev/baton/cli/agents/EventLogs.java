package dev.baton.cli.agents;

import dev.baton.types.Address;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.datatypes.Event;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthLog;

/**
 * A contract's logs of one event, each as [data, topic1, topic2, topic3], for the agent ITs' checks
 * from outside (read straight from the node, not through the client under test).
 */
public record EventLogs(Web3j web3j, Address contract) {

    public List<List<String>> of(Event event) throws IOException {
        EthFilter filter =
                new EthFilter(
                        DefaultBlockParameterName.EARLIEST,
                        DefaultBlockParameterName.LATEST,
                        contract.lowerHex());
        filter.addSingleTopic(EventEncoder.encode(event));
        List<List<String>> out = new ArrayList<>();
        for (EthLog.LogResult<?> result : web3j.ethGetLogs(filter).send().getLogs()) {
            EthLog.LogObject log = (EthLog.LogObject) result;
            List<String> row = new ArrayList<>();
            row.add(log.getData());
            for (int i = 1; i < 4; i++) {
                row.add(i < log.getTopics().size() ? log.getTopics().get(i) : "0x0");
            }
            out.add(row);
        }
        return out;
    }

    /**
     * How many logs of {@code event} carry {@code account} as indexed topic {@code topic} (1 to 3;
     * {@code account} null: every log of the event).
     */
    public long count(Event event, Address account, int topic) throws IOException {
        return of(event).stream()
                .filter(row -> account == null || address(row.get(topic)).equals(account))
                .count();
    }

    public static long num(String hex) {
        return new BigInteger(hex.substring(2), 16).longValueExact();
    }

    public static Address address(String topic) {
        return Address.of("0x" + topic.substring(topic.length() - 40));
    }

    /** The {@code index}-th 32-byte word of event data. */
    public static BigInteger word(String data, int index) {
        int from = 2 + index * 64;
        return new BigInteger(data.substring(from, from + 64), 16);
    }
}

package dev.baton.cli.prover;

import dev.baton.types.Address;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.TypeEncoder;
import org.web3j.abi.datatypes.Event;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.http.HttpService;

/** Counts a market's logs by the generated event definitions, checked from outside the agents. */
final class MarketLogReader {
    private final String url;
    private final Address market;

    MarketLogReader(String url, Address market) {
        this.url = url;
        this.market = market;
    }

    /** Logs of {@code event} whose third indexed topic is {@code account} ({@code null}: any). */
    long count(Event event, Address account) {
        return logs(event, account, 3);
    }

    /** Logs of {@code event} whose first indexed topic is {@code account}. */
    long countByTopic1(Event event, Address account) {
        return logs(event, account, 1);
    }

    private long logs(Event event, Address account, int topic) {
        Web3j web3j = Web3j.build(new HttpService(url));
        try {
            EthFilter filter =
                    new EthFilter(
                            DefaultBlockParameterName.EARLIEST,
                            DefaultBlockParameterName.LATEST,
                            market.lowerHex());
            filter.addSingleTopic(EventEncoder.encode(event));
            if (account != null) {
                for (int i = 1; i < topic; i++) {
                    filter.addNullTopic();
                }
                filter.addSingleTopic(
                        "0x"
                                + TypeEncoder.encode(
                                        new org.web3j.abi.datatypes.Address(account.lowerHex())));
            }
            return web3j.ethGetLogs(filter).send().getLogs().size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            web3j.shutdown();
        }
    }
}

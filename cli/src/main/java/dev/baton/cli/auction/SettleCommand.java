package dev.baton.cli.auction;

import dev.baton.cli.OutputOptions;
import dev.baton.tx.TxReceipt;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code baton auction settle EPOCH [--entry N]}: by default every unsettled entry of yours that
 * holds slots.
 */
@Command(
        name = "settle",
        mixinStandardHelpOptions = true,
        description =
                "Settle your entries of an epoch in its settlement window (locks S', credits r per published slot).")
final class SettleCommand implements Runnable {
    @Mixin AuctionTarget connection;
    @Mixin OutputOptions output;

    @Parameters(index = "0", description = "Epoch number.")
    long epoch;

    @Option(names = "--entry", description = "Settle only this entry.")
    Integer entry;

    @Override
    public void run() {
        try (AuctionTarget.Signed signed = connection.signed()) {
            List<TxReceipt> receipts =
                    entry != null
                            ? List.of(signed.sequencer().settle(epoch, entry))
                            : signed.sequencer().settleAll(epoch);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("epoch", epoch);
            result.put("settledEntries", receipts.size());
            result.put("txs", receipts.stream().map(r -> r.hash().toString()).toList());
            output.printer().result(result);
        }
    }
}

package dev.baton.cli.auction;

import dev.baton.cli.OutputOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code baton auction delegation open|close}: a sequencer's consent to be delegated to. Only a
 * sequencer that opted in can be named by {@code baton auction bid --for}, so nobody elects an
 * address that never agreed to sequence.
 */
@Command(
        name = "delegation",
        mixinStandardHelpOptions = true,
        description =
                "Open (or close) your account to delegated bids: only an opted-in sequencer can be delegated to.")
final class DelegationCommand implements Runnable {
    @Mixin AuctionTarget connection;
    @Mixin OutputOptions output;

    @Parameters(
            index = "0",
            paramLabel = "open|close",
            description = "open: accept delegated bids; close: refuse new ones.")
    String mode;

    @Override
    public void run() {
        boolean open =
                switch (mode) {
                    case "open" -> true;
                    case "close" -> false;
                    default ->
                            throw new picocli.CommandLine.ParameterException(
                                    new picocli.CommandLine(this),
                                    "delegation: expected 'open' or 'close', was '" + mode + "'");
                };
        try (AuctionTarget.Signed signed = connection.signed()) {
            signed.sequencer().setDelegationOpen(open);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("sequencer", signed.baton().account().toString());
            result.put("delegationOpen", open);
            output.printer().result(result);
        }
    }
}

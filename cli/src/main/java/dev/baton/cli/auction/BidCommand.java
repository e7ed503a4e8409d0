package dev.baton.cli.auction;

import dev.baton.cli.OutputOptions;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code baton auction bid EPOCH AMOUNT --token SYM [--for SEQUENCER]}. */
@Command(name = "bid", mixinStandardHelpOptions = true,
        description = "Bid free vault stake for an epoch's slots, or delegate it to a sequencer with --for.")
final class BidCommand implements Runnable {
    @Mixin AuctionTarget connection;
    @Mixin OutputOptions output;

    @Parameters(index = "0", description = "Epoch number.")
    long epoch;

    @Parameters(index = "1", description = "Amount in whole tokens (decimals allowed, e.g. 12.5).")
    String amount;

    @Option(names = "--token", defaultValue = "BTN", description = "Stake token symbol from the manifest (default: ${DEFAULT-VALUE}).")
    String token;

    @Option(names = "--decimals", defaultValue = "18", description = "Token decimals (default: ${DEFAULT-VALUE}).")
    int decimals;

    @Option(names = "--for", description = "Delegate to this sequencer instead of bidding for yourself.")
    String sequencer;

    @Override
    public void run() {
        Amount stake = Amount.parse("AMOUNT", amount, decimals);
        try (AuctionTarget.Signed signed = connection.signed()) {
            Address tokenAddress = signed.baton().token(token);
            int entry = sequencer == null
                    ? signed.sequencer().bid(epoch, tokenAddress, stake)
                    : signed.sequencer().bidFor(epoch, Address.parse("--for", sequencer), tokenAddress, stake);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("epoch", epoch);
            result.put("entry", entry);
            result.put("sequencer", sequencer == null ? signed.baton().account().toString() : Address.parse("--for", sequencer).toString());
            result.put("amount", stake.value().toString());
            result.put("token", token);
            output.printer().result(result);
        }
    }
}

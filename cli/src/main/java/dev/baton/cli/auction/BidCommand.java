package dev.baton.cli.auction;

import dev.baton.cli.OutputOptions;
import dev.baton.cli.TokenDecimals;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code baton auction bid EPOCH AMOUNT --token SYM [--for SEQUENCER --max-commission BPS]}. */
@Command(
        name = "bid",
        mixinStandardHelpOptions = true,
        description =
                "Bid free vault stake for an epoch's slots, or delegate it to a sequencer with --for.")
final class BidCommand implements Runnable {
    @Mixin AuctionTarget connection;
    @Mixin OutputOptions output;

    @Parameters(index = "0", description = "Epoch number.")
    long epoch;

    @Parameters(index = "1", description = "Amount in whole tokens (decimals allowed, e.g. 12.5).")
    String amount;

    @Option(
            names = "--token",
            defaultValue = "BTN",
            description = "Stake token symbol from the manifest (default: ${DEFAULT-VALUE}).")
    String token;

    @Option(names = "--decimals", description = TokenDecimals.DESCRIPTION)
    Integer decimals;

    @Option(
            names = "--for",
            description =
                    "Delegate to this sequencer instead of bidding for yourself (it must have "
                            + "opted in with `baton auction delegation open`).")
    String sequencer;

    @Option(
            names = "--max-commission",
            paramLabel = "BPS",
            description =
                    "With --for: the highest commission (basis points, 0..10000) you accept; the bid is refused "
                            + "if the sequencer's commission for the epoch is higher. Required with --for.")
    Integer maxCommission;

    @Override
    public void run() {
        if (sequencer != null && maxCommission == null) {
            throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(this),
                    "--for needs --max-commission BPS (the highest commission you accept, 0..10000)");
        }
        if (sequencer == null && maxCommission != null) {
            throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(this),
                    "--max-commission applies to a delegated bid only (with --for)");
        }
        if (maxCommission != null && (maxCommission < 0 || maxCommission > 10_000)) {
            throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(this),
                    "--max-commission must be 0..10000 basis points, was " + maxCommission);
        }
        try (AuctionTarget.Signed signed = connection.signed()) {
            Address tokenAddress = signed.baton().token(token);
            Amount stake =
                    Amount.parse(
                            "AMOUNT",
                            amount,
                            TokenDecimals.of(decimals, signed.baton(), tokenAddress));
            int entry =
                    sequencer == null
                            ? signed.sequencer().bid(epoch, tokenAddress, stake)
                            : signed.sequencer()
                                    .bidFor(
                                            epoch,
                                            Address.parse("--for", sequencer),
                                            tokenAddress,
                                            stake,
                                            maxCommission);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("epoch", epoch);
            result.put("entry", entry);
            result.put(
                    "sequencer",
                    sequencer == null
                            ? signed.baton().account().toString()
                            : Address.parse("--for", sequencer).toString());
            result.put("amount", stake.value().toString());
            result.put("token", token);
            if (maxCommission != null) {
                result.put("maxCommissionBps", maxCommission);
            }
            output.printer().result(result);
        }
    }
}

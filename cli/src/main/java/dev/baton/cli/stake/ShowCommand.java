package dev.baton.cli.stake;

import dev.baton.cli.ConfigException;
import dev.baton.cli.OutputOptions;
import dev.baton.cli.config.OperatorOptions;
import dev.baton.client.Baton;
import dev.baton.client.StakePosition;
import dev.baton.types.Address;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * `baton stake show`: per token the free, locked and pending stake, then one row per module lock
 * (expired locks already count as free; a module can still slash what left its lock within its
 * horizon), and the totals.
 */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = {
            "Show a staker's free, locked and pending stake, and its locks per module.",
            "One row per lock: the module that holds it, that module's rollup (when the registry confirms it),"
                    + " the amount, the block it frees at (and in how many blocks), and until which block the"
                    + " module can still slash it. Then the totals. Amounts are in the token's smallest unit."
        })
public final class ShowCommand implements Runnable {
    @Mixin OperatorOptions operator;
    @Mixin OutputOptions output;

    @Option(names = "--staker", description = "Whose stake (default: the configured signer).")
    String staker;

    @Option(
            names = "--token",
            description = "One token symbol (default: every token in the manifest).")
    String token;

    @Override
    public void run() {
        Baton baton = operator.connect();
        Address who;
        try {
            who = staker == null ? baton.account() : Address.parse("--staker", staker);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
        Map<String, StakePosition> positions = new LinkedHashMap<>();
        for (String symbol : token == null ? baton.manifest().tokens().keySet() : Set.of(token)) {
            positions.put(symbol, baton.stakeView().position(who, symbol));
        }
        output.printer()
                .result(
                        StakeTable.render(who.toString(), positions),
                        StakeTable.json(who.toString(), positions));
    }
}

package dev.baton.cli.stake;

import dev.baton.cli.ConfigException;
import dev.baton.cli.OutputOptions;
import dev.baton.cli.config.OperatorOptions;
import dev.baton.client.Baton;
import dev.baton.types.Address;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `baton stake show`: free, locked and pending stake per token (expired locks already count as free). */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a staker's free, locked and pending stake.")
public final class ShowCommand implements Runnable {
    @Mixin OperatorOptions operator;
    @Mixin OutputOptions output;

    @Option(names = "--staker", description = "Whose stake (default: the configured signer).")
    String staker;

    @Option(names = "--token", description = "One token symbol (default: every token in the manifest).")
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
        Map<String, Object> balances = new LinkedHashMap<>();
        for (String symbol : token == null ? baton.manifest().tokens().keySet() : java.util.Set.of(token)) {
            balances.put(symbol, baton.stake().balances(who, symbol));
        }
        output.printer().result(Map.of("staker", who.toString(), "balances", balances));
    }
}

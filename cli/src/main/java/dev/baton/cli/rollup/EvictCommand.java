package dev.baton.cli.rollup;

import dev.baton.cli.ConfigException;
import dev.baton.cli.OutputOptions;
import dev.baton.types.Address;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code baton rollup evict ID ADDRESS [--reinstate] [--execute]}: governance evicts (or
 * reinstates) a sequencer, proposer or prover of one rollup through the timelock: schedule, then
 * {@code --execute} after the delay.
 */
@Command(
        name = "evict",
        description =
                "Evict or reinstate a participant of a rollup (governance, via the timelock).")
public final class EvictCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID", description = "The rollup id.")
    long id;

    @Parameters(index = "1", paramLabel = "ADDRESS", description = "The participant.")
    String participant;

    @Option(names = "--reinstate", description = "Reinstate instead.")
    boolean reinstate;

    @Mixin GovernanceOptions governance;

    @Mixin RegistryTarget connection;

    @Mixin OutputOptions output;

    @Override
    public Integer call() {
        Address who;
        try {
            who = Address.parse("ADDRESS", participant);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
        return GovernanceRun.run(
                reinstate ? "reinstate" : "evict",
                connection,
                governance,
                output,
                (client, salt) ->
                        reinstate ? client.reinstate(id, who, salt) : client.evict(id, who, salt));
    }
}

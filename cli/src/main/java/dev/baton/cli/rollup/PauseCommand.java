package dev.baton.cli.rollup;

import dev.baton.cli.OutputOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code baton rollup pause ID [--unpause] [--execute]}: governance pauses (or unpauses) a rollup's
 * module through the timelock: run once to schedule, then again with {@code --execute} after the
 * delay.
 */
@Command(
        name = "pause",
        description = "Pause or unpause a rollup's module (governance, via the timelock).")
public final class PauseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "The rollup id.")
    long id;

    @Option(names = "--unpause", description = "Unpause instead.")
    boolean unpause;

    @Mixin GovernanceOptions governance;

    @Mixin RegistryTarget connection;

    @Mixin OutputOptions output;

    @Override
    public Integer call() {
        return GovernanceRun.run(
                unpause ? "unpause" : "pause",
                connection,
                governance,
                output,
                (client, salt) -> unpause ? client.unpause(id, salt) : client.pause(id, salt));
    }
}

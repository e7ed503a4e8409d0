package dev.baton.cli.operator;

import dev.baton.cli.config.OperatorOptions;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The agent's connection (rpcUrl, manifest, signer, fees): the operator settings read exactly as every other command
 * reads them, from the agent config's {@code connection} file when given, else from {@code BATON_*} and the default
 * {@code ./baton.yaml} lookup.
 */
@Command(name = "connection")
final class ConnectionOptions {
    @Mixin OperatorOptions operator;

    static OperatorOptions of(Optional<Path> connectionFile) {
        ConnectionOptions holder = new ConnectionOptions();
        String[] args = connectionFile.map(file -> new String[] {"--config", file.toString()}).orElse(new String[0]);
        CommandLine.populateCommand(holder, args);
        return holder.operator;
    }
}

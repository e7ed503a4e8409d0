package dev.baton.cli.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The node part of the shared connection options ({@code --config}, {@code --rpc-url}), for the
 * commands that talk to a node but read no deployment and sign nothing ({@code baton devnet
 * up|down|mine}). The URL is resolved like every other setting: the command line's, else {@code
 * BATON_RPC_URL}, else the config file's {@code rpcUrl}, else the local devnet's {@value
 * ConfigResolver#DEFAULT_DEVNET_RPC_URL}.
 */
public final class NodeOptions {
    static final String CONFIG_DESCRIPTION =
            "Operator config file, JSON or YAML by extension (env BATON_CONFIG; default "
                    + "./baton.json, ./baton.yaml or ./baton.yml if present).";

    @Option(names = "--config", paramLabel = "FILE", description = CONFIG_DESCRIPTION)
    Path configFile;

    @Option(
            names = "--rpc-url",
            paramLabel = "URL",
            description =
                    "JSON-RPC endpoint of the devnet (env BATON_RPC_URL; "
                            + "default "
                            + ConfigResolver.DEFAULT_DEVNET_RPC_URL
                            + ").")
    String rpcUrl;

    /** The process environment; tests replace it. */
    Map<String, String> environment = System.getenv();

    /** The effective URL (never null): the configured one, else the local devnet's. */
    public String rpcUrl() {
        return configuredRpcUrl().orElse(ConfigResolver.DEFAULT_DEVNET_RPC_URL);
    }

    /** The URL set by the command line, the environment or the config file, if any. */
    public Optional<String> configuredRpcUrl() {
        Optional<Path> file =
                configFile != null
                        ? Optional.of(configFile)
                        : Optional.ofNullable(environment.get(EnvironmentConfig.CONFIG))
                                .filter(v -> !v.isBlank())
                                .map(Path::of)
                                .or(() -> ConfigFile.findDefault(Path.of("")));
        ConfigLayer fileLayer = file.map(ConfigFile::read).orElse(ConfigLayer.EMPTY);
        ConfigLayer commandLine =
                new ConfigLayer(rpcUrl, null, null, null, null, null, null, null, null);
        return Optional.ofNullable(
                ConfigResolver.resolveRpcUrl(
                        commandLine, EnvironmentConfig.read(environment), fileLayer));
    }
}

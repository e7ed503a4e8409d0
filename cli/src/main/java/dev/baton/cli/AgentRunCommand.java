package dev.baton.cli;

import dev.baton.agent.config.AgentBasics;
import dev.baton.cli.config.OperatorOptions;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A {@code baton <role> run --agent FILE} command: the agent file is read and checked whole (see
 * {@link AgentCommands#read}) before the connection opens, then {@link #run(AgentBasics, Path,
 * OperatorOptions.Session)} assembles and runs the role's agent. Each command declares {@code
 * --agent} itself, naming its own keys.
 *
 * @param <C> the role's agent file record
 */
public abstract class AgentRunCommand<C extends AgentBasics> implements Runnable {
    @Spec protected CommandSpec spec;

    @Mixin protected OperatorOptions connection;

    @Mixin protected LogFormatOption logFormat;

    private final Class<C> type;

    protected AgentRunCommand(Class<C> type) {
        this.type = type;
    }

    /** The {@code --agent} file. */
    protected abstract Path agentFile();

    /** What must be checked of {@code config} before the connection opens; nothing by default. */
    protected void beforeConnecting(C config, Path dir) {}

    /**
     * Runs the agent of {@code config}, whose relative paths are relative to {@code dir}, over
     * {@code session}.
     */
    protected abstract void run(C config, Path dir, OperatorOptions.Session session);

    @Override
    public final void run() {
        C config = AgentCommands.read(agentFile(), type, connection);
        Path dir = AgentCommands.directory(agentFile());
        beforeConnecting(config, dir);
        try (OperatorOptions.Session session = connection.open()) {
            run(config, dir, session);
        }
    }
}

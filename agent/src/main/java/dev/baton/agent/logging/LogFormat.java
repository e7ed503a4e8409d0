package dev.baton.agent.logging;

import dev.baton.agent.config.AgentConfigFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How an agent process logs: {@code text} (the default SLF4J provider) or {@code json} ({@link
 * JsonLogProvider}). The choice must be made before the first logger exists, so the CLI's entry
 * point reads it first from the arguments ({@code --log-format json} or {@code --log-format=json}),
 * else the environment ({@code BATON_LOG_FORMAT}), else the agent file's {@code logFormat} key.
 */
public enum LogFormat {
    TEXT,
    JSON;

    public static final String OPTION = "--log-format";
    public static final String ENVIRONMENT = "BATON_LOG_FORMAT";
    public static final String AGENT_OPTION = "--agent";

    /**
     * The format the arguments ask for, else the environment's; empty when neither says. Unknown
     * values are left to the parser.
     */
    public static Optional<LogFormat> requested(List<String> args, String environment) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals(OPTION) && i + 1 < args.size()) {
                return parse(args.get(i + 1));
            }
            if (arg.startsWith(OPTION + "=")) {
                return parse(arg.substring(OPTION.length() + 1));
            }
        }
        return environment == null ? Optional.empty() : parse(environment);
    }

    /**
     * The format the agent file given by {@code --agent FILE} asks for with its {@code logFormat}
     * key; empty when there is no such file or key, or its value is not a format (the command's
     * full read of the file then refuses it, naming its line).
     */
    public static Optional<LogFormat> fromAgentFile(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                break;
            }
            String file = null;
            if (arg.equals(AGENT_OPTION) && i + 1 < args.size()) {
                file = args.get(i + 1);
            } else if (arg.startsWith(AGENT_OPTION + "=")) {
                file = arg.substring(AGENT_OPTION.length() + 1);
            }
            if (file != null) {
                return AgentConfigFile.peek(Path.of(file), "logFormat").flatMap(LogFormat::parse);
            }
        }
        return Optional.empty();
    }

    private static Optional<LogFormat> parse(String text) {
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Selects this format's SLF4J provider for the loggers created from now on (call before the
     * first one).
     */
    public void install() {
        if (this != JSON) {
            return;
        }
        System.setProperty("slf4j.provider", JsonLogProvider.class.getName());
        // SLF4J reports an explicitly chosen provider on stderr as a plain line: keep the stream
        // JSON only.
        System.setProperty("slf4j.internal.verbosity", "WARN");
    }
}

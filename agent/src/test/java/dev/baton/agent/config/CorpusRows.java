package dev.baton.agent.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The config corpus tests' bad rows: one line of a {@code @CsvSource}, with {@code \n} standing for
 * a line break.
 */
final class CorpusRows {
    private CorpusRows() {}

    /**
     * {@code row} as the agent file {@code file} of {@code type} is refused, naming the file and
     * {@code expected}.
     */
    static void assertRefused(
            String label, String file, String row, Class<?> type, String expected) {
        assertThatThrownBy(
                        () -> AgentConfigFile.parse(file, row.strip().replace("\\n", "\n"), type))
                .as(label)
                .isInstanceOf(AgentConfigException.class)
                .hasMessageContaining("agent config " + file)
                .hasMessageContaining(expected);
    }
}

package dev.baton.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the {@code baton <role> run} tests: each test's directory holds a connection file to a
 * port nobody listens on (dev key 1), so the config check must fail before any connection.
 */
public abstract class AgentRunCommandTestBase {
    @TempDir protected Path dir;
    protected AgentCommandFixture cli;

    @BeforeEach
    void connectionToNowhere() throws IOException {
        cli = AgentCommandFixture.withConnectionToNowhere(dir, 1);
    }
}

package dev.baton.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.agent.runtime.AgentRuntime;
import dev.baton.fixtures.PublicApiScan;
import org.junit.jupiter.api.Test;

/**
 * The agent module's public API speaks Baton types, as the client's does (java-client's
 * PublicApiTest): no public or protected member of a public class outside {@code
 * dev.baton.internal.*} names a web3j type in its signature.
 */
class AgentPublicApiTest {

    @Test
    void noPublicSignatureOutsideInternalNamesAWeb3jType() {
        assertThat(PublicApiScan.leaksOfModule(AgentRuntime.class))
                .as("public signatures naming web3j types")
                .isEmpty();
    }
}

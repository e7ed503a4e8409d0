package dev.baton;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.client.Baton;
import dev.baton.fixtures.PublicApiScan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The client's public API speaks Baton types: no public or protected member of a public class
 * outside {@code dev.baton.internal.*} names a web3j type ({@code org.web3j.*}) in its signature,
 * supertypes included. Scans every class of the main output (the jar when run from one), so a new
 * leak fails here, not in a user's build. The devnet, agent and CLI modules run the same scan.
 */
class PublicApiTest {

    @Test
    void noPublicSignatureOutsideInternalNamesAWeb3jType() {
        assertThat(PublicApiScan.leaksOfModule(Baton.class))
                .as("public signatures naming web3j types")
                .isEmpty();
    }

    @Test
    void theScanSeesALeakWhenThereIsOne() {
        assertThat(PublicApiScan.leaksOf(Leaky.class)).hasSize(2);
    }

    /**
     * A class with two leaks (a public method and a public field); the private one is not part of
     * the API.
     */
    public static final class Leaky {
        public org.web3j.abi.datatypes.Address leak;

        public List<? extends org.web3j.abi.datatypes.Type<?>> values() {
            return List.of();
        }

        @SuppressWarnings("unused")
        private org.web3j.abi.datatypes.Address hidden() {
            return null;
        }
    }
}

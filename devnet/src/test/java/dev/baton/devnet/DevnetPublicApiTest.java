package dev.baton.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.fixtures.PublicApiScan;
import org.junit.jupiter.api.Test;

/**
 * The devnet module's public API speaks Baton types, as the client's does (java-client's
 * PublicApiTest): no public or protected member of a public class outside {@code
 * dev.baton.internal.*} names a web3j type in its signature.
 */
class DevnetPublicApiTest {

    @Test
    void noPublicSignatureOutsideInternalNamesAWeb3jType() {
        assertThat(PublicApiScan.leaksOfModule(Devnet.class))
                .as("public signatures naming web3j types")
                .isEmpty();
    }
}

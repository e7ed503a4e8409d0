package dev.baton.model.request;

import dev.baton.model.DeploymentManifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A devnet-like manifest and access to the request files under {@code
 * src/test/resources/requests/}.
 */
public final class TestRequests {

    public static final List<String> SYMBOLS =
            List.of("ALT", "stSOL", "BTN", "USDC", "WETH", "DAI", "LINK", "UNI", "ARB");

    public static final DeploymentManifest MANIFEST = manifest();

    private TestRequests() {}

    private static DeploymentManifest manifest() {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (int i = 0; i < SYMBOLS.size(); i++) {
            tokens.put(SYMBOLS.get(i), String.format("0x%040x", 0x1000 + i));
        }
        Map<String, String> contracts =
                Map.of(
                        "StakeVault", String.format("0x%040x", 0x2001),
                        "RollupRegistry", String.format("0x%040x", 0x2002),
                        "AttestationVerifier", String.format("0x%040x", 0x2003));
        return new DeploymentManifest(31337, "http://127.0.0.1:8545", 1, contracts, tokens);
    }

    /** A resource under {@code requests/}, as UTF-8 text. */
    static String resource(String name) {
        return classpathText("/requests/" + name);
    }

    /** The test resource at {@code path} (from the class-path root), as UTF-8 text. */
    public static String classpathText(String path) {
        try (InputStream in = TestRequests.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RollupRequest parse(String json) {
        return RollupRequest.parse(json, MANIFEST);
    }
}

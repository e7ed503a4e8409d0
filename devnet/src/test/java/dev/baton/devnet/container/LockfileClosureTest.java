package dev.baton.devnet.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.model.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LockfileClosureTest {

    private static final JsonNode LOCK =
            Json.MAPPER.readTree(
                    """
            { "lockfileVersion": 3, "packages": {
                "": { "devDependencies": { "hardhat": "3", "solc": "0.8" } },
                "node_modules/hardhat": { "dependencies": { "semver": "^7", "debug": "^4" },
                                          "optionalDependencies": { "edr-linux-x64-gnu": "1", "edr-darwin-arm64": "1", "edr-linux-x64-musl": "1",
                                          "analyzer-win32-x64-msvc": "1", "analyzer-linux-x64-gnu": "1", "analyzer-linux-x64-musl": "1" } },
                "node_modules/hardhat/node_modules/semver": { "dependencies": { "lru": "1" } },
                "node_modules/semver": { },
                "node_modules/lru": { },
                "node_modules/debug": { "dependencies": { "ms": "2" } },
                "node_modules/ms": { },
                "node_modules/solc": { },
                "node_modules/edr-linux-x64-gnu": { "os": ["linux"], "cpu": ["x64"], "libc": ["glibc"] },
                "node_modules/edr-linux-x64-musl": { "os": ["linux"], "cpu": ["x64"], "libc": ["musl"] },
                "node_modules/edr-darwin-arm64": { "os": ["darwin"], "cpu": ["arm64"] },
                "node_modules/analyzer-win32-x64-msvc": { },
                "node_modules/analyzer-linux-x64-gnu": { },
                "node_modules/analyzer-linux-x64-musl": { }
            } }
            """);

    @Test
    void followsNodesResolutionAndKeepsOnlyLinuxX64GlibcPartsByFieldsOrName() {
        assertThat(LockfileClosure.of(LOCK, "hardhat"))
                .containsExactlyInAnyOrder(
                        "node_modules/hardhat",
                        "node_modules/hardhat/node_modules/semver",
                        "node_modules/lru",
                        "node_modules/debug",
                        "node_modules/ms",
                        "node_modules/edr-linux-x64-gnu",
                        "node_modules/analyzer-linux-x64-gnu");
    }

    @Test
    void resolvesTheNearestNestedCopyFirst() {
        JsonNode packages = LOCK.get("packages");

        assertThat(LockfileClosure.resolve(packages, "node_modules/hardhat", "semver"))
                .isEqualTo("node_modules/hardhat/node_modules/semver");
        assertThat(LockfileClosure.resolve(packages, "node_modules/debug", "semver"))
                .isEqualTo("node_modules/semver");
        assertThat(LockfileClosure.resolve(packages, "node_modules/debug", "absent")).isNull();
    }

    @Test
    void namesAMissingPackage() {
        assertThatThrownBy(() -> LockfileClosure.of(LOCK, "anvil")).hasMessageContaining("'anvil'");
    }
}

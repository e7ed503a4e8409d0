package dev.baton.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.model.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The shared vectors {@code test/vectors/slot-allocation.json}, written by the independent
 * JavaScript model ({@code test/vectors/generate-slot-allocation.js}) and checked against the
 * Solidity library by the Hardhat suite: the Java mirror must reproduce every offset, permutation,
 * item range and schedule. The file is read from the repository root ({@code BATON_ROOT}, or the
 * nearest directory up with {@code hardhat.config.js}).
 */
class SlotAllocationVectorsTest {
    static final String VECTORS = "test/vectors/slot-allocation.json";

    @Test
    void javaMirrorReproducesTheSharedVectors() throws IOException {
        Path file = repositoryRoot().resolve(VECTORS);
        assertThat(file).as("shared vectors (written by the JavaScript model)").isRegularFile();
        JsonNode root = Json.MAPPER.readTree(Files.readString(file));
        assertThat(root.get("version").asInt()).isEqualTo(2);
        assertThat(root.get("rounds").asInt()).isEqualTo(SlotPermutation.ROUNDS);
        JsonNode cases = root.get("cases");
        assertThat(cases.size()).isGreaterThanOrEqualTo(13);
        for (JsonNode c : cases) {
            String name = c.get("name").asString();
            EpochKey key = EpochKey.fromHex(c.get("seed").asString());
            int slots = c.get("slotsPerEpoch").asInt();
            long[] stakes = new long[c.get("stakes").size()];
            for (int j = 0; j < stakes.length; j++) {
                stakes[j] = c.get("stakes").get(j).asLong();
            }
            StakeLine line = StakeLine.ofUnits(stakes);

            assertThat(line.total()).as(name + " total").isEqualTo(c.get("total").asLong());
            EpochSchedule schedule = SlotAllocation.schedule(key, slots, line);
            for (int m = 0; m < slots; m++) {
                assertThat(schedule.offset(m))
                        .as(name + " offsets[" + m + "]")
                        .isEqualTo(Long.parseLong(c.get("offsets").get(m).asString()));
            }
            SlotPermutation permutation = SlotPermutation.of(key, slots);
            for (int t = 0; t < slots; t++) {
                int item = c.get("permutation").get(t).asInt();
                assertThat(permutation.permute(t))
                        .as(name + " permutation[" + t + "]")
                        .isEqualTo(item);
                assertThat(permutation.slotOfItem(item))
                        .as(name + " inverse of " + item)
                        .isEqualTo(t);
                assertThat(schedule.entryOfSlot(t))
                        .as(name + " schedule[" + t + "]")
                        .isEqualTo(c.get("schedule").get(t).asInt());
            }
            for (int j = 0; j < stakes.length; j++) {
                JsonNode items = c.get("items").get(j);
                assertThat(schedule.itemsOf(j))
                        .as(name + " items[" + j + "]")
                        .isEqualTo(new ItemRange(items.get(0).asInt(), items.get(1).asInt()));
            }
        }
    }

    static Path repositoryRoot() {
        String fromEnv = System.getenv("BATON_ROOT");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("hardhat.config.js"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "no repository root: set BATON_ROOT or run below the directory holding hardhat.config.js");
    }
}

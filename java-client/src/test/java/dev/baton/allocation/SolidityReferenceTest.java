package dev.baton.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.model.Json;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Known answers computed by the Solidity library itself (a Hardhat Solidity test printing offset, permute, the
 * owner search and itemsOf): see {@code solidity-reference.json}. Covers cycle walking (e = 17, 1,000, 5,000), a
 * single slot, a single entry and the full e = 1,024.
 */
class SolidityReferenceTest {

    @Test
    void javaScheduleMatchesTheSolidityLibrary() throws IOException {
        JsonNode cases;
        try (InputStream in = getClass().getResourceAsStream("solidity-reference.json")) {
            cases = Json.MAPPER.readTree(in).get("cases");
        }
        assertThat(cases.size()).isGreaterThanOrEqualTo(7);
        for (JsonNode c : cases) {
            EpochKey key = EpochKey.fromHex(c.get("key").asString());
            int slots = c.get("slots").asInt();
            long[] units = new long[c.get("units").size()];
            for (int j = 0; j < units.length; j++) units[j] = c.get("units").get(j).asLong();
            StakeLine line = StakeLine.ofUnits(units);
            String label = key + " e=" + slots;

            assertThat(line.total()).as(label).isEqualTo(c.get("total").asLong());
            EpochSchedule schedule = SlotAllocation.schedule(key, slots, line);
            assertThat(schedule.offset()).as(label).isEqualTo(c.get("offset").asLong());
            SlotPermutation permutation = SlotPermutation.of(key, slots);
            for (int t = 0; t < slots; t++) {
                assertThat(permutation.permute(t)).as(label + " slot " + t).isEqualTo(c.get("slotItems").get(t).asInt());
                assertThat(schedule.entryOfSlot(t)).as(label + " slot " + t).isEqualTo(c.get("slotEntries").get(t).asInt());
            }
            for (int j = 0; j < units.length; j++) {
                JsonNode range = c.get("itemRanges").get(j);
                assertThat(schedule.itemsOf(j)).as(label + " entry " + j)
                        .isEqualTo(new ItemRange(range.get(0).asInt(), range.get(1).asInt()));
            }
        }
    }
}

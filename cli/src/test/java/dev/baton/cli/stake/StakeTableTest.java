package dev.baton.cli.stake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.client.StakeBalances;
import dev.baton.client.StakeLock;
import dev.baton.client.StakeModule;
import dev.baton.client.StakePosition;
import dev.baton.model.Json;
import dev.baton.model.request.Mechanism;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * `baton stake show` output: a row per module lock with when it frees and until when it is
 * slashable, and totals.
 */
class StakeTableTest {
    private static final Address STAKER = Address.of("0x" + "5".repeat(40));
    private static final Address TOKEN = Address.of("0x" + "1".repeat(40));
    private static final Address MARKET = Address.of("0x" + "a".repeat(40));
    private static final Address HOSTILE = Address.of("0x" + "b".repeat(40));
    private static final Address STRANGER = Address.of("0x" + "c".repeat(40));

    private static Map<String, StakePosition> positions() {
        List<StakeLock> locks =
                List.of(
                        new StakeLock(
                                StakeModule.of(MARKET, 1, Mechanism.BLOCK_MARKET),
                                Amount.of(100),
                                1100,
                                1164,
                                1000),
                        new StakeLock(
                                StakeModule.of(HOSTILE, 2, Mechanism.BLOCK_MARKET),
                                Amount.of(10),
                                990,
                                1054,
                                1000),
                        new StakeLock(
                                StakeModule.unresolved(STRANGER), Amount.of(5), 1010, 1010, 1000));
        Map<String, StakePosition> positions = new LinkedHashMap<>();
        positions.put(
                "BTN",
                new StakePosition(
                        STAKER,
                        TOKEN,
                        1000,
                        new StakeBalances(Amount.of(40), Amount.of(105), Amount.of(50), 1064),
                        locks));
        positions.put(
                "ALT",
                new StakePosition(
                        STAKER,
                        TOKEN,
                        1000,
                        new StakeBalances(Amount.ZERO, Amount.ZERO, Amount.ZERO, 0),
                        List.of()));
        return positions;
    }

    @Test
    void printsARowPerModuleLockWithWhenItFreesAndTotals() {
        List<String> lines = StakeTable.render(STAKER.toString(), positions()).lines().toList();

        assertThat(lines.get(0)).isEqualTo("staker: " + STAKER);
        assertThat(lines.get(1)).isEqualTo("at block: 1000");
        assertThat(lines.get(3))
                .isEqualTo("BTN: free 40, locked 105, pending 50 (withdrawable at block 1064)");
        assertThat(lines.get(4))
                .startsWith("  module")
                .contains("rollup", "amount", "frees", "slashable until");
        assertThat(lines.get(5))
                .contains(
                        MARKET.toString(),
                        "block-market #1",
                        "100",
                        "block 1100 (in 100)",
                        "block 1164 (in 164)");
        assertThat(lines.get(6))
                .contains(
                        HOSTILE.toString(),
                        "block-market #2",
                        "freed at block 990",
                        "block 1054 (in 54)");
        assertThat(lines.get(7))
                .contains(
                        STRANGER.toString(), "unregistered", "block 1010 (in 10)", "while locked");
        assertThat(lines.get(8)).isEqualTo("  total: locked 105, slashable 115 in 3 module(s)");
        assertThat(lines.get(10)).isEqualTo("ALT: free 0, locked 0, pending 0");
        assertThat(lines.get(11)).isEqualTo("  no locks");
        int amountColumn = lines.get(4).indexOf("amount");
        assertThat(lines.get(5).indexOf("100 ")).isEqualTo(amountColumn);
    }

    @Test
    void jsonKeepsTheBalancesAndAddsLockRowsAndTotals() {
        JsonNode doc = Json.MAPPER.valueToTree(StakeTable.json(STAKER.toString(), positions()));

        assertThat(doc.get("atBlock").asLong()).isEqualTo(1000);
        assertThat(doc.get("balances").get("BTN").get("pending").asText()).isEqualTo("50");
        JsonNode rows = doc.get("locks").get("BTN");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("module").asText()).isEqualTo(MARKET.toString());
        assertThat(rows.get(0).get("rollup").asLong()).isEqualTo(1);
        assertThat(rows.get(0).get("mechanism").asText()).isEqualTo("block-market");
        assertThat(rows.get(0).get("amount").asText()).isEqualTo("100");
        assertThat(rows.get(0).get("freesIn").asLong()).isEqualTo(100);
        assertThat(rows.get(1).get("live").asBoolean()).isFalse();
        assertThat(rows.get(1).get("slashableFor").asLong()).isEqualTo(54);
        assertThat(rows.get(2).get("rollup").isNull()).isTrue();
        assertThat(doc.get("totals").get("BTN").get("slashable").asText()).isEqualTo("115");
        assertThat(doc.get("locks").get("ALT")).isEmpty();
    }
}

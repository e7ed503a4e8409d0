package dev.baton.cli.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.client.market.RankingRow;
import dev.baton.client.market.TranscriptStatus;
import dev.baton.market.Bytes32;
import dev.baton.market.Score;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTableTest {
    private static RankingRow row(
            int place, int chainRank, int provers, long burn, TranscriptStatus status) {
        return new RankingRow(
                place,
                chainRank,
                Bytes32.of(String.format("0x%064x", place)),
                Address.of("0x" + String.format("%040x", place)),
                0,
                provers,
                Amount.of(burn),
                Score.of(provers, BigInteger.valueOf(burn)),
                status,
                status != TranscriptStatus.COMMITTED,
                provers);
    }

    @Test
    void rendersOneAlignedLinePerTranscript() {
        String table =
                RankingTable.render(
                        List.of(
                                row(1, 1, 8, 100, TranscriptStatus.WON),
                                row(2, 2, 4, 250, TranscriptStatus.UNCLE),
                                row(3, 0, 2, 1000, TranscriptStatus.COMMITTED)));
        List<String> lines = table.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("#  rank  commitment").contains("score");
        assertThat(lines.get(1)).contains("5120000").contains("won").contains("yes");
        assertThat(lines.get(3)).contains("  -  ").contains("committed").contains("no");
        int scoreColumn = lines.get(0).indexOf("score");
        assertThat(lines.get(1).indexOf("5120000")).isEqualTo(scoreColumn);
    }

    @Test
    void jsonCarriesExactNumbersAsText() {
        var json = RankingTable.json(row(1, 1, 8, 100, TranscriptStatus.WON));
        assertThat(json)
                .containsEntry("score", "5120000")
                .containsEntry("status", "won")
                .containsEntry("provers", 8);
        assertThat(RankingTable.render(List.of())).isEqualTo("no transcripts at this height");
    }
}

package dev.baton.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {
    private final String html = HtmlReportWriter.render(SampleReports.sample());

    @Test
    void isSelfContained() {
        assertThat(html)
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("<link")
                .doesNotContainIgnoringCase("@import")
                .doesNotContain("src=");
        // the only URL is the SVG namespace, which is an identifier, never fetched
        assertThat(
                        Pattern.compile("https?://")
                                .matcher(html.replace("http://www.w3.org/2000/svg", ""))
                                .find())
                .isFalse();
    }

    @Test
    void escapesText() {
        assertThat(html).contains("Baton demo &lt;sample&gt;").doesNotContain("<sample>");
    }

    @Test
    void hasOneCellPerSlotAndMarksTheMiss() {
        assertThat(count("class=\"slot published\"")).isEqualTo(SampleReports.SLOTS - 1);
        assertThat(count("class=\"slot missed\"")).isEqualTo(1);
    }

    @Test
    void hasTheRankingAndTheTiming() {
        assertThat(count("class=\"rank-row ")).isEqualTo(3);
        assertThat(html)
                .contains(
                        "<span class=\"badge winner\">winner</span>",
                        "<span class=\"badge uncle\">uncle</span>");
        assertThat(html)
                .contains("Wall time <b>12.50 s</b>: node 8.00 s (64%), client 4.50 s (36%)");
    }

    @Test
    void listsTheSlashedAndTheDisputedProvers() {
        assertThat(count("<tr class=\"penalty ")).isEqualTo(2);
        assertThat(html)
                .contains(
                        "<tr class=\"penalty slashed\" data-prover=\"prover-3\"><td title=\"0x"
                                + "0b".repeat(20)
                                + "\">prover-3</td><td class=\"num\">10</td><td>not disputed</td></tr>");
        assertThat(html)
                .contains(
                        "<tr class=\"penalty disputed\" data-prover=\"prover-2\"><td title=\"\">prover-2</td>"
                                + "<td class=\"num\">0</td><td>upheld: part shown in time, not slashed</td></tr>");
    }

    @Test
    void saysSoWhenNoProverWasSlashedOrDisputed() {
        DemoReport sample = SampleReports.sample();
        MarketHeightReport quiet = new MarketHeightReport("m", 1, sample.market().ranking());
        String page =
                HtmlReportWriter.render(
                        new DemoReport("t", sample.generatedAt(), 1, null, quiet, List.of(), null));
        assertThat(page)
                .contains("No prover was slashed or disputed at this height.")
                .doesNotContain("class=\"penalty ");
    }

    private int count(String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }
}

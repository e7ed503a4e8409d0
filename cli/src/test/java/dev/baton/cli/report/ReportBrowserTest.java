package dev.baton.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the report in headless Chromium and checks what the browser rendered (the DOM), not pixels;
 * the screenshot is kept under target/ for people. Locally a missing chromium skips; on CI
 * (CI=true) it fails.
 */
class ReportBrowserTest {
    private static final Path OUT = Path.of("target", "report-browser-test");
    private static HeadlessChromium chromium;
    private static Path page;

    @BeforeAll
    static void renderPage() {
        Optional<HeadlessChromium> found = HeadlessChromium.find();
        if (found.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("chromium is not installed (apt-get install -y chromium) and CI=true");
            }
            assumeTrue(false, "chromium is not installed; set CI=true to make this a failure");
        }
        chromium = found.get();
        page = HtmlReportWriter.write(SampleReports.sample(), OUT);
    }

    @Test
    void renderedDomHasTheChartsOneCellPerSlotAndTheRanking() throws Exception {
        String dom = chromium.dumpDom(page);

        assertThat(dom).contains("<svg id=\"slot-map\"", "<svg id=\"share-chart\"");
        assertThat(count(dom, "<rect class=\"slot ")).isEqualTo(SampleReports.SLOTS);
        for (int slot = 0; slot < SampleReports.SLOTS; slot++) {
            assertThat(dom).contains("data-slot=\"" + slot + "\"");
        }
        assertThat(count(dom, "<circle class=\"won\"")).isEqualTo(3);
        assertThat(count(dom, "<rect class=\"bound\"")).isEqualTo(3);
        assertThat(count(dom, "<line class=\"expected\"")).isEqualTo(1);
        assertThat(count(dom, "<tr class=\"rank-row ")).isEqualTo(3);
        assertThat(dom).contains("<tr class=\"rank-row winner\">", "<tr class=\"rank-row uncle\">");
        assertThat(count(dom, "<tr class=\"participant\">")).isEqualTo(2);
    }

    @Test
    void renderedDomListsTheSlashedAndDisputedProvers() throws Exception {
        String dom = chromium.dumpDom(page);

        assertThat(dom).contains("<table id=\"prover-penalties\">");
        assertThat(count(dom, "<tr class=\"penalty ")).isEqualTo(2);
        String table = dom.substring(dom.indexOf("<table id=\"prover-penalties\">"));
        table = table.substring(0, table.indexOf("</table>"));
        assertThat(table)
                .contains(
                        "<tr class=\"penalty slashed\" data-prover=\"prover-3\">",
                        ">10</td>",
                        "not disputed");
        assertThat(table)
                .contains("<tr class=\"penalty disputed\" data-prover=\"prover-2\">", "upheld");
        assertThat(table.indexOf("prover-3")).isLessThan(table.indexOf("prover-2"));
    }

    @Test
    void screenshotIsWritten() throws Exception {
        Path png = OUT.resolve("report.png");
        chromium.screenshot(page, png, 1200, 1600);
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).isGreaterThan(10_000);
        assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("PNG");
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }
}

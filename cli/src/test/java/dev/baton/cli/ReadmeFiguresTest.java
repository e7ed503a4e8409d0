package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every measured figure a Markdown file quotes is one of the committed {@code
 * bench/results/*.json}: a gas figure written after its {@code gas.json} key (full, or in a
 * contract folder's README without the contract name) equals that key's value, exactly or rounded
 * as shown ({@code 93,096}, {@code 93.1k}, {@code 93k}); a ratio ({@code 1.09×}) is a value of
 * {@code client.json}. Bounds ({@code ≤ 95k}) are targets, not figures. {@code bench/README.md} is
 * generated from the same files and not checked here.
 */
class ReadmeFiguresTest {
    /**
     * A number as READMEs write gas: 93,096 or 93096 or 93.1k or 93k or 9.9M; group 1 the number,
     * group 2 the unit.
     */
    private static final Pattern NUMBER =
            Pattern.compile(
                    "(?<![\\w.,@])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)([kM])?(?![\\w,]|\\.\\d)");

    private static final Pattern RATIO = Pattern.compile("(?<![\\w.])(\\d+(?:\\.\\d+)?)\\s?×");
    private static final Pattern BOUND =
            Pattern.compile("(≤|≥|<=|>=|<|>|~|about|within|target|up to|at most|at least)\\s*$");
    private static final Pattern CODE = Pattern.compile("`([A-Za-z][\\w.]*(?:@\\w+)?)`");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode results(String name) throws IOException {
        return JSON.readTree(
                Files.readString(MarkdownFiles.root().resolve("bench/results").resolve(name)));
    }

    @Test
    void everyGasFigureAfterItsKeyIsTheCommittedMeasurement() throws IOException {
        Map<String, Long> gas = new HashMap<>();
        results("gas.json").properties().forEach(e -> gas.put(e.getKey(), e.getValue().asLong()));
        // other gas files (the sequencerOf sweep) add their keys; gas.json wins where both have one
        try (Stream<Path> files = Files.list(MarkdownFiles.root().resolve("bench/results"))) {
            for (Path other : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                if (other.endsWith("gas.json") || other.endsWith("client.json")) {
                    continue;
                }
                results(other.getFileName().toString()).properties().stream()
                        .filter(e -> e.getKey().contains(".") && e.getValue().isIntegralNumber())
                        .forEach(e -> gas.putIfAbsent(e.getKey(), e.getValue().asLong()));
            }
        }
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Path file : checkedFiles()) {
            List<String> lines = MarkdownFiles.proseLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                Matcher code = CODE.matcher(line);
                while (code.find()) {
                    String key = gasKey(file, code.group(1), gas);
                    if (key == null) {
                        continue;
                    }
                    String after = line.substring(code.end());
                    int stop = nextCode(after);
                    String figure = firstFigure(after.substring(0, stop), after);
                    if (figure == null) {
                        continue;
                    }
                    checked++;
                    if (!matches(figure, gas.get(key))) {
                        wrong.add(
                                where(file, i)
                                        + ": "
                                        + key
                                        + " quoted as "
                                        + figure
                                        + ", gas.json has "
                                        + gas.get(key));
                    }
                }
            }
        }
        assertThat(wrong).as("figures that are not the committed measurement").isEmpty();
        assertThat(checked).as("gas figures found and checked").isGreaterThan(10);
    }

    @Test
    void everyThroughputRatioIsACommittedClientFigure() throws IOException {
        List<BigDecimal> values = new ArrayList<>();
        collectNumbers(results("client.json"), values);
        List<String> wrong = new ArrayList<>();
        for (Path file : checkedFiles()) {
            List<String> lines = MarkdownFiles.proseLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher ratio = RATIO.matcher(lines.get(i));
                while (ratio.find()) {
                    if (BOUND.matcher(lines.get(i).substring(0, ratio.start())).find()) {
                        continue;
                    }
                    BigDecimal shown = new BigDecimal(ratio.group(1));
                    boolean known =
                            values.stream()
                                    .anyMatch(
                                            v ->
                                                    v.setScale(shown.scale(), RoundingMode.HALF_UP)
                                                                    .compareTo(shown)
                                                            == 0);
                    if (!known) {
                        wrong.add(
                                where(file, i)
                                        + ": "
                                        + ratio.group()
                                        + " is in no bench/results/client.json value");
                    }
                }
            }
        }
        assertThat(wrong).as("ratios that no result file holds").isEmpty();
    }

    private static List<Path> checkedFiles() {
        Path generated = MarkdownFiles.root().resolve("bench/README.md");
        return MarkdownFiles.all().stream().filter(f -> !f.equals(generated)).toList();
    }

    /** The gas.json key a backticked name stands for here, or null. */
    private static String gasKey(Path file, String name, Map<String, Long> gas) {
        if (gas.containsKey(name)) {
            return name;
        }
        Path relative = MarkdownFiles.root().relativize(file);
        if (!relative.startsWith("contracts")) {
            return null;
        }
        List<String> candidates =
                gas.keySet().stream().filter(k -> k.endsWith("." + name)).toList();
        return candidates.size() == 1 ? candidates.getFirst() : null;
    }

    private static int nextCode(String text) {
        int tick = text.indexOf('`');
        return tick < 0 ? text.length() : tick;
    }

    /** The first number in {@code segment} that is not a bound, or null. */
    private static String firstFigure(String segment, String context) {
        Matcher number = NUMBER.matcher(segment);
        while (number.find()) {
            if (BOUND.matcher(segment.substring(0, number.start())).find()) {
                continue;
            }
            return number.group();
        }
        return null;
    }

    static boolean matches(String figure, long value) {
        char unit = figure.charAt(figure.length() - 1);
        if (unit == 'k' || unit == 'M') {
            BigDecimal shown = new BigDecimal(figure.substring(0, figure.length() - 1));
            BigDecimal scaled = BigDecimal.valueOf(value).movePointLeft(unit == 'k' ? 3 : 6);
            return scaled.setScale(shown.scale(), RoundingMode.HALF_UP).compareTo(shown) == 0;
        }
        return Long.parseLong(figure.replace(",", "")) == value;
    }

    private static void collectNumbers(JsonNode node, List<BigDecimal> into) {
        if (node.isNumber()) {
            into.add(node.decimalValue());
        } else if (node.isContainer()) {
            node.values().forEach(v -> collectNumbers(v, into));
        }
    }

    private static String where(Path file, int index) {
        return MarkdownFiles.root().relativize(file) + ":" + (index + 1);
    }

    @Test
    void roundingFollowsTheShownPrecision() {
        assertThat(matches("93,096", 93_096)).isTrue();
        assertThat(matches("93k", 93_096)).isTrue();
        assertThat(matches("93.1k", 93_096)).isTrue();
        assertThat(matches("9.9M", 9_882_986)).isTrue();
        assertThat(matches("272,986", 272_812)).isFalse();
        assertThat(matches("94k", 93_096)).isFalse();
    }
}

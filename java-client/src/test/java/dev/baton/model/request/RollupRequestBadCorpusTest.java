package dev.baton.model.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under {@code requests/bad/} breaks one rule; its {@code .expected} sibling lists the
 * problems the request must be refused with, one {@code PATH :: MESSAGE FRAGMENT} a line, in order.
 */
class RollupRequestBadCorpusTest {

    static Stream<String> badRequests() throws IOException, URISyntaxException {
        Path dir = Path.of(RollupRequestBadCorpusTest.class.getResource("/requests/bad").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names =
                    files.map(p -> p.getFileName().toString())
                            .filter(n -> n.endsWith(".json"))
                            .sorted()
                            .toList();
            assertThat(names).as("bad request corpus").hasSizeGreaterThanOrEqualTo(20);
            return names.stream().map(n -> n.substring(0, n.length() - ".json".length()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void refusedWithTheExpectedProblems(String name) {
        String json = TestRequests.resource("bad/" + name + ".json");
        List<String[]> expected =
                TestRequests.resource("bad/" + name + ".expected")
                        .lines()
                        .filter(line -> !line.isBlank())
                        .map(line -> line.split(" :: ", 2))
                        .toList();

        RequestValidationException refused =
                catchThrowableOfType(
                        RequestValidationException.class, () -> TestRequests.parse(json));

        assertThat(refused).as("request %s must be refused", name).isNotNull();
        List<RequestProblem> problems = refused.problems();
        assertThat(problems).as("problems of %s", name).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(problems.get(i).path())
                    .as("path of problem %d", i)
                    .isEqualTo(expected.get(i)[0]);
            assertThat(problems.get(i).message())
                    .as("message of problem %d", i)
                    .contains(expected.get(i)[1]);
            assertThat(refused.getMessage()).contains(problems.get(i).toString());
        }
    }
}

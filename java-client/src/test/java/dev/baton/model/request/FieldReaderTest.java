package dev.baton.model.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.baton.model.Json;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldReaderTest {

    private static final List<FieldReader<String>> READERS =
            List.of(
                    FieldReader.integer("a", Uint.ONE, Uint.of(10), 5),
                    FieldReader.optionalInteger("b", Uint.ZERO, Uint.of(10)),
                    FieldReader.bool("c", true),
                    new FieldReader<>(
                            "d", (f, suffix) -> f.stringOr("d", "none").map(v -> v + suffix)));

    private static FieldValues read(String json, Problems problems) {
        JsonFields fields =
                JsonFields.of(Json.MAPPER.readTree(json), "$", problems, FieldReader.names(READERS))
                        .orElseThrow();
        return FieldReader.readAll(fields, "!", READERS);
    }

    @Test
    void theNamesAreTheTablesInOrder() {
        assertThat(FieldReader.names(READERS)).containsExactly("a", "b", "c", "d");
    }

    @Test
    void absentFieldsTakeTheirDefaultsAndTheContextReachesCustomReaders() {
        Problems problems = new Problems();
        FieldValues v = read("{}", problems);

        assertThat(problems.isEmpty()).isTrue();
        assertThat(v.longOf("a")).isEqualTo(5);
        assertThat(v.intOf("a")).isEqualTo(5);
        assertThat(v.integer("b")).isEmpty();
        assertThat(v.boolOf("c")).isTrue();
        assertThat(v.stringOf("d")).isEqualTo("none!");
        assertThat(v.present("a", "c", "d")).isTrue();
        assertThat(v.present("a", "b")).isFalse();
    }

    @Test
    void givenFieldsAreReadAndBadOnesAreEmptyWithTheirProblemsInTableOrder() {
        Problems problems = new Problems();
        FieldValues v =
                read("{\"a\": \"11\", \"b\": \"3\", \"c\": \"yes\", \"d\": \"x\"}", problems);

        assertThat(v.integer("a")).isEmpty();
        assertThat(v.bigOf("b")).isEqualTo(BigInteger.valueOf(3));
        assertThat(v.present("c")).isFalse();
        assertThat(v.stringOf("d")).isEqualTo("x!");
        assertThat(problems.list()).extracting(RequestProblem::path).containsExactly("$.a", "$.c");
    }

    @Test
    void aFieldThatWasNotReadIsAMistakeOfTheParser() {
        FieldValues v = read("{}", new Problems());
        assertThatThrownBy(() -> v.integer("z"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no field z was read");
    }

    @Test
    void aFieldAboveItsBoundIsReportedOnlyWhenBothWereRead() {
        Problems problems = new Problems();
        JsonFields fields =
                JsonFields.of(
                                Json.MAPPER.readTree("{\"a\": \"7\", \"b\": \"6\"}"),
                                "$",
                                problems,
                                FieldReader.names(READERS))
                        .orElseThrow();
        FieldValues v = FieldReader.readAll(fields, "!", READERS);

        v.notAbove(fields, "b", "a");
        assertThat(problems.isEmpty()).isTrue();
        v.notAbove(fields, "a", "b");
        assertThat(problems.list())
                .extracting(RequestProblem::path, RequestProblem::message)
                .containsExactly(tuple("$.a", "a 7 is above b 6"));
    }
}

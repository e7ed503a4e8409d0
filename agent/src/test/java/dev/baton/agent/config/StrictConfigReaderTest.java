package dev.baton.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.model.Json;
import org.junit.jupiter.api.Test;

class StrictConfigReaderTest {

    record Sample(String name, int count) {
        Sample {
            if (count < 0) {
                throw new BadConfigValue("count", count + " is negative");
            }
        }
    }

    private static Sample read(String fileName, String text) {
        return StrictConfigReader.readValue(
                StrictConfigReader.mapperFor(fileName).orElseThrow(),
                text,
                Sample.class,
                "config " + fileName,
                IllegalStateException::new);
    }

    @Test
    void theFormatFollowsTheExtension() {
        assertThat(StrictConfigReader.mapperFor("a.JSON")).contains(Json.MAPPER);
        assertThat(StrictConfigReader.mapperFor("a.yaml")).contains(StrictConfigReader.YAML);
        assertThat(StrictConfigReader.mapperFor("a.yml")).contains(StrictConfigReader.YAML);
        assertThat(StrictConfigReader.mapperFor("a.toml")).isEmpty();
    }

    @Test
    void readsBothFormatsAlike() {
        assertThat(read("a.yaml", "name: x\ncount: 2\n")).isEqualTo(new Sample("x", 2));
        assertThat(read("a.json", "{\"name\":\"x\",\"count\":2}")).isEqualTo(new Sample("x", 2));
    }

    @Test
    void anUnknownKeyIsNamedWithItsLineAndTheKnownKeys() {
        assertThatThrownBy(() -> read("a.yaml", "name: x\n\ncuont: 2\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("config a.yaml: unknown key 'cuont' (line 3) (known: ");
    }

    @Test
    void aValueTheRecordRefusesIsNamedWithItsLine() {
        assertThatThrownBy(() -> read("a.yaml", "name: x\ncount: -1\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("config a.yaml: 'count' (line 2): -1 is negative");
    }

    @Test
    void aValueOfTheWrongTypeIsNamedByItsPath() {
        assertThatThrownBy(() -> read("a.yaml", "name: x\ncount: many\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("config a.yaml at 'count'");
    }

    @Test
    void theLineOfAKeyIsFoundQuotedOrNot() {
        assertThat(StrictConfigReader.lineOf("a: 1\n\"b\": 2\n", "b")).isEqualTo(" (line 2)");
        assertThat(StrictConfigReader.lineOf("a: 1\n", "c")).isEmpty();
    }
}

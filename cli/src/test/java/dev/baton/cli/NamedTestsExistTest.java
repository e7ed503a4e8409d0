package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Solidity test a Markdown page names (MECHANISM.md's property tables, the contract READMEs)
 * is declared by a test file: a property whose test was renamed or removed must not go on pointing
 * at nothing.
 */
class NamedTestsExistTest {
    private static final Pattern NAMED = Pattern.compile("`(test(?:Fuzz|Fork)?_\\w+)`");
    private static final Pattern DECLARED =
            Pattern.compile("function (test(?:Fuzz|Fork)?_\\w+)\\(");

    @Test
    void everySolidityTestTheDocsNameIsDeclared() throws IOException {
        Set<String> declared = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MarkdownFiles.root().resolve("test"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sol")).toList()) {
                Matcher m = DECLARED.matcher(Files.readString(file));
                while (m.find()) {
                    declared.add(m.group(1));
                }
            }
        }
        assertThat(declared).as("the Solidity tests were found").hasSizeGreaterThan(300);
        List<String> missing = new ArrayList<>();
        int named = 0;
        for (Path page : MarkdownFiles.all()) {
            Matcher m = NAMED.matcher(MarkdownFiles.read(page));
            while (m.find()) {
                named++;
                if (!declared.contains(m.group(1))) {
                    missing.add(MarkdownFiles.root().relativize(page) + ": " + m.group(1));
                }
            }
        }
        assertThat(named).as("the pages name tests").isGreaterThan(50);
        assertThat(missing).as("tests named by a page but declared by no test file").isEmpty();
    }
}

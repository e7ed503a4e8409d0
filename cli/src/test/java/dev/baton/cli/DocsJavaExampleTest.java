package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java client example in docs/JAVA-CLIENT.md compiles against the client as built, so it
 * cannot rot.
 */
class DocsJavaExampleTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyJavaClientExampleCompiles(@TempDir Path dir) throws Exception {
        String page = MarkdownFiles.read(MarkdownFiles.root().resolve("docs/JAVA-CLIENT.md"));
        Matcher block = JAVA_BLOCK.matcher(page);
        int blocks = 0;
        while (block.find()) {
            blocks++;
            String body = block.group(1);
            String className = body.replaceAll("(?s).*public final class (\\w+).*", "$1");
            Path source = dir.resolve("example" + blocks).resolve(className + ".java");
            Files.createDirectories(source.getParent());
            Files.writeString(source, "package example" + blocks + ";\n\n" + body);

            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            StringWriter errors = new StringWriter();
            boolean ok =
                    compiler.getTask(
                                    errors,
                                    null,
                                    null,
                                    List.of(
                                            "-d",
                                            dir.resolve("classes").toString(),
                                            "-cp",
                                            System.getProperty("java.class.path")),
                                    null,
                                    compiler.getStandardFileManager(null, null, null)
                                            .getJavaFileObjects(source))
                            .call();

            assertThat(ok).as("javac of %s: %s", className, errors).isTrue();
        }
        assertThat(blocks).as("```java blocks in docs/JAVA-CLIENT.md").isGreaterThanOrEqualTo(2);
    }
}

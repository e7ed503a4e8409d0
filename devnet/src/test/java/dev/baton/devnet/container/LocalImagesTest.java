package dev.baton.devnet.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalImagesTest {

    @TempDir Path dir;

    @Test
    void theTagHashesTheRecipeVersionAndTheSource() throws IOException {
        Path source = Files.writeString(dir.resolve("source"), "one");
        String tag = LocalImages.tag("baton/x", "1", source, "unreadable");

        assertThat(tag).matches("baton/x:[0-9a-f]{16}");
        assertThat(LocalImages.tag("baton/x", "1", source, "unreadable")).isEqualTo(tag);
        assertThat(LocalImages.tag("baton/x", "2", source, "unreadable")).isNotEqualTo(tag);
        Files.writeString(source, "two");
        assertThat(LocalImages.tag("baton/x", "1", source, "unreadable")).isNotEqualTo(tag);
    }

    @Test
    void anUnreadableSourceIsReportedWithTheGivenMessage() {
        assertThatThrownBy(
                        () -> LocalImages.tag("baton/x", "1", dir.resolve("missing"), "no source"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("no source");
    }

    @Test
    void theImportCommandPassesEachChangeAndReadsTheRootfsFromStdin() {
        assertThat(LocalImages.importCommand("baton/x:1", List.of("ENV A=1", "EXPOSE 1")))
                .containsExactly(
                        "docker",
                        "import",
                        "--change",
                        "ENV A=1",
                        "--change",
                        "EXPOSE 1",
                        "-",
                        "baton/x:1");
    }

    @Test
    void pathsOfTheImageLandInsideTheRootfsAndCopiesKeepTheirContent() throws IOException {
        Path rootfs = Files.createDirectories(dir.resolve("rootfs"));
        Path target = LocalImages.inside(rootfs, "/usr/local/bin/tool");
        assertThat(target).isEqualTo(rootfs.resolve("usr/local/bin/tool"));

        Path source = Files.writeString(dir.resolve("tool"), "#!/bin/sh\n");
        LocalImages.copyFile(source, target);
        assertThat(target).hasContent("#!/bin/sh");
    }
}

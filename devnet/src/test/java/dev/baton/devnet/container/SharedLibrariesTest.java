package dev.baton.devnet.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SharedLibrariesTest {

    @Test
    void listsLibrariesAndTheLoaderButNotTheVdso() {
        String ldd =
                """
                \tlinux-vdso.so.1 (0x00007ffd1a5f2000)
                \tlibstdc++.so.6 => /lib/x86_64-linux-gnu/libstdc++.so.6 (0x00007f12c4600000)
                \tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f12c433e000)
                \t/lib64/ld-linux-x86-64.so.2 (0x00007f12c4883000)
                """;

        assertThat(SharedLibraries.parseLdd(ldd))
                .containsExactly(
                        Path.of("/lib/x86_64-linux-gnu/libstdc++.so.6"),
                        Path.of("/lib/x86_64-linux-gnu/libc.so.6"),
                        Path.of("/lib64/ld-linux-x86-64.so.2"));
    }

    @Test
    void aMissingLibraryIsAnError() {
        assertThatThrownBy(() -> SharedLibraries.parseLdd("\tlibfoo.so.1 => not found\n"))
                .hasMessageContaining("libfoo.so.1");
    }
}

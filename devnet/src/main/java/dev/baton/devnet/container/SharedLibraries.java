package dev.baton.devnet.container;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shared libraries a binary loads, as {@code ldd} lists them, the dynamic loader included. */
final class SharedLibraries {

    // "libc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x...)" or "/lib64/ld-linux-x86-64.so.2
    // (0x...)"
    private static final Pattern LIBRARY_PATH =
            Pattern.compile("(?:=>\\s*)?(/\\S+)\\s+\\(0x[0-9a-fA-F]+\\)");

    private SharedLibraries() {}

    /** Runs {@code ldd} on each binary and returns the union of the absolute library paths. */
    static List<Path> of(List<Path> binaries) {
        Set<Path> libraries = new LinkedHashSet<>();
        for (Path binary : binaries) {
            libraries.addAll(parseLdd(Commands.run(List.of("ldd", binary.toString()), 30)));
        }
        return List.copyOf(libraries);
    }

    /** Parses ldd output; virtual objects without a file (linux-vdso) are skipped. */
    static List<Path> parseLdd(String output) {
        List<Path> paths = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (line.contains("not found")) {
                throw new IllegalStateException("ldd reports a missing library: " + line.strip());
            }
            Matcher matcher = LIBRARY_PATH.matcher(line);
            if (matcher.find()) {
                paths.add(Path.of(matcher.group(1)));
            }
        }
        return paths;
    }
}

package dev.baton.cli;

import dev.baton.devnet.ProjectRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The repository's own Markdown files: every {@code *.md} outside generated and installed trees.
 */
final class MarkdownFiles {
    /** Directories that are installed, generated or ignored, never committed. */
    private static final Set<String> SKIPPED =
            Set.of(
                    ".git",
                    "node_modules",
                    "target",
                    "artifacts",
                    "cache",
                    "coverage",
                    "types",
                    "typechain-types",
                    "deployments",
                    ".parts",
                    ".idea",
                    ".vscode");

    private MarkdownFiles() {}

    static Path root() {
        return ProjectRoot.locate().dir();
    }

    static List<Path> all() {
        Path root = root();
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(
                    root,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(
                                Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(root)
                                            && SKIPPED.contains(dir.getFileName().toString())
                                    ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (file.getFileName().toString().endsWith(".md")) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return files;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file's lines outside fenced code blocks, with their numbers (from 1); fenced lines become
     * empty.
     */
    static List<String> proseLines(Path file) {
        List<String> lines = new ArrayList<>(read(file).lines().toList());
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).stripLeading().startsWith("```")) {
                fenced = !fenced;
                lines.set(i, "");
            } else if (fenced) {
                lines.set(i, "");
            }
        }
        return lines;
    }
}

package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every relative link in every committed Markdown file reaches a file of the repository (and, with
 * a {@code #anchor}, a heading of that file); every Markdown file named in backticks exists too, so
 * no page points outside the repo.
 */
class MarkdownLinksTest {
    private static final Pattern INLINE =
            Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern REFERENCE = Pattern.compile("^\\s*\\[[^\\]]+\\]:\\s*(\\S+)");
    private static final Pattern CODE_MD = Pattern.compile("`([\\w./-]+\\.md)(?:#[\\w-]+)?`");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");

    @Test
    void everyRelativeLinkReachesAFileOfTheRepository() {
        List<Path> files = MarkdownFiles.all();
        assertThat(files)
                .extracting(f -> MarkdownFiles.root().relativize(f).toString())
                .contains("README.md", "docs/README.md", "docs/MECHANISM.md", "examples/README.md");
        List<String> broken = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = MarkdownFiles.proseLines(file);
            for (int i = 0; i < lines.size(); i++) {
                for (String target : links(lines.get(i))) {
                    String problem = check(file, target);
                    if (problem != null) {
                        broken.add(where(file, i) + ": " + target + " (" + problem + ")");
                    }
                }
                Matcher code = CODE_MD.matcher(lines.get(i));
                while (code.find()) {
                    String name = code.group(1);
                    Path dir = file.getParent();
                    if (!Files.exists(dir.resolve(name))
                            && !Files.exists(MarkdownFiles.root().resolve(name))) {
                        broken.add(
                                where(file, i)
                                        + ": `"
                                        + name
                                        + "` (no such file in the repository)");
                    }
                }
            }
        }
        assertThat(broken).as("links to nowhere").isEmpty();
    }

    private static String where(Path file, int index) {
        return MarkdownFiles.root().relativize(file) + ":" + (index + 1);
    }

    private static List<String> links(String line) {
        List<String> targets = new ArrayList<>();
        Matcher inline = INLINE.matcher(line);
        while (inline.find()) {
            targets.add(inline.group(1));
        }
        Matcher reference = REFERENCE.matcher(line);
        if (reference.find()) {
            targets.add(reference.group(1));
        }
        return targets;
    }

    /** Null when the link is fine, else what is wrong. */
    private static String check(Path file, String target) {
        if (target.matches("(?i)(https?|mailto|ftp):.*")) {
            return null;
        }
        if (target.startsWith("/")) {
            return "absolute path: make it relative to the file";
        }
        String path = target;
        String anchor = null;
        int hash = target.indexOf('#');
        if (hash >= 0) {
            path = target.substring(0, hash);
            anchor = target.substring(hash + 1);
        }
        Path resolved = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
        if (!resolved.startsWith(MarkdownFiles.root())) {
            return "outside the repository";
        }
        if (!Files.exists(resolved)) {
            return "no such file";
        }
        if (anchor != null
                && !anchor.isEmpty()
                && resolved.toString().endsWith(".md")
                && !anchors(resolved).contains(anchor)) {
            return "no heading '#" + anchor + "' in " + MarkdownFiles.root().relativize(resolved);
        }
        return null;
    }

    /**
     * GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats
     * numbered.
     */
    static Set<String> anchors(Path file) {
        Set<String> anchors = new HashSet<>();
        for (String line : MarkdownFiles.proseLines(file)) {
            Matcher heading = HEADING.matcher(line);
            if (!heading.matches()) {
                continue;
            }
            String slug =
                    heading.group(1)
                            .toLowerCase(Locale.ROOT)
                            .replace("`", "")
                            .replaceAll("[^\\p{L}\\p{N} _-]", "")
                            .replace(' ', '-');
            String unique = slug;
            for (int n = 1; !anchors.add(unique); n++) {
                unique = slug + "-" + n;
            }
        }
        return anchors;
    }
}

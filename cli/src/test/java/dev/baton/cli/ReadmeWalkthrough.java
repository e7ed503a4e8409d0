package dev.baton.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The README's "Walkthrough per role" section as the commands a user types: every line of its
 * fenced blocks is a {@code ./baton ...} command (a trailing {@code # comment} aside), and its one
 * {@code yaml} block is the example configuration file. Parsing fails on anything a test could not
 * run as written: an elided command ({@code ...}), a line in a command block that is not a {@code
 * ./baton} command, or a {@code ./baton} line in a fenced block outside the tested sections (which
 * no test would run). The "Operate on a real chain" section is read the same way by {@link
 * #parse(String, String)}; {@code RealChainDeployIT} runs it on a chain that is not the devnet.
 */
final class ReadmeWalkthrough {
    static final String SECTION = "## Walkthrough per role";
    static final String REAL_CHAIN_SECTION = "## Operate on a real chain";
    private static final List<String> TESTED_SECTIONS = List.of(SECTION, REAL_CHAIN_SECTION);
    private static final Pattern COMMENT = Pattern.compile("\\s+#(\\s.*)?$");

    /**
     * One command: its README line number (from 1), the text as written and its arguments after
     * {@code ./baton}.
     */
    record Step(int line, String text, List<String> args) {
        @Override
        public String toString() {
            return "README.md:" + line + ": " + text;
        }
    }

    record Walkthrough(List<Step> steps, Optional<String> yaml) {}

    private ReadmeWalkthrough() {}

    static Walkthrough parse(String readme) {
        return parse(readme, SECTION);
    }

    /**
     * The commands of {@code section} (one of the tested sections), refusing {@code ./baton} lines
     * outside them.
     */
    static Walkthrough parse(String readme, String section) {
        String[] lines = readme.split("\\R", -1);
        List<Step> steps = new ArrayList<>();
        String yaml = null;
        boolean inSection = false;
        boolean inTested = false;
        String fence = null; // the open block's language ("" for none), or null outside a block
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            if (fence == null && line.startsWith("## ")) {
                inSection = line.strip().equals(section);
                inTested = TESTED_SECTIONS.contains(line.strip());
            }
            if (line.startsWith("```")) {
                if (fence == null) {
                    fence = line.substring(3).strip();
                    block.setLength(0);
                } else {
                    if (inSection && fence.equals("yaml")) {
                        if (yaml != null) {
                            throw new IllegalStateException(
                                    "README.md:"
                                            + number
                                            + ": a second yaml block in the walkthrough");
                        }
                        yaml = block.toString();
                    }
                    fence = null;
                }
                continue;
            }
            if (fence == null) {
                continue;
            }
            block.append(line).append('\n');
            String command = COMMENT.matcher(line).replaceFirst("").strip();
            if (!inSection) {
                if (command.startsWith("./baton") && !inTested) {
                    throw new IllegalStateException(
                            "README.md:"
                                    + number
                                    + ": `"
                                    + command
                                    + "` is outside the walkthrough section, so no test runs it");
                }
                continue;
            }
            if (fence.equals("yaml") || command.isEmpty()) {
                continue;
            }
            if (command.contains("...") || command.contains("…")) {
                throw new IllegalStateException(
                        "README.md:" + number + ": elided command `" + command + "`");
            }
            if (!command.startsWith("./baton ")) {
                throw new IllegalStateException(
                        "README.md:" + number + ": not a ./baton command: `" + command + "`");
            }
            List<String> args =
                    Arrays.asList(command.substring("./baton ".length()).strip().split("\\s+"));
            steps.add(new Step(number, command, List.copyOf(args)));
        }
        if (fence != null) {
            throw new IllegalStateException("README.md: a fenced block is never closed");
        }
        if (steps.isEmpty()) {
            throw new IllegalStateException("README.md: no commands under '" + section + "'");
        }
        return new Walkthrough(List.copyOf(steps), Optional.ofNullable(yaml));
    }
}

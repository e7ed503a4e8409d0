package dev.baton.devnet.container;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The installed packages one package needs at run time, resolved from {@code package-lock.json}
 * (lockfile v2/v3 "packages" map) the way Node resolves them: nearest enclosing {@code
 * node_modules} first. Packages built for another platform than linux-x64 with glibc are left out.
 */
final class LockfileClosure {

    private static final Pattern PLATFORM_NAME =
            Pattern.compile(
                    ".*-(linux|darwin|win32|freebsd|openbsd|netbsd|sunos|aix|android|openharmony)"
                            + "-(x64|arm64|arm|ia32|ppc64|s390x|riscv64|loong64|mips64el)(-[a-z]+)?");

    private LockfileClosure() {}

    /**
     * Lockfile keys (e.g. {@code node_modules/hardhat}) of {@code packageName} and everything it
     * depends on.
     */
    static List<String> of(JsonNode lockfile, String packageName) {
        JsonNode packages = lockfile.path("packages");
        if (!packages.isObject()) {
            throw new IllegalArgumentException(
                    "package-lock.json has no 'packages' map (lockfileVersion >= 2 needed)");
        }
        String start = "node_modules/" + packageName;
        if (!packages.has(start)) {
            throw new IllegalArgumentException(
                    "package-lock.json does not install '" + packageName + "'");
        }
        Set<String> closure = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(start));
        while (!pending.isEmpty()) {
            String key = pending.pop();
            JsonNode entry = packages.get(key);
            if (!closure.add(key)) {
                continue;
            }
            for (String field : List.of("dependencies", "optionalDependencies")) {
                for (String dependency : entry.path(field).propertyNames()) {
                    String resolved = resolve(packages, key, dependency);
                    if (resolved != null
                            && !closure.contains(resolved)
                            && runsOnLinuxX64(resolved, packages.get(resolved))) {
                        pending.push(resolved);
                    }
                }
            }
        }
        return List.copyOf(closure);
    }

    /**
     * Node's lookup: {@code <from>/node_modules/<dep>}, then each enclosing package's, then the top
     * level.
     */
    static String resolve(JsonNode packages, String from, String dependency) {
        String base = from;
        while (true) {
            String candidate = (base.isEmpty() ? "" : base + "/") + "node_modules/" + dependency;
            if (packages.has(candidate)) {
                return candidate;
            }
            if (base.isEmpty()) {
                return null;
            }
            int parent = base.lastIndexOf("/node_modules/");
            base = parent < 0 ? "" : base.substring(0, parent);
        }
    }

    /**
     * Decided by the entry's {@code os}/{@code cpu}/{@code libc} fields; packages that omit them
     * but are named for a platform (e.g. {@code solidity-analyzer-darwin-arm64}) are judged by that
     * name.
     */
    static boolean runsOnLinuxX64(String key, JsonNode entry) {
        boolean declared =
                allows(entry.path("os"), "linux")
                        && allows(entry.path("cpu"), "x64")
                        && allows(entry.path("libc"), "glibc");
        Matcher named = PLATFORM_NAME.matcher(key.substring(key.lastIndexOf('/') + 1));
        boolean byName =
                !named.matches()
                        || (named.group(1).equals("linux")
                                && named.group(2).equals("x64")
                                && (named.group(3) == null || named.group(3).equals("-gnu")));
        return declared && byName;
    }

    private static boolean allows(JsonNode list, String value) {
        if (!list.isArray() || list.isEmpty()) {
            return true;
        }
        for (JsonNode item : list) {
            if (item.asString().equals(value)) {
                return true;
            }
        }
        return false;
    }
}

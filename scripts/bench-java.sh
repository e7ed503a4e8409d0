#!/usr/bin/env bash
# Shared runner of the Java benchmarks: scripts/bench-java.sh MODULE MAIN-CLASS [ARGS...] builds MODULE and what it
# depends on (no npm install, no tests), then runs MAIN-CLASS on its classpath (the bench source set compiles into
# target/test-classes) with a JDK >= 21 (JAVA_HOME first,
# then /usr/lib/jvm/*), BATON_ROOT set to the repository. Used by bench-allocation.sh and bench-client.sh.
set -euo pipefail
[ "$#" -ge 2 ] || { echo "usage: scripts/bench-java.sh MODULE MAIN-CLASS [ARGS...]" >&2; exit 2; }
module="$1"
main="$2"
shift 2
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -q -Dbaton.skipNpmInstall=true -Dbaton.skipHardhatTests=true -DskipTests -pl "$module" -am package \
  dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
java_bin=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  [ -x "$candidate/bin/java" ] || continue
  version="$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p')"
  if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then java_bin="$candidate/bin/java"; break; fi
done
[ -n "$java_bin" ] || { echo "bench-java: no JDK >= 21 found (set JAVA_HOME)" >&2; exit 1; }
cp="$module/target/test-classes:$module/target/classes:$(cat "$module/target/bench.classpath")"
BATON_ROOT="$root" exec "$java_bin" -cp "$cp" "$main" "$@"

#!/usr/bin/env bash
# Allocation quality benchmark (TARGETS.md "Allocation quality"): builds the Java client (no npm install, no tests)
# and runs dev.baton.allocation.AllocationBenchmark [seeds per case, default 1,000,000], which writes
# bench/results/allocation.json (each figure beside its target and beside a random order's / independent sampling's).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -q -Dbaton.skipNpmInstall=true -Dbaton.skipHardhatTests=true -DskipTests -pl java-client -am package \
  dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
java_bin=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  [ -x "$candidate/bin/java" ] || continue
  version="$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p')"
  if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then java_bin="$candidate/bin/java"; break; fi
done
[ -n "$java_bin" ] || { echo "bench-allocation: no JDK >= 21 found (set JAVA_HOME)" >&2; exit 1; }
cp="java-client/target/test-classes:java-client/target/classes:$(cat java-client/target/bench.classpath)"
exec "$java_bin" -cp "$cp" dev.baton.allocation.AllocationBenchmark "${1:-1000000}" bench/results/allocation.json

#!/usr/bin/env bash
# Client speed benchmark: builds the devnet module (no npm install, no tests) and runs
# dev.baton.bench.ClientBenchmark [N] [rounds] (defaults 1000, 5: raw and client alternated in each round after a
# discarded warm-up round, the median ratio reported), which merges its figures into bench/results/client.json.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -q -Dbaton.skipNpmInstall=true -Dbaton.skipHardhatTests=true -DskipTests -pl devnet -am package \
  dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
java_bin=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  [ -x "$candidate/bin/java" ] || continue
  version="$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p')"
  if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then java_bin="$candidate/bin/java"; break; fi
done
[ -n "$java_bin" ] || { echo "bench-client: no JDK >= 21 found (set JAVA_HOME)" >&2; exit 1; }
cp="devnet/target/test-classes:devnet/target/classes:$(cat devnet/target/bench.classpath)"
BATON_ROOT="$root" exec "$java_bin" -cp "$cp" dev.baton.bench.ClientBenchmark "$@"

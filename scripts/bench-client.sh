#!/usr/bin/env bash
# Client speed benchmark: builds the devnet module (no npm install, no tests) and runs
# dev.baton.bench.ClientBenchmark [N] [rounds] (defaults 1000, 5: raw and client alternated in each round after a
# discarded warm-up round, the median ratio reported), which merges its figures into bench/results/client.json.
set -euo pipefail
exec bash "$(dirname "$0")/bench-java.sh" devnet dev.baton.bench.ClientBenchmark "$@"

#!/usr/bin/env bash
# Allocation quality benchmark (TARGETS.md "Allocation quality"): builds the Java client (no npm install, no tests)
# and runs dev.baton.allocation.AllocationBenchmark [seeds per case, default 1,000,000], which writes
# bench/results/allocation.json (each figure beside its target and beside a random order's / independent sampling's).
set -euo pipefail
exec bash "$(dirname "$0")/bench-java.sh" java-client dev.baton.allocation.AllocationBenchmark "${1:-1000000}" \
  bench/results/allocation.json

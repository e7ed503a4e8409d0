#!/usr/bin/env bash
# Agents' cost per epoch and per market height: runs the soak IT (cli AgentSoakIT: eight sequencer agents, a
# delegator, a keeper for the slot auction and the block market, and two prover agents on an interval-mining anvil
# node, with SIGKILLs and a node restart) and copies the figures it writes to
# cli/target/agents-soak.json into bench/results/agents.json. Then `npm run bench:report` renders them.
# Extra arguments go to Maven (e.g. -o -Dmaven.repo.local=...).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B "$@" -Dbaton.skipNpmInstall=true -Dbaton.skipHardhatTests=true -Dbaton.skipGasGate=true \
  -Dbaton.skipCoverageGate=true -pl cli -am verify -Dit.test=AgentSoakIT -Dtest=NoSuchTest \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
mkdir -p bench/results
cp cli/target/agents-soak.json bench/results/agents.json
echo "wrote bench/results/agents.json"

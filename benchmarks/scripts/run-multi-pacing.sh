#!/usr/bin/env bash
# Pacing across processes: 3 JVMs x 8 threads against one testkit portal (X=50, Y=2/s) for 60 s,
# local pacing, shared pacing through Redis, and shared with Redis stopped 10 s mid-window.
# About 4 minutes. Usage: benchmarks/scripts/run-multi-pacing.sh [extra harness arguments]
set -euo pipefail
cd "$(dirname "$0")/../.."
# B24_MAVEN_OPTS: e.g. "-o -Dmaven.repo.local=..." for an offline build.
./mvnw -B -q package -DskipTests -pl benchmarks -am ${B24_MAVEN_OPTS:-} >/dev/null
out=benchmarks/target/results
mkdir -p "$out"
{
  echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -cp benchmarks/target/benchmarks.jar \
    io.b24rest.benchmarks.pacing.MultiProcessPacingBenchmark "$@"
} | tee "$out/multi-pacing.txt"

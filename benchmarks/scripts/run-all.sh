#!/usr/bin/env bash
# Runs every benchmark of the module and writes the raw output and a summary to
# benchmarks/target/results/. Build first, from the repository root:
#   ./mvnw -B -q package -DskipTests -pl benchmarks -am && benchmarks/scripts/run-all.sh
# Knobs (environment): JMH_OPTS (default "-f 1 -wi 3 -w 2s -i 5 -r 2s"), PACING_SECONDS (60),
# PACING_THREADS (8), GEN_WARMUP (2), GEN_RUNS (3), SYNTHETIC_SETS ("100 1000"), PAIRED_WARMUP (60),
# PAIRED_ROUNDS (40).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
module=$(cd "$here/.." && pwd)
jar="$module/target/benchmarks.jar"
out="$module/target/results"
jmh_opts=${JMH_OPTS:--f 1 -wi 3 -w 2s -i 5 -r 2s}
[ -f "$jar" ] || { echo "missing $jar: build it first (see benchmarks/README.md)" >&2; exit 1; }
mkdir -p "$out"

machine() {
  {
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    echo "java: $(java -version 2>&1 | head -1)"
    echo "load average at $1: $(cut -d' ' -f1-3 /proc/loadavg)"
  } >> "$out/machine.txt"
}

: > "$out/machine.txt"
machine start

echo "== 1. decode (JMH, -prof gc)"
# shellcheck disable=SC2086
java -jar "$jar" 'DecodeBenchmark' $jmh_opts -prof gc -rf json -rff "$out/decode.json" \
  | tee "$out/decode.txt"
machine "after decode"

echo "== 2. call overhead (JMH, 1 and 8 threads, -prof gc)"
for t in 1 8; do
  # shellcheck disable=SC2086
  java -jar "$jar" 'CallBenchmark' $jmh_opts -t "$t" -prof gc -rf json -rff "$out/call-t$t.json" \
    | tee "$out/call-t$t.txt"
done
machine "after call"

echo "== 2b. decode and call ratios in alternating rounds (harness main)"
java -Dsun.net.httpserver.nodelay=true -cp "$jar" io.b24rest.benchmarks.paired.PairedBenchmark \
  --warmup "${PAIRED_WARMUP:-60}" --rounds "${PAIRED_ROUNDS:-40}" | tee "$out/paired.txt"
machine "after paired"

echo "== 3. generator (harness main)"
sets=("real=classpath")
for n in ${SYNTHETIC_SETS:-100 1000}; do
  bash "$here/make-synthetic-specs.sh" "$n" "$module/target/synthetic-$n"
  sets+=("synthetic-$n=$module/target/synthetic-$n")
done
java -cp "$jar" io.b24rest.benchmarks.generator.GeneratorBenchmark \
  --warmup "${GEN_WARMUP:-2}" --runs "${GEN_RUNS:-3}" "${sets[@]}" | tee "$out/generator.txt"
machine "after generator"

echo "== 4. pacing (harness main)"
java -cp "$jar" io.b24rest.benchmarks.pacing.PacingBenchmark \
  --seconds "${PACING_SECONDS:-60}" --threads "${PACING_THREADS:-8}" | tee "$out/pacing.txt"
machine end

if command -v python3 > /dev/null; then
  python3 "$here/summarize.py" "$out" | tee "$out/summary.md"
fi

#!/usr/bin/env bash
# Bulk reads: export 100,000 tasks from the testkit (X=50, Y=2/s, operating limit on) page by page
# at 50, by keyset, by batched pages and by batched keyset. Page by page takes about 17 minutes
# (2,001 requests at 2 a second); pass --skip-pages to leave it out.
# Usage: benchmarks/scripts/run-export.sh [--records N] [--skip-pages]
set -euo pipefail
cd "$(dirname "$0")/../.."
# B24_MAVEN_OPTS: e.g. "-o -Dmaven.repo.local=..." for an offline build.
./mvnw -B -q package -DskipTests -pl benchmarks -am ${B24_MAVEN_OPTS:-} >/dev/null
out=benchmarks/target/results
mkdir -p "$out"
{
  echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -cp benchmarks/target/benchmarks.jar io.b24rest.benchmarks.export.ExportBenchmark "$@"
} | tee "$out/export.txt"

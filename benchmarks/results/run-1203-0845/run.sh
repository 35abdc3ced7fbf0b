# The rounds of run K, as run (DIR: benchmarks/scripts/make-synthetic-specs.sh N DIR; jar copied from benchmarks/target/benchmarks.jar at 6eb26f1).
set -u
cd /work/main
out=benchmarks/results/run-1203-0845
J17=java
J25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
args="io.b24rest.benchmarks.generator.GeneratorBenchmark --warmup 2 --runs 5 --limit-modules java.base,java.net.http,java.compiler real=classpath synthetic-100=/tmp/synthetic-100 synthetic-1000=/tmp/synthetic-1000"
for p in 1 2 3; do
  for v in two-cores one-core jdk25; do
    echo "$(date -u +%H:%M:%S) round $p $v load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out/log.txt
    case $v in
      two-cores) $J17 -cp /tmp/bench-main.jar $args > $out/generator-$p-$v.txt 2>&1 ;;
      one-core) $J17 -XX:ActiveProcessorCount=1 -cp /tmp/bench-main.jar $args > $out/generator-$p-$v.txt 2>&1 ;;
      jdk25) $J25 -cp /tmp/bench-main.jar $args > $out/generator-$p-$v.txt 2>&1 ;;
    esac
  done
done
echo "$(date -u +%H:%M:%S) done load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out/log.txt

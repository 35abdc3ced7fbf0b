# The processor rounds of run Q, as run: three rounds, each of two JVMs on one core taking turns, the
# harness (GeneratorBenchmark, each compilation's files kept until it ends) run once by JDK 17 (the
# build's JDK) and once by JDK 25 (the other JDK on this machine): the compiler measured is the running
# JDK's own javac. /tmp/bench-Q.jar copied from benchmarks/target/benchmarks.jar; DIR from
# benchmarks/scripts/make-synthetic-specs.sh N DIR; the outputs then copied from /tmp/runQ/gen.
set -u
out=/tmp/runQ/gen; mkdir -p $out
args="io.b24rest.benchmarks.generator.GeneratorBenchmark --warmup 4 --runs 5 --limit-modules java.base,java.net.http,java.compiler real=classpath synthetic-100=/tmp/synthetic-100 synthetic-1000=/tmp/synthetic-1000"
for p in 1 2 3; do
  for v in jdk17 jdk25; do
    echo "$(date -u +%H:%M:%S) round $p $v load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out/log.txt
    case $v in
      jdk17) /usr/lib/jvm/java-17-openjdk-amd64/bin/java -XX:ActiveProcessorCount=1 -cp /tmp/bench-Q.jar $args > $out/generator-$p-one-core-$v.txt 2>&1 ;;
      jdk25) /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -XX:ActiveProcessorCount=1 -cp /tmp/bench-Q.jar $args > $out/generator-$p-one-core-$v.txt 2>&1 ;;
    esac
  done
done
echo "$(date -u +%H:%M:%S) done load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out/log.txt

# The processor rounds of run O, as run: three rounds, each one JVM on one core writing the
# generated sources and classes to tmpfs (-Djava.io.tmpdir=/dev/shm: the harness's work directory)
# and one writing them to this machine's ext4 disk (/tmp), as runs L-N did; same code as runs L-N
# (main at 4b00d2d; /tmp/bench-O.jar copied from benchmarks/target/benchmarks.jar; DIR from
# benchmarks/scripts/make-synthetic-specs.sh N DIR; the outputs then copied from /tmp/runO/gen).
set -u
out=/tmp/runO/gen; mkdir -p $out
args="io.b24rest.benchmarks.generator.GeneratorBenchmark --warmup 4 --runs 5 --limit-modules java.base,java.net.http,java.compiler real=classpath synthetic-100=/tmp/synthetic-100 synthetic-1000=/tmp/synthetic-1000"
for p in 1 2 3; do
  for v in tmpfs disk; do
    echo "$(date -u +%H:%M:%S) round $p $v load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out/log.txt
    case $v in
      tmpfs) java -XX:ActiveProcessorCount=1 -Djava.io.tmpdir=/dev/shm -cp /tmp/bench-O.jar $args > $out/generator-$p-one-core-$v.txt 2>&1 ;;
      disk) java -XX:ActiveProcessorCount=1 -cp /tmp/bench-O.jar $args > $out/generator-$p-one-core-$v.txt 2>&1 ;;
    esac
  done
done
echo "$(date -u +%H:%M:%S) done load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out/log.txt

# The processor rounds of run P, as run: three rounds, each of three JVMs on one core: the work
# directory on this machine's ext4 disk (/tmp) with each compilation's files kept until the
# harness ends (the harness's default from run P on), the same with --delete-each-run (each
# compilation's tree deleted right after it, as runs L-O did), and on tmpfs (-Djava.io.tmpdir=/dev/shm)
# with the files kept. /tmp/bench-P.jar copied from benchmarks/target/benchmarks.jar; DIR from
# benchmarks/scripts/make-synthetic-specs.sh N DIR; the outputs then copied from /tmp/runP/gen.
set -u
out=/tmp/runP/gen; mkdir -p $out
args="io.b24rest.benchmarks.generator.GeneratorBenchmark --warmup 4 --runs 5 --limit-modules java.base,java.net.http,java.compiler real=classpath synthetic-100=/tmp/synthetic-100 synthetic-1000=/tmp/synthetic-1000"
for p in 1 2 3; do
  for v in disk-kept disk-deleted tmpfs-kept; do
    echo "$(date -u +%H:%M:%S) round $p $v load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out/log.txt
    case $v in
      disk-kept) java -XX:ActiveProcessorCount=1 -cp /tmp/bench-P.jar $args > $out/generator-$p-one-core-$v.txt 2>&1 ;;
      disk-deleted) java -XX:ActiveProcessorCount=1 -cp /tmp/bench-P.jar $args --delete-each-run > $out/generator-$p-one-core-$v.txt 2>&1 ;;
      tmpfs-kept) java -XX:ActiveProcessorCount=1 -Djava.io.tmpdir=/dev/shm -cp /tmp/bench-P.jar $args > $out/generator-$p-one-core-$v.txt 2>&1 ;;
    esac
  done
done
echo "$(date -u +%H:%M:%S) done load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out/log.txt

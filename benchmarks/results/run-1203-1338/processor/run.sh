# The processor rounds of run M, as run (DIR: benchmarks/scripts/make-synthetic-specs.sh N DIR;
# /tmp/bench-N.jar copied from benchmarks/target/benchmarks.jar at d4415aa, which added the Filer
# column; the outputs were then copied from /tmp/runM/gen to this directory).
set -u
out=/tmp/runM/gen; mkdir -p $out
args="io.b24rest.benchmarks.generator.GeneratorBenchmark --warmup 4 --runs 5 --limit-modules java.base,java.net.http,java.compiler real=classpath synthetic-100=/tmp/synthetic-100 synthetic-1000=/tmp/synthetic-1000"
for p in 1 2 3; do
  for v in one-core two-cores; do
    echo "$(date -u +%H:%M:%S) round $p $v load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out/log.txt
    case $v in
      two-cores) java -cp /tmp/bench-N.jar $args > $out/generator-$p-$v.txt 2>&1 ;;
      one-core) java -XX:ActiveProcessorCount=1 -cp /tmp/bench-N.jar $args > $out/generator-$p-$v.txt 2>&1 ;;
    esac
  done
done
echo "$(date -u +%H:%M:%S) done load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out/log.txt
# After the rounds, one more JVM on one core writing to tmpfs instead of the ext4 disk (14:00 UTC):
#   java -XX:ActiveProcessorCount=1 -Djava.io.tmpdir=/dev/shm -cp /tmp/bench-N.jar $args > tmpfs-one-core.txt
# Then two JVMs on two cores, the collector changed (gc/, 14:15-14:21 UTC):
#   java -XX:+UseSerialGC -cp /tmp/bench-N.jar $args > gc/generator-1-two-cores-serial.txt
#   java -cp /tmp/bench-N.jar $args > gc/generator-1-two-cores-g1.txt

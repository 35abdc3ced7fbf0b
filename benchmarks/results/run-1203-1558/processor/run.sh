# The processor rounds of run N, as run: run M's run.sh, same code (main at 0129e6c, the processor as in
# runs K to M; /tmp/bench-N.jar copied from benchmarks/target/benchmarks.jar at 0129e6c; the outputs
# then copied from /tmp/runN/gen to this directory).
set -u
out=/tmp/runN/gen; mkdir -p $out
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

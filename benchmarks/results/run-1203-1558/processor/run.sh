# The processor rounds of run N, as run: run M's run.sh with its output directory changed, on the same
# code (main at 0129e6c, the processor as in runs K to M; /tmp/bench-N.jar copied from
# benchmarks/target/benchmarks.jar at 0129e6c; the outputs then copied from /tmp/runN/gen to this
# directory). From the repository's root:
sed -e 's|/tmp/runM/gen|/tmp/runN/gen|' benchmarks/results/run-1203-1338/processor/run.sh | bash

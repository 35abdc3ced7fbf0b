package io.b24rest.benchmarks.paired;

import io.b24rest.benchmarks.HarnessArgs;
import io.b24rest.benchmarks.call.CallBenchmark;
import io.b24rest.benchmarks.decode.DecodeBenchmark;
import java.util.List;

/**
 * The ratios of benchmarks 1 and 2 measured in alternating rounds (see {@link PairedRounds}), a
 * plain main next to the JMH benchmarks: on a shared, busy machine JMH's absolute figures swing
 * with the neighbours' load, while a ratio of neighbouring rounds, and CPU time per operation,
 * hold. It drives the same code as {@code DecodeBenchmark} and {@code CallBenchmark}.
 *
 * <p>The warm-up is long (60 rounds: 18,000 calls on one thread) because the JIT is still
 * compiling the JDK client's and Feign's call path long after the first thousand calls: with 5
 * warm-up rounds, C2 kept compiling through every measured round of the one-thread calls, and the
 * contender with more code to compile (the client) measured 1.19x against 1.04x after 60 rounds, in
 * JVMs taking turns on the same machine (run L in {@code benchmarks/README.md}).
 *
 * <pre>
 * java -Dsun.net.httpserver.nodelay=true -cp benchmarks.jar \
 *     io.b24rest.benchmarks.paired.PairedBenchmark [--warmup 60] [--rounds 40]
 * </pre>
 */
public final class PairedBenchmark {
  private PairedBenchmark() {}

  /** Runs decode, then calls with 1 and 8 threads. */
  public static void main(String[] args) throws Exception {
    int warmup = 60;
    int rounds = 40;
    HarnessArgs in = new HarnessArgs(args);
    while (in.hasNext()) {
      String option = in.next();
      switch (option) {
        case "--warmup" -> warmup = in.count(option, 0);
        case "--rounds" -> rounds = in.count(option, 1);
        default -> throw in.unknown(option, "--warmup N, --rounds N");
      }
    }
    DecodeBenchmark decode = new DecodeBenchmark();
    decode.setUp();
    new PairedRounds(
            List.of(
                new Contender("handWrittenPojo (baseline)", decode::handWrittenPojo),
                new Contender("generatedRecords", decode::generatedRecords),
                new Contender("runtimeAnswerPath", decode::runtimeAnswerPath),
                new Contender("treeModel", decode::treeModel)),
            1,
            20_000)
        .run("decode", warmup, rounds);

    CallBenchmark call = new CallBenchmark();
    call.setUp();
    try {
      for (int threads : new int[] {1, 8}) {
        new PairedRounds(
                List.of(
                    new Contender("rawClient (baseline)", call::rawClient),
                    new Contender("generatedClient", call::generatedClient)),
                threads,
                threads == 1 ? 300 : 800)
            .run("call over loopback", warmup, rounds);
      }
    } finally {
      call.tearDown();
    }
  }
}

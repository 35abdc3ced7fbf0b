package io.b24rest.benchmarks.pacing;

import io.b24rest.benchmarks.HarnessArgs;
import io.b24rest.api.humanresources.NodeCommunicationApi;
import io.b24rest.api.humanresources.NodeCommunicationListRequest;
import io.b24rest.benchmarks.SeedAnswer;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.ratelimit.RateLimit;
import io.b24rest.testkit.FakeBitrix24Portal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pacing benchmark, a plain harness main: several threads call the testkit's portal, whose
 * leaky bucket is X=50, Y=2/s, as fast as the client with {@link RateLimit#standard()} lets them,
 * for a fixed time; it reports the calls completed within that time against the most the bucket
 * allows (X + Y·t), the 503 answers the server gave and the retries the client made.
 *
 * <pre>
 * java -cp benchmarks.jar io.b24rest.benchmarks.pacing.PacingBenchmark [--seconds 60] [--threads 8]
 *     [--client-burst 50 --client-per-second 2]
 * </pre>
 *
 * <p>The client's limit is {@link RateLimit#standard()} unless {@code --client-burst} is given (to
 * try a safety margin below the portal's X). Before the measured window the client's code is
 * warmed up against a second portal without a rate limit, so that class loading and JIT do not
 * count as pacing; the measured portal and client bucket are fresh.
 *
 * <p>The testkit counts every request it receives ({@code requestCount()}); a request gets either
 * a 200 or a 503 here, so {@code 503s = requests - 200s}, where every 200 is one completed call.
 * Retries are the requests beyond one per call.
 */
public final class PacingBenchmark {
  private static final int X = 50;
  private static final int Y = 2;

  private PacingBenchmark() {}

  /** Runs the benchmark; see the class comment for the arguments. */
  public static void main(String[] args) throws InterruptedException {
    double seconds = 60;
    int threads = 8;
    long clientBurst = 0;
    long clientPerSecond = Y;
    HarnessArgs in = new HarnessArgs(args);
    while (in.hasNext()) {
      String option = in.next();
      switch (option) {
        case "--seconds" -> seconds = in.positive(option);
        case "--threads" -> threads = in.count(option, 1);
        case "--client-burst" -> clientBurst = in.number(option, 1);
        case "--client-per-second" -> clientPerSecond = in.number(option, 1);
        default -> throw in.unknown(option,
            "--seconds S, --threads N, --client-burst N, --client-per-second N");
      }
    }
    RateLimit limit =
        clientBurst == 0 ? RateLimit.standard() : RateLimit.custom(clientBurst, clientPerSecond);
    NodeCommunicationListRequest request = NodeCommunicationListRequest.builder().id(15L).build();
    warmUp(request);
    try (FakeBitrix24Portal portal =
        FakeBitrix24Portal.builder().rateLimit(X, Y).keepRequests(0).threads(threads).start()) {
      NodeCommunicationApi api =
          Bitrix24Client.webhook(portal.webhookUrl())
              .rateLimit(limit)
              .build()
              .api(NodeCommunicationApi.class);
      AtomicInteger started = new AtomicInteger();
      AtomicInteger completedInTime = new AtomicInteger();
      AtomicInteger completedLate = new AtomicInteger();
      AtomicInteger failed = new AtomicInteger();
      long begin = System.nanoTime();
      long end = begin + (long) (seconds * 1e9);
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Thread worker =
            new Thread(
                () -> {
                  while (System.nanoTime() < end) {
                    started.incrementAndGet();
                    try {
                      api.list(request);
                      (System.nanoTime() <= end ? completedInTime : completedLate).incrementAndGet();
                    } catch (RuntimeException e) {
                      failed.incrementAndGet();
                    }
                  }
                },
                "pacing-" + t);
        worker.start();
        workers.add(worker);
      }
      for (Thread worker : workers) {
        // Calls waiting for a token at the end finish within a second or two; count them apart.
        worker.join();
      }
      double elapsed = (System.nanoTime() - begin) / 1e9;
      int requests = portal.requestCount();
      int ok = completedInTime.get() + completedLate.get();
      int rejected = requests - ok - failed.get();
      double max = X + Y * seconds;
      System.out.printf(Locale.ROOT,
          "# pacing: %s against the testkit's leaky bucket X=%d, Y=%d/s; client %s; %d threads, %.0f s%n",
          SeedAnswer.METHOD, X, Y, limit, threads, seconds);
      System.out.println("| window s | completed in window | X + Y·t | share | 503 answers (server) "
          + "| client retries | failed calls | completed after window | wall s |");
      System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
      System.out.printf(Locale.ROOT, "| %.0f | %d | %.0f | %.1f%% | %d | %d | %d | %d | %.1f |%n",
          seconds, completedInTime.get(), max, 100.0 * completedInTime.get() / max,
          Math.max(rejected, 0), requests - started.get(), failed.get(), completedLate.get(), elapsed);
    }
  }

  /** Loads and compiles the client's call path on a portal of its own, so the window measures pacing. */
  private static void warmUp(NodeCommunicationListRequest request) {
    try (FakeBitrix24Portal portal = FakeBitrix24Portal.builder().keepRequests(0).start()) {
      NodeCommunicationApi api =
          Bitrix24Client.webhook(portal.webhookUrl())
              .rateLimit(RateLimit.off())
              .build()
              .api(NodeCommunicationApi.class);
      for (int i = 0; i < 2_000; i++) {
        api.list(request);
      }
    }
  }
}

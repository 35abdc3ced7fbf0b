package io.b24rest.benchmarks.pacing;

import io.b24rest.benchmarks.HarnessArgs;
import io.b24rest.api.humanresources.NodeCommunicationApi;
import io.b24rest.api.humanresources.NodeCommunicationListRequest;
import io.b24rest.ratelimit.redis.RedisPacing;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.Bitrix24ClientBuilder;
import io.b24rest.runtime.ratelimit.RateLimit;
import io.b24rest.testkit.FakeBitrix24Portal;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One worker process of {@link MultiProcessPacingBenchmark}: warms up, prints {@code ready}, reads
 * the window's start (epoch milliseconds) from stdin, calls the portal on its threads until the
 * window ends and prints {@code <completed in window> <completed after> <failed>}.
 *
 * <p>Arguments: webhook URL, seconds, threads, Redis URI or {@code -} for local pacing, key
 * prefix.
 */
public final class PacingWorker {
  private PacingWorker() {}

  /** Runs the worker; see the class comment. */
  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      throw HarnessArgs.exit("expected WEBHOOK SECONDS THREADS REDIS|- KEY_PREFIX, got "
          + args.length + " arguments (the worker is started by MultiProcessPacingBenchmark)");
    }
    HarnessArgs arguments = new HarnessArgs(args);
    String webhook = arguments.next();
    int seconds = arguments.count("SECONDS", 1);
    int threads = arguments.count("THREADS", 1);
    String redis = arguments.next();
    String keyPrefix = arguments.next();
    NodeCommunicationListRequest request = NodeCommunicationListRequest.builder().id(15L).build();
    try (FakeBitrix24Portal warmUp = FakeBitrix24Portal.builder().keepRequests(0).start()) {
      NodeCommunicationApi api =
          Bitrix24Client.webhook(warmUp.webhookUrl())
              .rateLimit(RateLimit.off())
              .build()
              .api(NodeCommunicationApi.class);
      for (int i = 0; i < 1_000; i++) {
        api.list(request);
      }
    }
    RedisPacing pacing =
        redis.equals("-") ? null : RedisPacing.builder(redis).keyPrefix(keyPrefix).build();
    Bitrix24ClientBuilder builder = Bitrix24Client.webhook(webhook).rateLimit(RateLimit.standard());
    if (pacing != null) {
      builder.pacing(pacing);
    }
    // As in a running app, the client exists before the window: its bucket (local, or the shared
    // one in Redis, made by the first request) is then full when the window starts, and the
    // window measures pacing, not the client's start-up.
    NodeCommunicationApi api = builder.build().api(NodeCommunicationApi.class);
    System.out.println("ready");
    System.out.flush();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    long startAt = Long.parseLong(in.readLine().trim());
    long wait = startAt - System.currentTimeMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
    long end = startAt + seconds * 1000L;
    AtomicLong inTime = new AtomicLong();
    AtomicLong late = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker =
          new Thread(
              () -> {
                while (System.currentTimeMillis() < end) {
                  try {
                    api.list(request);
                    (System.currentTimeMillis() <= end ? inTime : late).incrementAndGet();
                  } catch (RuntimeException e) {
                    failed.incrementAndGet();
                  }
                }
              });
      worker.start();
      workers.add(worker);
    }
    for (Thread worker : workers) {
      worker.join();
    }
    System.out.println(inTime.get() + " " + late.get() + " " + failed.get());
    System.out.flush();
    if (pacing != null) {
      pacing.close();
    }
    System.exit(0);
  }
}

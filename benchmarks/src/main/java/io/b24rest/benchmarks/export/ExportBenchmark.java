package io.b24rest.benchmarks.export;

import io.b24rest.benchmarks.HarnessArgs;
import io.b24rest.api.tasks.Task;
import io.b24rest.api.tasks.TaskApi;
import io.b24rest.api.tasks.TaskListRequest;
import io.b24rest.core.paging.ListOptions;
import io.b24rest.core.paging.ListStats;
import io.b24rest.core.paging.ListStrategy;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.testkit.FakeBitrix24Portal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bulk-read benchmark, a plain harness main: exports {@code N} tasks ({@code tasks.task.list},
 * largest page 1000) from the testkit, whose leaky bucket is X=50, Y=2/s and whose operating limit
 * is on (480 s, measured cost), with the client's standard pacing, once per strategy: (a) page by
 * page at the default 50 (what the other SDKs do), (b) keyset one page per request, (c) batched
 * pages, (d) batched keyset (the default for this method). Each run has a fresh portal and client;
 * it checks that every id arrives once, in order, and reports the HTTP requests the portal
 * received, records per request, records per second, the 503 and 429 answers, against the floor
 * {@code ceil(N / (50 * 1000)) + 1} requests.
 *
 * <pre>
 * java -cp benchmarks.jar io.b24rest.benchmarks.export.ExportBenchmark [--records 100000]
 *     [--skip-pages]   (leave out (a), which takes N / 50 / 2 seconds)
 * </pre>
 */
public final class ExportBenchmark {
  private static final int X = 50;
  private static final int Y = 2;
  private static final int MAX_PAGE = 1000;
  private static final TaskListRequest REQUEST =
      TaskListRequest.builder().select(List.of("id", "title")).build();

  private ExportBenchmark() {}

  private record Run(String label, ListStrategy strategy, int pageSize) {}

  /** Runs the benchmark; see the class comment for the arguments. */
  public static void main(String[] args) {
    int records = 100_000;
    boolean skipPages = false;
    HarnessArgs in = new HarnessArgs(args);
    while (in.hasNext()) {
      String option = in.next();
      switch (option) {
        case "--records" -> records = in.count(option, 1);
        case "--skip-pages" -> skipPages = true;
        default -> throw in.unknown(option, "--records N, --skip-pages");
      }
    }
    List<Run> runs = new ArrayList<>();
    if (!skipPages) {
      runs.add(new Run("(a) page by page, 50 a page", ListStrategy.PAGES, 50));
    }
    runs.add(new Run("(b) keyset, 1000 a page", ListStrategy.KEYSET, MAX_PAGE));
    runs.add(new Run("(c) batched pages, 1000 a page", ListStrategy.BATCHED_PAGES, MAX_PAGE));
    runs.add(new Run("(d) batched keyset, 1000 a page (default)", ListStrategy.BATCHED_KEYSET, MAX_PAGE));
    long floor = (records + (long) X * MAX_PAGE - 1) / ((long) X * MAX_PAGE) + 1;
    System.out.printf(Locale.ROOT,
        "# export: %d tasks.task.list records from the testkit, leaky bucket X=%d, Y=%d/s,"
            + " operating limit 480 s; client RateLimit.standard(); floor %d requests%n",
        records, X, Y, floor);
    System.out.println("| strategy | HTTP requests | floor | records/request | records/s | 503 | 429 | s |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (Run run : runs) {
      measure(run, records, floor);
    }
  }

  private static void measure(Run run, int records, long floor) {
    try (FakeBitrix24Portal portal =
            FakeBitrix24Portal.builder()
                .rateLimit(X, Y)
                .operatingLimit(Duration.ofSeconds(480))
                .keepRequests(0)
                .start();
        Bitrix24Client client = Bitrix24Client.webhook(portal.webhookUrl()).build()) {
      portal.on("tasks.task.list").respondWithRecords(records, id -> Map.of("title", "Task " + id));
      AtomicReference<ListStats> last = new AtomicReference<>();
      ListOptions options =
          ListOptions.defaults().strategy(run.strategy()).pageSize(run.pageSize()).progress(last::set);
      long begin = System.nanoTime();
      Iterator<Task> tasks = client.api(TaskApi.class).listAll(REQUEST, options).iterator();
      long expected = 1;
      while (tasks.hasNext()) {
        long id = tasks.next().id();
        if (id != expected) {
          throw new IllegalStateException(run.label() + ": id " + id + " where " + expected + " was due");
        }
        expected++;
      }
      double seconds = (System.nanoTime() - begin) / 1e9;
      if (expected - 1 != records) {
        throw new IllegalStateException(run.label() + ": " + (expected - 1) + " of " + records + " records");
      }
      int requests = portal.requestCount();
      System.out.printf(Locale.ROOT, "| %s | %d | %d | %.0f | %.0f | %d | %d | %.1f |%n",
          run.label(), requests, floor, (double) records / requests, records / seconds,
          portal.answerCount(503), portal.answerCount(429), seconds);
    }
  }
}

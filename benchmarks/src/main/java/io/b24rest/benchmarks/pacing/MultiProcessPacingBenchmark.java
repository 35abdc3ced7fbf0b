package io.b24rest.benchmarks.pacing;

import io.b24rest.benchmarks.HarnessArgs;
import io.b24rest.testkit.FakeBitrix24Portal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import redis.embedded.RedisServer;

/**
 * Several JVMs against one portal, a plain harness main: 3 worker processes ({@link PacingWorker})
 * x 8 threads call one testkit portal with the leaky bucket X=50, Y=2/s for 60 s, first each
 * pacing itself alone (local pacing), then all pacing through one Redis (shared pacing), then
 * shared with Redis stopped for 10 s in the middle (and started again, empty). It reports the
 * calls completed within the window against X + Y·t and the 503 answers the portal gave.
 *
 * <pre>
 * java -cp benchmarks.jar io.b24rest.benchmarks.pacing.MultiProcessPacingBenchmark
 *     [--seconds 60] [--processes 3] [--threads 8] [--outage-seconds 10]
 * </pre>
 *
 * <p>Redis is a real redis-server (embedded-redis) on a free loopback port. Every worker warms
 * its call path up against a portal of its own first; the window starts when all are ready.
 */
public final class MultiProcessPacingBenchmark {
  private static final int X = 50;
  private static final int Y = 2;

  private MultiProcessPacingBenchmark() {}

  /** Runs the three modes; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    int seconds = 60;
    int processes = 3;
    int threads = 8;
    int outage = 10;
    HarnessArgs in = new HarnessArgs(args);
    while (in.hasNext()) {
      String option = in.next();
      switch (option) {
        case "--seconds" -> seconds = in.count(option, 1);
        case "--processes" -> processes = in.count(option, 1);
        case "--threads" -> threads = in.count(option, 1);
        case "--outage-seconds" -> outage = in.count(option, 0);
        default -> throw in.unknown(option,
            "--seconds N, --processes N, --threads N, --outage-seconds N");
      }
    }
    if (outage >= seconds) {
      throw HarnessArgs.exit(
          "--outage-seconds needs to be shorter than the window, --seconds " + seconds);
    }
    int port = freePort();
    RedisServer redis =
        RedisServer.newRedisServer()
            .bind("127.0.0.1")
            .port(port)
            .setting("save \"\"")
            .setting("appendonly no")
            .build();
    redis.start();
    String redisUri = "redis://127.0.0.1:" + port;
    System.out.printf(
        Locale.ROOT,
        "# pacing across processes: %d JVMs x %d threads, testkit bucket X=%d, Y=%d/s, %d s;"
            + " client RateLimit.standard()%n",
        processes, threads, X, Y, seconds);
    System.out.println(
        "| pacing | completed in window | X + Y·t | share | 503 answers (server) | failed calls"
            + " | completed after window |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    try {
      run("local", null, redis, seconds, processes, threads, 0);
      run("shared (Redis)", redisUri, redis, seconds, processes, threads, 0);
      run(
          "shared, Redis stopped " + outage + " s mid-window",
          redisUri, redis, seconds, processes, threads, outage);
    } finally {
      if (redis.isActive()) {
        redis.stop();
      }
    }
  }

  private static void run(
      String mode,
      String redisUri,
      RedisServer redis,
      int seconds,
      int processes,
      int threads,
      int outage)
      throws Exception {
    try (FakeBitrix24Portal portal =
        FakeBitrix24Portal.builder().rateLimit(X, Y).keepRequests(0).threads(32).start()) {
      String prefix = "bench" + System.nanoTime();
      List<Process> workers = new ArrayList<>();
      List<BufferedReader> outputs = new ArrayList<>();
      for (int p = 0; p < processes; p++) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(PacingWorker.class.getName());
        command.add(portal.webhookUrl());
        command.add(Integer.toString(seconds));
        command.add(Integer.toString(threads));
        command.add(redisUri == null ? "-" : redisUri);
        command.add(prefix);
        Process worker =
            new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        workers.add(worker);
        outputs.add(
            new BufferedReader(
                new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8)));
      }
      for (BufferedReader out : outputs) {
        String line = out.readLine();
        if (!"ready".equals(line)) {
          throw new IllegalStateException("a worker did not start: " + line);
        }
      }
      portal.reset();
      long startAt = System.currentTimeMillis() + 500;
      for (Process worker : workers) {
        PrintWriter in =
            new PrintWriter(worker.getOutputStream(), true, StandardCharsets.UTF_8);
        in.println(startAt);
      }
      if (outage > 0) {
        sleepUntil(startAt + (seconds - outage) / 2 * 1000L);
        redis.stop();
        sleepUntil(startAt + ((seconds - outage) / 2 + outage) * 1000L);
        redis.start();
      }
      long inTime = 0;
      long late = 0;
      long failed = 0;
      for (int p = 0; p < processes; p++) {
        String[] figures = outputs.get(p).readLine().trim().split(" ");
        inTime += Long.parseLong(figures[0]);
        late += Long.parseLong(figures[1]);
        failed += Long.parseLong(figures[2]);
        workers.get(p).waitFor();
      }
      double max = X + (double) Y * seconds;
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %.0f | %.1f%% | %d | %d | %d |%n",
          mode, inTime, max, 100.0 * inTime / max, portal.answerCount(503), failed, late);
      System.out.flush();
    }
  }

  private static void sleepUntil(long epochMillis) throws InterruptedException {
    long wait = epochMillis - System.currentTimeMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}

package io.b24rest.benchmarks.paired;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs contenders in alternating rounds (the order rotating each round) and compares each with the
 * baseline of the same round. On a machine shared with other work, the load changes from second
 * to second; two contenders measured minutes apart (as JMH runs them) see different loads, two
 * measured in neighbouring rounds see nearly the same. Per round it records wall time per
 * operation, process CPU time per operation (all threads of this JVM, server included, which
 * is the same for every contender) and the calling threads' own CPU time per operation (what the
 * contender's code costs the thread that calls it, the JDK client's and the server's threads left
 * out: the figure a busy machine distorts least).
 */
final class PairedRounds {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final List<Contender> contenders;
  private final int threads;
  private final int opsPerRound;

  /**
   * @param contenders the first is the baseline
   * @param threads threads running each contender at once
   * @param opsPerRound operations per contender and round, over all threads
   */
  PairedRounds(List<Contender> contenders, int threads, int opsPerRound) {
    this.contenders = contenders;
    this.threads = threads;
    this.opsPerRound = opsPerRound;
  }

  /** Warms up, measures {@code rounds} rounds and prints a Markdown table. */
  void run(String title, int warmupRounds, int rounds) throws InterruptedException {
    int n = contenders.size();
    for (int r = 0; r < warmupRounds; r++) {
      for (Contender contender : contenders) {
        measure(contender);
      }
    }
    double[][] wall = new double[n][rounds];
    double[][] cpu = new double[n][rounds];
    double[][] callerCpu = new double[n][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < n; k++) {
        int c = (r + k) % n;
        double[] result = measure(contenders.get(c));
        wall[c][r] = result[0];
        cpu[c][r] = result[1];
        callerCpu[c][r] = result[2];
      }
    }
    System.out.printf(Locale.ROOT,
        "# %s: %d threads, %d rounds of %d ops per contender (after %d warm-up rounds);"
            + " median [p25..p75] of the rounds; ratio = median of per-round ratios to %s%n",
        title, threads, rounds, opsPerRound, warmupRounds, contenders.get(0).name());
    System.out.println("| contender | wall us/op | ratio (wall) | process CPU us/op | ratio (CPU)"
        + " | calling-thread CPU us/op | ratio (calling-thread CPU) |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (int c = 0; c < n; c++) {
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n",
          contenders.get(c).name(), spread(wall[c]), ratio(wall[c], wall[0]),
          spread(cpu[c]), ratio(cpu[c], cpu[0]),
          spread(callerCpu[c]), ratio(callerCpu[c], callerCpu[0]));
    }
  }

  /** {wall us/op, process CPU us/op, calling-thread CPU us/op} of one round of one contender. */
  private double[] measure(Contender contender) throws InterruptedException {
    int perThread = opsPerRound / threads;
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(threads);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    LongAdder callerNanos = new LongAdder();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker =
          new Thread(
              () -> {
                try {
                  start.await();
                  long own0 = THREADS.getCurrentThreadCpuTime();
                  for (int i = 0; i < perThread; i++) {
                    if (contender.operation().run() == null) {
                      throw new IllegalStateException(contender.name() + " returned null");
                    }
                  }
                  callerNanos.add(THREADS.getCurrentThreadCpuTime() - own0);
                } catch (Throwable e) {
                  failure.compareAndSet(null, e);
                } finally {
                  done.countDown();
                }
              });
      worker.setDaemon(true);
      worker.start();
      workers.add(worker);
    }
    long cpu0 = OS.getProcessCpuTime();
    long wall0 = System.nanoTime();
    start.countDown();
    done.await();
    long wall = System.nanoTime() - wall0;
    long cpu = OS.getProcessCpuTime() - cpu0;
    if (failure.get() != null) {
      throw new IllegalStateException(contender.name() + " failed", failure.get());
    }
    int ops = perThread * threads;
    // Wall time per operation as one thread sees it: the round's time over its share of the ops.
    return new double[] {
      wall / 1e3 / perThread, cpu / 1e3 / ops, callerNanos.sum() / 1e3 / ops
    };
  }

  private static String spread(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return String.format(Locale.ROOT, "%.2f [%.2f..%.2f]",
        percentile(sorted, 50), percentile(sorted, 25), percentile(sorted, 75));
  }

  private static String ratio(double[] values, double[] baseline) {
    double[] ratios = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      ratios[i] = values[i] / baseline[i];
    }
    Arrays.sort(ratios);
    return String.format(Locale.ROOT, "%.2fx [%.2f..%.2f]",
        percentile(ratios, 50), percentile(ratios, 25), percentile(ratios, 75));
  }

  private static double percentile(double[] sorted, double p) {
    double index = p / 100 * (sorted.length - 1);
    int low = (int) Math.floor(index);
    int high = (int) Math.ceil(index);
    return sorted[low] + (sorted[high] - sorted[low]) * (index - low);
  }
}

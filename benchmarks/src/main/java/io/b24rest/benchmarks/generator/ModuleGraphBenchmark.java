package io.b24rest.benchmarks.generator;

import io.b24rest.benchmarks.HarnessArgs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The spec processor's time with javac's default module graph (every system module, what a
 * project gets) against the graph limited by {@code --limit-modules}, as the runtime's build
 * compiles: both in one JVM, taking turns run by run (each pair of runs starts with the other
 * graph), so that the ratio compares runs of the same minutes of a shared machine.
 *
 * <pre>
 * java -cp benchmarks.jar io.b24rest.benchmarks.generator.ModuleGraphBenchmark \
 *     [--warmup 2] [--runs 6] [--delete-each-run] --limit-modules java.base,java.net.http,java.compiler \
 *     real=classpath synthetic-100=DIR synthetic-1000=DIR
 * </pre>
 *
 * Per set it prints the medians of the processor's wall time, its CPU time on javac's thread and
 * on all threads, and the whole javac run's wall time, for each graph, and the median of the
 * per-pair ratios (limited / default); with more than one set, least-squares lines through the
 * medians (ms a spec).
 */
public final class ModuleGraphBenchmark {
  private static final List<Measure> MEASURES =
      List.of(
          new Measure("processor wall", CompileRun::processorNanos),
          new Measure("processor CPU, javac's thread", CompileRun::processorCpuNanos),
          new Measure("processor CPU, all threads", CompileRun::processorProcessCpuNanos),
          new Measure("javac wall, whole run", CompileRun::javacNanos));

  private ModuleGraphBenchmark() {}

  /** Runs the benchmark; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    SpecSetArgs parsed = SpecSetArgs.parseOrExit(args, 2, "--runs", 6);
    if (parsed.limitModules().isEmpty()) {
      throw HarnessArgs.exit("--limit-modules LIST is required: the graph to compare with javac's default");
    }
    Path work = Files.createTempDirectory("b24-module-graph-bench");
    System.out.printf(Locale.ROOT,
        "# module graph benchmark: javac's default graph vs --limit-modules %s; warm-up %d, %d runs"
            + " each, taking turns; JDK %s%n",
        parsed.limitModules().get(), parsed.warmup(), parsed.count(), Runtime.version());
    System.out.println("| set | specs | files | measure | default graph, median ms | limited, median ms"
        + " | ratio limited/default (median of pairs) |");
    System.out.println("|---|---:|---:|---|---:|---:|---:|");
    List<double[]> points = new ArrayList<>();
    for (Map.Entry<String, Path> set : parsed.sets().entrySet()) {
      points.add(report(set.getKey(), set.getValue(), work, parsed));
    }
    if (points.size() > 1) {
      for (int m = 0; m < MEASURES.size(); m++) {
        GeneratorBenchmark.printFit(MEASURES.get(m).name() + ", default graph", points, 1 + 2 * m);
        GeneratorBenchmark.printFit(MEASURES.get(m).name() + ", limited", points, 2 + 2 * m);
      }
    }
    AnchorCompiler.deleteWork(work);
  }

  /** Returns {specs, then per measure: default median ms, limited median ms}. */
  private static double[] report(String name, Path root, Path work, SpecSetArgs args)
      throws IOException {
    AnchorCompiler full = new AnchorCompiler(root, work, Optional.empty(), args.deleteEachRun());
    AnchorCompiler limited = new AnchorCompiler(root, work, args.limitModules(), args.deleteEachRun());
    for (int i = 0; i < args.warmup(); i++) {
      full.compile(true);
      limited.compile(true);
    }
    List<CompileRun> fullRuns = new ArrayList<>();
    List<CompileRun> limitedRuns = new ArrayList<>();
    for (int i = 0; i < args.count(); i++) {
      if (i % 2 == 0) {
        fullRuns.add(full.compile(true));
        limitedRuns.add(limited.compile(true));
      } else {
        limitedRuns.add(limited.compile(true));
        fullRuns.add(full.compile(true));
      }
    }
    int specs = GeneratorBenchmark.countMethods(root);
    int files = fullRuns.get(0).generatedSources();
    double[] point = new double[1 + 2 * MEASURES.size()];
    point[0] = specs;
    for (int m = 0; m < MEASURES.size(); m++) {
      ToLongFunction<CompileRun> value = MEASURES.get(m).value();
      double[] ratios = new double[args.count()];
      for (int i = 0; i < ratios.length; i++) {
        ratios[i] = (double) value.applyAsLong(limitedRuns.get(i)) / value.applyAsLong(fullRuns.get(i));
      }
      point[1 + 2 * m] = medianMs(fullRuns, value);
      point[2 + 2 * m] = medianMs(limitedRuns, value);
      System.out.printf(Locale.ROOT, "| %s | %d | %d | %s | %.1f | %.1f | %.2f |%n",
          name, specs, files, MEASURES.get(m).name(), point[1 + 2 * m], point[2 + 2 * m], median(ratios));
    }
    return point;
  }

  private static double medianMs(List<CompileRun> runs, ToLongFunction<CompileRun> value) {
    return median(runs.stream().mapToDouble(run -> value.applyAsLong(run) / 1e6).toArray());
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private record Measure(String name, ToLongFunction<CompileRun> value) {}
}

package io.b24rest.benchmarks.generator;

import io.b24rest.benchmarks.HarnessArgs;
import io.b24rest.spec.reader.SpecReadResult;
import io.b24rest.spec.reader.SpecReader;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The generator benchmark, a plain harness main (not JMH: one compilation of 1,000 specs takes
 * seconds, and what matters is javac's own in-process run): for each spec set it compiles the
 * anchor source in-process, alternately with the spec processor and with {@code -proc:none}, and
 * reports the time inside the processor, the whole javac run with and without it, per spec, and
 * how much of the processor's time javac's {@code Filer} takes to create and write its files.
 *
 * <pre>
 * java -cp benchmarks.jar io.b24rest.benchmarks.generator.GeneratorBenchmark \
 *     [--warmup 2] [--runs 5] [--limit-modules LIST] [--delete-each-run] real=classpath synthetic-100=DIR synthetic-1000=DIR
 * </pre>
 *
 * {@code classpath} means the real specs of {@code b24-spec} on this JVM's class path; a DIR is a
 * class path root written by {@code scripts/make-synthetic-specs.sh}. Warm-up runs are discarded
 * except the first, which is reported on its own as the cold (first compilation in a fresh JVM)
 * figure. {@code --limit-modules} compiles with javac's module graph limited to LIST, as the
 * runtime's build does ({@code java.base,java.net.http,java.compiler}); without it javac's default
 * graph, every system module, which is what a project gets unless it sets the option. {@code
 * --delete-each-run} deletes each compilation's files right after it, as the harness did up to
 * run O ({@link AnchorCompiler}).
 *
 * <p>Each compilation writes its classes and generated sources under a fresh directory of {@code
 * java.io.tmpdir}, deleted when the harness ends; {@code -Djava.io.tmpdir=/dev/shm} puts them on
 * tmpfs, which leaves the disk's creation of each file out of the {@code Filer}'s time.
 */
public final class GeneratorBenchmark {
  private GeneratorBenchmark() {}

  /** Runs the benchmark; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    SpecSetArgs parsed = SpecSetArgs.parseOrExit(args, 2, "--runs", 5);
    int warmup = parsed.warmup();
    int runs = parsed.count();
    Map<String, Path> sets = parsed.sets();
    Path work = Files.createTempDirectory("b24-generator-bench");
    System.out.printf(Locale.ROOT, "# generator benchmark: warm-up %d, measured %d runs each; module graph %s; JDK %s%n",
        warmup, runs, parsed.limitModules().map(list -> "limited to " + list).orElse("javac's default"),
        Runtime.version());
    System.out.println("| set | specs | files | processor CPU ms | CPU ms/spec | processor wall ms"
        + " | javac CPU ms, processor | javac CPU ms, -proc:none | javac wall ms, processor"
        + " | cold processor CPU ms (ms/spec) | cold javac wall ms | processor CPU ms, fastest run"
        + " | processor CPU ms, all threads | of it in javac's Filer, CPU ms | without the Filer, CPU ms/spec |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    List<double[]> points = new ArrayList<>();
    for (Map.Entry<String, Path> set : sets.entrySet()) {
      AnchorCompiler compiler = new AnchorCompiler(
          set.getValue(), work, parsed.limitModules(), parsed.deleteEachRun());
      points.add(report(set.getKey(), compiler, countMethods(set.getValue()), warmup, runs));
    }
    if (points.size() > 1) {
      printFit("warm processor CPU", points, 1);
      printFit("cold processor CPU", points, 2);
      // The fastest run is the one other processes on a shared machine disturbed least.
      printFit("warm processor CPU, fastest run", points, 3);
      // What a build waits for, and what all threads spend (the processor renders on helpers).
      printFit("warm processor wall", points, 4);
      printFit("warm processor CPU, all threads", points, 5);
      // javac's part (its checks grow with the files written before) and the processor's own.
      printFit("warm processor CPU in javac's Filer", points, 6);
      printFit("warm processor CPU without javac's Filer", points, 7);
    }
    AnchorCompiler.deleteWork(work);
  }

  /**
   * Measures one set; returns {specs, warm processor CPU ms (mean), cold processor CPU ms, warm
   * minimum, warm processor wall ms (mean), warm processor CPU ms of all threads (mean), warm CPU ms
   * in javac's Filer (mean), warm processor CPU ms without the Filer (mean)}.
   */
  private static double[] report(String name, AnchorCompiler compiler, int specs, int warmup, int runs) {
    CompileRun cold = compiler.compile(true);
    compiler.compile(false);
    for (int i = 1; i < warmup; i++) {
      compiler.compile(true);
      compiler.compile(false);
    }
    List<Long> processorCpu = new ArrayList<>();
    List<Long> processorWall = new ArrayList<>();
    List<Long> processorAllThreads = new ArrayList<>();
    List<Long> processorFiler = new ArrayList<>();
    List<Long> processorOwn = new ArrayList<>();
    List<Long> withCpu = new ArrayList<>();
    List<Long> withWall = new ArrayList<>();
    List<Long> withoutCpu = new ArrayList<>();
    int files = 0;
    for (int i = 0; i < runs; i++) {
      CompileRun run = compiler.compile(true);
      processorCpu.add(run.processorCpuNanos());
      processorWall.add(run.processorNanos());
      processorAllThreads.add(run.processorProcessCpuNanos());
      processorFiler.add(run.processorFilerCpuNanos());
      processorOwn.add(run.processorCpuNanos() - run.processorFilerCpuNanos());
      withCpu.add(run.javacCpuNanos());
      withWall.add(run.javacNanos());
      files = run.generatedSources();
      withoutCpu.add(compiler.compile(false).javacCpuNanos());
    }
    Stats p = Stats.ofNanos(processorCpu);
    double coldCpu = cold.processorCpuNanos() / 1e6;
    Stats wall = Stats.ofNanos(processorWall);
    Stats allThreads = Stats.ofNanos(processorAllThreads);
    Stats filer = Stats.ofNanos(processorFiler);
    Stats own = Stats.ofNanos(processorOwn);
    System.out.printf(Locale.ROOT, "| %s | %d | %d | %s | %.2f | %s | %s | %s | %s | %.0f (%.2f) | %.0f | %.1f | %s | %s | %.2f |%n",
        name, specs, files, p.format(), p.mean() / specs, wall.format(),
        Stats.ofNanos(withCpu).format(), Stats.ofNanos(withoutCpu).format(),
        Stats.ofNanos(withWall).format(), coldCpu, coldCpu / specs, cold.javacNanos() / 1e6, p.min(),
        allThreads.format(), filer.format(), own.mean() / specs);
    return new double[] {
      specs, p.mean(), coldCpu, p.min(), wall.mean(), allThreads.mean(), filer.mean(), own.mean()
    };
  }

  /** Least-squares line through (specs, ms): the fixed cost, the cost of each further spec, R². */
  static void printFit(String what, List<double[]> points, int column) {
    double n = points.size();
    double sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0;
    for (double[] point : points) {
      double x = point[0];
      double y = point[column];
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
      syy += y * y;
    }
    double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    double intercept = (sy - slope * sx) / n;
    double r = (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
    System.out.printf(Locale.ROOT, "# %s: ms = %.1f + %.3f * specs (R^2 = %.4f)%n",
        what, intercept, slope, r * r);
  }

  /** Method specs of the set, read as the processor reads them (which also checks they are valid). */
  static int countMethods(Path root) throws IOException {
    ClassLoader loader =
        root == null
            ? GeneratorBenchmark.class.getClassLoader()
            : new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    SpecReadResult read = SpecReader.readClassPath(loader, "bitrix24/spec/index.txt");
    if (loader instanceof URLClassLoader own) {
      own.close();
    }
    if (read.model().isEmpty()) {
      // A set named on the command line that holds no readable specs is a bad command line.
      throw HarnessArgs.exit("the specs of " + (root == null ? "the class path" : root)
          + " do not read: " + read.diagnostics());
    }
    return read.model().get().methods().size();
  }
}

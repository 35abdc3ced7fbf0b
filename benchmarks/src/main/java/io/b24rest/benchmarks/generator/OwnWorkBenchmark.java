package io.b24rest.benchmarks.generator;

import io.b24rest.benchmarks.HarnessArgs;
import com.palantir.javapoet.JavaFile;
import io.b24rest.processor.writer.GeneratedFiles;
import io.b24rest.processor.writer.SpecWriter;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.reader.SpecReadResult;
import io.b24rest.spec.reader.SpecReader;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The processor's own three steps without javac around them, many times in one JVM so that they
 * run compiled: reading the specs ({@code SpecReader}), building the JavaPoet files ({@code
 * SpecWriter.write}) and rendering them to the text written to disk ({@code
 * GeneratedFiles.source}). What is left of {@link GeneratorBenchmark}'s processor time beyond
 * these is javac's Filer. Reports the fastest and the median round's CPU time per spec.
 *
 * <pre>
 * java -cp benchmarks.jar io.b24rest.benchmarks.generator.OwnWorkBenchmark \
 *     [--warmup 5] [--rounds 10] real=classpath synthetic-1000=DIR
 * </pre>
 */
final class OwnWorkBenchmark {
  private static final String INDEX = "bitrix24/spec/index.txt";

  private OwnWorkBenchmark() {}

  /** Runs the benchmark; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    SpecSetArgs parsed = SpecSetArgs.parseOrExit(args, 5, "--rounds", 10);
    if (parsed.limitModules().isPresent()) {
      throw HarnessArgs.exit("--limit-modules is an option of javac; this benchmark runs without javac");
    }
    int warmup = parsed.warmup();
    int rounds = parsed.count();
    Map<String, Path> sets = parsed.sets();
    System.out.printf(Locale.ROOT, "# own-work benchmark: warm-up %d, measured %d rounds each; JDK %s%n",
        warmup, rounds, Runtime.version());
    System.out.println("| set | specs | files | read ms/spec, fastest (median) | build ms/spec, fastest (median)"
        + " | render ms/spec, fastest (median) | all three ms/spec, fastest |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (Map.Entry<String, Path> set : sets.entrySet()) {
      report(set.getKey(), set.getValue(), warmup, rounds);
    }
  }

  private static void report(String name, Path root, int warmup, int rounds) throws IOException {
    ClassLoader loader =
        root == null
            ? OwnWorkBenchmark.class.getClassLoader()
            : new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    long[] read = new long[rounds];
    long[] build = new long[rounds];
    long[] render = new long[rounds];
    int specs = 0;
    int files = 0;
    long characters = 0;
    for (int round = -warmup; round < rounds; round++) {
      long start = CpuTime.ofThisThread();
      SpecReadResult result = SpecReader.readClassPath(loader, INDEX);
      long afterRead = CpuTime.ofThisThread();
      SpecModel model = result.model().orElseThrow(() -> new IllegalStateException(
          "specs of " + (root == null ? "the class path" : root) + " do not read: " + result.diagnostics()));
      List<JavaFile> written = new SpecWriter("bench.generated").write(model);
      long afterBuild = CpuTime.ofThisThread();
      for (JavaFile file : written) {
        characters += GeneratedFiles.source(file).length();
      }
      long afterRender = CpuTime.ofThisThread();
      if (round >= 0) {
        read[round] = afterRead - start;
        build[round] = afterBuild - afterRead;
        render[round] = afterRender - afterBuild;
      }
      specs = model.methods().size();
      files = written.size();
    }
    if (loader instanceof URLClassLoader own) {
      own.close();
    }
    long[] all = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      all[i] = read[i] + build[i] + render[i];
    }
    System.out.printf(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %.3f |%n", name, specs, files,
        perSpec(read, specs), perSpec(build, specs), perSpec(render, specs), fastest(all) / 1e6 / specs);
    // Printed so that the rendering cannot be optimised away.
    System.out.printf(Locale.ROOT, "#   %s: %d characters rendered in all%n", name, characters);
  }

  private static String perSpec(long[] nanos, int specs) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format(Locale.ROOT, "%.3f (%.3f)", sorted[0] / 1e6 / specs,
        sorted[sorted.length / 2] / 1e6 / specs);
  }

  private static long fastest(long[] nanos) {
    return Arrays.stream(nanos).min().orElseThrow();
  }
}

package io.b24rest.benchmarks.generator;

import io.b24rest.benchmarks.HarnessArgs;
import io.b24rest.processor.SpecProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a one-line anchor class annotated {@code @GenerateFromSpecs} in-process with {@link
 * JavaCompiler}, either with the spec processor (wrapped in a {@link TimingProcessor}) or with
 * {@code -proc:none}; the spec root goes first on the class path, so its index is the one read.
 * The options are those of the build ({@code --release 17}, unnamed module), with the module graph
 * optionally limited as the runtime's build limits it ({@code --limit-modules}): javac's {@code
 * Filer} looks each new type up in every module of the graph.
 *
 * <p>Each compilation writes to a fresh directory under the work directory, and by default the
 * trees stay until the harness ends ({@link #deleteWork}), as a build writes into a fresh clone's
 * {@code target}. Deleting each tree right after its compilation, as the harness did up to run O,
 * made javac's {@code Filer} cost four times as much a file on this machine's ext4 disk and nothing
 * more on tmpfs (run P): a cost of deleting thousands of files just before creating as many, which
 * the measured runs should not carry.
 */
final class AnchorCompiler {
  /** The generated code goes to its own package, apart from the runtime's compiled API. */
  static final String ANCHOR_SOURCE =
      "@io.b24rest.core.GenerateFromSpecs(basePackage = \"bench.generated\")"
          + " final class Anchor {}\n";

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private final String classPath;
  private final Path work;
  private final List<String> moduleOptions;
  private final boolean deleteEachRun;

  /**
   * @param specRoot class path root holding {@code bitrix24/spec/index.txt}, or null for the specs
   *     already on this JVM's class path
   * @param work scratch directory for the anchor, class files and generated sources
   * @param limitModules javac's {@code --limit-modules} list, or empty for its default graph
   * @param deleteEachRun whether each compilation's tree is deleted as soon as it is done (runs L-O)
   *     instead of with the work directory at the end
   */
  AnchorCompiler(Path specRoot, Path work, Optional<String> limitModules, boolean deleteEachRun) {
    if (javac == null) {
      throw HarnessArgs.exit("no system Java compiler: run the benchmark on a JDK, not a JRE");
    }
    String ownClassPath = System.getProperty("java.class.path");
    this.classPath =
        specRoot == null ? ownClassPath : specRoot.toAbsolutePath() + java.io.File.pathSeparator + ownClassPath;
    this.work = work;
    this.moduleOptions = limitModules.map(list -> List.of("--limit-modules", list)).orElse(List.of());
    this.deleteEachRun = deleteEachRun;
  }

  /** One compilation; fails if javac reports an error. */
  CompileRun compile(boolean withProcessor) {
    try {
      Path run = Files.createTempDirectory(work, withProcessor ? "with-" : "none-");
      Path source = run.resolve("Anchor.java");
      Files.writeString(source, ANCHOR_SOURCE);
      Path classes = Files.createDirectories(run.resolve("classes"));
      Path generated = Files.createDirectories(run.resolve("generated"));
      List<String> options = new ArrayList<>(List.of(
          "--release", "17",
          "-classpath", classPath,
          "-d", classes.toString(),
          "-s", generated.toString(),
          "-implicit:none",
          "-nowarn",
          "-Xlint:none"));
      options.addAll(moduleOptions);
      if (!withProcessor) {
        options.add("-proc:none");
      }
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      TimingProcessor timing = new TimingProcessor(new SpecProcessor());
      long start;
      long cpuStart;
      boolean ok;
      try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
        JavaCompiler.CompilationTask task =
            javac.getTask(
                new StringWriter(), files, diagnostics, options, null,
                files.getJavaFileObjects(source));
        if (withProcessor) {
          task.setProcessors(List.of(timing));
        }
        start = System.nanoTime();
        cpuStart = CpuTime.ofThisThread();
        ok = task.call();
      }
      long javacNanos = System.nanoTime() - start;
      long javacCpuNanos = CpuTime.ofThisThread() - cpuStart;
      if (!ok) {
        throw new IllegalStateException("javac failed: " + diagnostics.getDiagnostics());
      }
      int sources = countJavaFiles(generated);
      if (deleteEachRun) {
        deleteTree(run);
      }
      return new CompileRun(
          javacNanos,
          javacCpuNanos,
          withProcessor ? timing.nanos() : 0,
          withProcessor ? timing.cpuNanos() : 0,
          withProcessor ? timing.filerCpuNanos() : 0,
          withProcessor ? timing.processCpuNanos() : 0,
          sources);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int countJavaFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return (int) walk.filter(p -> p.toString().endsWith(".java")).count();
    }
  }

  /** Deletes the work directory and every compilation's tree in it; call once no run is measured. */
  static void deleteWork(Path work) throws IOException {
    deleteTree(work);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(path);
      }
    }
  }
}

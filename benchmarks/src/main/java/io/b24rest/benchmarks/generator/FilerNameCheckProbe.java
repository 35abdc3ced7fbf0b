package io.b24rest.benchmarks.generator;

import io.b24rest.benchmarks.HarnessArgs;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * What javac's {@code Filer.createSourceFile} costs a file, apart from everything of ours: a bare
 * processor creates N one-line sources (names like the generated ones, {@code
 * bench.generated.scopeK.TypeI}, 30 a package) in one round of an unnamed-module compilation
 * ({@code --release 17}, as the build and {@link AnchorCompiler} compile), in these ways:
 *
 * <ul>
 *   <li>{@code create}: {@code createSourceFile(name)} and the write, what the spec processor does;
 *   <li>{@code warm-create}: {@code Elements.getTypeElement(unnamedModule, name)} first, to see
 *       whether looking the name up in the module being compiled spares the Filer's own look-up;
 *   <li>{@code lookup}: {@code Elements.getTypeElement(name)} alone, the Filer's name check (JDK
 *       17 {@code JavacFiler.checkNameAndExistence}), which for a name not found tries every module
 *       of the module graph;
 *   <li>{@code lookup-unnamed}: {@code Elements.getTypeElement(unnamedModule, name)} alone, what
 *       the check would cost limited to the module being compiled;
 *   <li>{@code slash}: {@code createSourceFile("/" + name)}, a module-prefixed name.
 * </ul>
 *
 * <pre>
 * java -cp benchmarks.jar io.b24rest.benchmarks.generator.FilerNameCheckProbe [files 1000] [rounds 10]
 * </pre>
 *
 * Each compilation is fresh; the ways take turns, each round starting with the next one, and the fastest and the median processor CPU
 * time of the rounds are reported per file.
 */
final class FilerNameCheckProbe {
  private static final List<String> WAYS =
      List.of("create", "warm-create", "lookup", "lookup-unnamed", "slash");

  private FilerNameCheckProbe() {}

  /** Runs the probe; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    if (args.length > 2) {
      throw HarnessArgs.exit("expected [FILES] [ROUNDS], got " + args.length + " arguments");
    }
    HarnessArgs in = new HarnessArgs(args);
    int files = in.hasNext() ? in.count("FILES", 1) : 1000;
    int rounds = in.hasNext() ? in.count("ROUNDS", 1) : 10;
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw HarnessArgs.exit("no system Java compiler: run the probe on a JDK, not a JRE");
    }
    Path work = Files.createTempDirectory("b24-filer-probe");
    Path source = work.resolve("Anchor.java");
    Files.writeString(source, "final class Anchor {}\n");
    long[][] nanos = new long[WAYS.size()][rounds];
    String[] notes = new String[WAYS.size()];
    for (int round = 0; round < rounds; round++) {
      for (int step = 0; step < WAYS.size(); step++) {
        // Each round starts with another way: the first compilations of a round ran slower.
        int way = (round + step) % WAYS.size();
        Probe probe = new Probe(WAYS.get(way), files);
        compile(javac, source, work, probe);
        nanos[way][round] = probe.cpuNanos;
        notes[way] = probe.note;
      }
    }
    System.out.printf(Locale.ROOT, "# Filer name-check probe: %d files a compilation, %d rounds; JDK %s%n",
        files, rounds, Runtime.version());
    System.out.println("| way | fastest ms/file | median ms/file | note |");
    System.out.println("|---|---:|---:|---|");
    for (int way = 0; way < WAYS.size(); way++) {
      long[] sorted = nanos[way].clone();
      Arrays.sort(sorted);
      System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %s |%n", WAYS.get(way),
          sorted[0] / 1e6 / files, sorted[sorted.length / 2] / 1e6 / files, notes[way]);
    }
  }

  private static void compile(JavaCompiler javac, Path source, Path work, Probe probe)
      throws IOException {
    Path out = Files.createTempDirectory(work, "out-");
    List<String> options = new ArrayList<>(List.of(
        "--release", "17", "-proc:only", "-implicit:none",
        "-d", out.resolve("classes").toString(), "-s", out.resolve("generated").toString()));
    Files.createDirectories(out.resolve("classes"));
    Files.createDirectories(out.resolve("generated"));
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(
          new StringWriter(), fileManager, null, options, null, fileManager.getJavaFileObjects(source));
      task.setProcessors(List.of(probe));
      task.call();
    }
  }

  /** The bare processor: one way, N names, its own CPU time. */
  @javax.annotation.processing.SupportedAnnotationTypes("*")
  private static final class Probe extends AbstractProcessor {
    private final String way;
    private final int files;
    private boolean done;
    long cpuNanos;
    String note = "";

    Probe(String way, int files) {
      this.way = way;
      this.files = files;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (done) {
        return false;
      }
      done = true;
      Elements elements = processingEnv.getElementUtils();
      ModuleElement unnamed = elements.getModuleElement("");
      note = elements.getAllModuleElements().size() + " modules in the graph";
      long start = CpuTime.ofThisThread();
      try {
        for (int i = 0; i < files; i++) {
          String packageName = "bench.generated.scope" + (i / 30);
          String simpleName = "Type" + i;
          String name = packageName + "." + simpleName;
          switch (way) {
            case "lookup" -> elements.getTypeElement(name);
            case "lookup-unnamed" -> elements.getTypeElement(unnamed, name);
            case "warm-create" -> {
              elements.getTypeElement(unnamed, name);
              create(name, packageName, simpleName);
            }
            case "slash" -> create("/" + name, packageName, simpleName);
            default -> create(name, packageName, simpleName);
          }
        }
      } catch (IOException e) {
        note = "fails: " + e.getMessage();
      } finally {
        cpuNanos = CpuTime.ofThisThread() - start;
      }
      return false;
    }

    private void create(String name, String packageName, String simpleName) throws IOException {
      try (Writer out = processingEnv.getFiler().createSourceFile(name).openWriter()) {
        out.write("package " + packageName + "; final class " + simpleName + " {}\n");
      }
    }
  }
}

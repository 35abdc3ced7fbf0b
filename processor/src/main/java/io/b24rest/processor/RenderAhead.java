package io.b24rest.processor;

import com.palantir.javapoet.JavaFile;
import io.b24rest.spec.internal.InOrder;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * Renders generated files to source text on helper threads, ahead of the one thread that writes
 * them through javac's {@code Filer}, which only javac's own thread may call. Rendering is most of
 * the processor's CPU and the {@code Filer} most of what javac's thread does for it, so with a
 * spare core the two overlap. Rendering
 * reads only the immutable JavaPoet files, never javac's state. The texts are written in the files'
 * order, so the output is the same as rendering them one by one, which is what happens on a
 * machine with one core.
 */
final class RenderAhead {
  /** More helpers than this only compete for the cores with javac's thread, JIT and collector. */
  private static final int MAX_HELPERS = 2;

  /** Writes one rendered file; runs on the calling thread. */
  @FunctionalInterface
  interface Sink {
    void write(JavaFile file, String text) throws IOException;
  }

  private RenderAhead() {}

  /**
   * Hands each of {@code files}, in order, with its text to {@code sink}.
   *
   * @throws RuntimeException what {@code render} threw for a file, as it was thrown
   */
  static void renderAndWrite(List<JavaFile> files, Function<JavaFile, String> render, Sink sink)
      throws IOException {
    int helpers = Math.min(MAX_HELPERS, Runtime.getRuntime().availableProcessors() - 1);
    InOrder.run(files, render, helpers, "b24-spec-render", sink::write);
  }
}

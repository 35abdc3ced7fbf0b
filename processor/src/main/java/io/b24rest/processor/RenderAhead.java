package io.b24rest.processor;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Renders generated files to source text on helper threads, ahead of the one thread that writes
 * them through javac's {@code Filer}, which only javac's own thread may call. Rendering is about a
 * third of the processor's work and the {@code Filer} nearly half (its name check looks each new
 * class up in every module of the compilation), so with a spare core the two overlap. Rendering
 * reads only the immutable JavaPoet files, never javac's state. The texts are written in the files'
 * order, so the output is the same as rendering them one by one, which is what happens on a
 * machine with one core.
 */
final class RenderAhead {
  /** Rendering is cheaper than writing: more than two helpers only wait for the writing thread. */
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
    if (helpers <= 0 || files.size() < 2) {
      for (JavaFile file : files) {
        sink.write(file, render.apply(file));
      }
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            helpers,
            task -> {
              Thread thread = new Thread(task, "b24-spec-render");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<String>> texts = new ArrayList<>(files.size());
      for (JavaFile file : files) {
        texts.add(pool.submit(() -> render.apply(file)));
      }
      for (int i = 0; i < files.size(); i++) {
        sink.write(files.get(i), join(texts.get(i)));
        texts.set(i, null);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String join(Future<String> text) {
    try {
      return text.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rendering the generated sources", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}

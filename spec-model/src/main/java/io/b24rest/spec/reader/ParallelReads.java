package io.b24rest.spec.reader;

import io.b24rest.spec.validation.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads spec files on helper threads, a run of files each, and joins what the runs read in the
 * files' order. Each file is read on its own (the checks across files come after), so the drafts
 * and the problems are the same as reading the files one by one, which is what happens with one
 * core or a few files. Parsing the YAML is most of the reader's time, and in the spec processor
 * javac's thread has nothing else to do until the model is read.
 */
final class ParallelReads {
  /** Files a helper reads at a time: enough to be worth a hand-off, few enough to share out. */
  private static final int RUN = 32;

  /** More helpers than this only compete with javac's own threads for the cores. */
  private static final int MAX_HELPERS = 4;

  private ParallelReads() {}

  /** Reads {@code sources} in their order; their problems go to {@code diagnostics}. */
  static SpecFileReader readAll(List<SpecSource> sources, Diagnostics diagnostics) {
    List<List<SpecSource>> runs = new ArrayList<>();
    for (int from = 0; from < sources.size(); from += RUN) {
      runs.add(sources.subList(from, Math.min(sources.size(), from + RUN)));
    }
    int helpers = Math.min(MAX_HELPERS, Math.min(runs.size(), Runtime.getRuntime().availableProcessors()));
    SpecFileReader all = new SpecFileReader();
    if (helpers < 2) {
      runs.forEach(run -> read(run, diagnostics, all));
      return all;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            helpers,
            task -> {
              Thread thread = new Thread(task, "b24-spec-read");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<Run>> pending = new ArrayList<>(runs.size());
      for (List<SpecSource> run : runs) {
        pending.add(pool.submit(() -> Run.of(run)));
      }
      for (int i = 0; i < runs.size(); i++) {
        Run read = join(pending.get(i), runs.get(i));
        all.addAll(read.reader());
        diagnostics.addAll(read.diagnostics());
      }
    } finally {
      pool.shutdownNow();
    }
    return all;
  }

  private static void read(List<SpecSource> run, Diagnostics diagnostics, SpecFileReader reader) {
    for (SpecSource source : run) {
      SafeRead.file(source, diagnostics, reader);
    }
  }

  /** What a helper read: a fault of the reader on a file is already a diagnostic of that file. */
  private static Run join(Future<Run> pending, List<SpecSource> run) {
    try {
      return pending.get();
    } catch (InterruptedException e) {
      // Nothing is lost: the run is read here instead, and the interrupt kept for the caller.
      Thread.currentThread().interrupt();
      return Run.of(run);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("reading the spec files failed", e.getCause());
    }
  }

  private record Run(SpecFileReader reader, Diagnostics diagnostics) {
    static Run of(List<SpecSource> sources) {
      Run run = new Run(new SpecFileReader(), new Diagnostics());
      read(sources, run.diagnostics(), run.reader());
      return run;
    }
  }
}

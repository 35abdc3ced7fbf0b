package io.b24rest.spec.reader;

import io.b24rest.spec.internal.InOrder;
import io.b24rest.spec.validation.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads spec files on helper threads, a run of files each, and joins what the runs read in the
 * files' order ({@link InOrder}). Each file is read on its own (the checks across files come
 * after), so the drafts and the problems are the same as reading the files one by one, which is
 * what happens with one core or a few files. Parsing the YAML is most of the reader's time, and in the spec processor
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
    int cores = Runtime.getRuntime().availableProcessors();
    SpecFileReader all = new SpecFileReader();
    InOrder.run(
        runs,
        Run::of,
        cores < 2 ? 0 : Math.min(MAX_HELPERS, cores),
        "b24-spec-read",
        (run, read) -> {
          all.addAll(read.reader());
          diagnostics.addAll(read.diagnostics());
        });
    return all;
  }

  /** What a run of files read; a fault of the reader on a file is already that file's problem. */
  private record Run(SpecFileReader reader, Diagnostics diagnostics) {
    static Run of(List<SpecSource> sources) {
      Run run = new Run(new SpecFileReader(), new Diagnostics());
      for (SpecSource source : sources) {
        SafeRead.file(source, run.diagnostics(), run.reader());
      }
      return run;
    }
  }
}

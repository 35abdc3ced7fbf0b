package io.b24rest.benchmarks.generator;

import io.b24rest.benchmarks.HarnessArgs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The command line of the generator harnesses: {@code --warmup N}, a count option ({@code --runs}
 * or {@code --rounds}), {@code --limit-modules LIST} (javac's option, for the harnesses that run
 * javac) and the spec sets as {@code name=classpath|DIR} ({@code classpath}: the real specs of
 * {@code b24-spec}; a DIR: a class path root written by {@code scripts/make-synthetic-specs.sh});
 * the real specs when no set is named. {@code --delete-each-run} (the harnesses that run javac)
 * deletes each compilation's files as soon as it is done, as the harness did up to run O, instead
 * of at the end.
 *
 * @param warmup the runs discarded before measuring
 * @param count the runs measured
 * @param limitModules the modules javac's module graph is limited to, empty for javac's default
 *     graph (every system module)
 * @param sets each set's root by name, in the order given; {@code null} for the class path
 * @param deleteEachRun whether each compilation's files are deleted right after it
 */
record SpecSetArgs(
    int warmup, int count, Optional<String> limitModules, Map<String, Path> sets, boolean deleteEachRun) {
  private static final String INDEX = "bitrix24/spec/index.txt";

  /**
   * Parses {@code args}; a bad command line prints one line to standard error and ends the JVM
   * with status 2, as a command-line tool does ({@link HarnessArgs}).
   */
  static SpecSetArgs parseOrExit(String[] args, int warmup, String countOption, int count) {
    Map<String, Path> sets = new LinkedHashMap<>();
    Optional<String> limitModules = Optional.empty();
    boolean deleteEachRun = false;
    HarnessArgs in = new HarnessArgs(args);
    while (in.hasNext()) {
      String argument = in.next();
      if (argument.equals("--warmup")) {
        warmup = in.count(argument, 0);
      } else if (argument.equals(countOption)) {
        count = in.count(argument, 1);
      } else if (argument.equals("--limit-modules")) {
        limitModules = Optional.of(in.value(argument));
      } else if (argument.equals("--delete-each-run")) {
        deleteEachRun = true;
      } else {
        String[] pair = argument.split("=", 2);
        if (pair.length != 2 || pair[0].isEmpty() || pair[1].isEmpty()) {
          throw in.unknown(argument,
              "--warmup N, " + countOption + " N, --limit-modules LIST, --delete-each-run"
                  + " or name=classpath|DIR");
        }
        sets.put(pair[0], pair[1].equals("classpath") ? null : specRoot(pair[0], pair[1]));
      }
    }
    if (sets.isEmpty()) {
      sets.put("real", null);
    }
    return new SpecSetArgs(warmup, count, limitModules, Collections.unmodifiableMap(sets), deleteEachRun);
  }

  private static Path specRoot(String name, String dir) {
    Path root = Path.of(dir);
    if (!Files.isRegularFile(root.resolve(INDEX))) {
      throw HarnessArgs.exit("set " + name + ": " + dir + " holds no " + INDEX
          + " (write one with scripts/make-synthetic-specs.sh N DIR)");
    }
    return root;
  }
}

package io.b24rest.benchmarks.generator;

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
 * the real specs when no set is named.
 *
 * @param warmup the runs discarded before measuring
 * @param count the runs measured
 * @param limitModules the modules javac's module graph is limited to, empty for javac's default
 *     graph (every system module)
 * @param sets each set's root by name, in the order given; {@code null} for the class path
 */
record SpecSetArgs(int warmup, int count, Optional<String> limitModules, Map<String, Path> sets) {

  /**
   * Parses {@code args}; a bad command line prints one line to standard error and ends the JVM
   * with status 2, as a command-line tool does.
   */
  static SpecSetArgs parseOrExit(String[] args, int warmup, String countOption, int count) {
    try {
      return parse(args, warmup, countOption, count);
    } catch (IllegalArgumentException e) {
      throw exit(e.getMessage());
    }
  }

  /**
   * Ends the JVM with status 2 after printing {@code error: message} to standard error: a bad
   * command line, found after parsing (an option the harness does not take or needs).
   *
   * @return never; declared so that callers can {@code throw} it and the compiler knows it ends
   */
  static IllegalStateException exit(String message) {
    System.err.println("error: " + message);
    System.exit(2);
    return new IllegalStateException(message);
  }

  static SpecSetArgs parse(String[] args, int warmup, String countOption, int count) {
    Map<String, Path> sets = new LinkedHashMap<>();
    Optional<String> limitModules = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--warmup")) {
        warmup = number(args, ++i, "--warmup", 0);
      } else if (args[i].equals(countOption)) {
        count = number(args, ++i, countOption, 1);
      } else if (args[i].equals("--limit-modules")) {
        limitModules = Optional.of(value(args, ++i, "--limit-modules"));
      } else {
        String[] pair = args[i].split("=", 2);
        if (pair.length != 2 || pair[0].isEmpty() || pair[1].isEmpty()) {
          throw new IllegalArgumentException("expected --warmup N, " + countOption
              + " N, --limit-modules LIST or name=classpath|DIR, got '" + args[i] + "'");
        }
        sets.put(pair[0], pair[1].equals("classpath") ? null : Path.of(pair[1]));
      }
    }
    if (sets.isEmpty()) {
      sets.put("real", null);
    }
    return new SpecSetArgs(warmup, count, limitModules, Collections.unmodifiableMap(sets));
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static int number(String[] args, int index, String option, int least) {
    String value = value(args, index, option);
    try {
      int number = Integer.parseInt(value);
      if (number >= least) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        option + " needs a count of " + least + " or more, got '" + value + "'");
  }
}

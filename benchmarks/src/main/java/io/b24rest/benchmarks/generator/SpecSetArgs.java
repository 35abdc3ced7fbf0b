package io.b24rest.benchmarks.generator;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The command line of the generator harnesses: {@code --warmup N}, a count option ({@code --runs}
 * or {@code --rounds}) and the spec sets as {@code name=classpath|DIR} ({@code classpath}: the real
 * specs of {@code b24-spec}; a DIR: a class path root written by {@code
 * scripts/make-synthetic-specs.sh}); the real specs when no set is named.
 *
 * @param warmup the runs discarded before measuring
 * @param count the runs measured
 * @param sets each set's root by name, in the order given; {@code null} for the class path
 */
record SpecSetArgs(int warmup, int count, Map<String, Path> sets) {

  static SpecSetArgs parse(String[] args, int warmup, String countOption, int count) {
    Map<String, Path> sets = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--warmup")) {
        warmup = Integer.parseInt(args[++i]);
      } else if (args[i].equals(countOption)) {
        count = Integer.parseInt(args[++i]);
      } else {
        String[] pair = args[i].split("=", 2);
        if (pair.length != 2) {
          throw new IllegalArgumentException("expected name=classpath|DIR, got " + args[i]);
        }
        sets.put(pair[0], pair[1].equals("classpath") ? null : Path.of(pair[1]));
      }
    }
    if (sets.isEmpty()) {
      sets.put("real", null);
    }
    return new SpecSetArgs(warmup, count, Collections.unmodifiableMap(sets));
  }
}

package io.b24rest.benchmarks.generator;

import java.util.List;
import java.util.Locale;

/**
 * Mean, sample standard deviation and extremes of a few timings, in milliseconds.
 *
 * @param mean arithmetic mean
 * @param sd sample standard deviation (0 for one value)
 * @param min smallest value
 * @param max largest value
 */
record Stats(double mean, double sd, double min, double max) {
  static Stats ofNanos(List<Long> nanos) {
    double[] ms = nanos.stream().mapToDouble(n -> n / 1e6).toArray();
    double mean = java.util.Arrays.stream(ms).average().orElse(Double.NaN);
    double squares = java.util.Arrays.stream(ms).map(v -> (v - mean) * (v - mean)).sum();
    double sd = ms.length > 1 ? Math.sqrt(squares / (ms.length - 1)) : 0;
    return new Stats(
        mean,
        sd,
        java.util.Arrays.stream(ms).min().orElse(Double.NaN),
        java.util.Arrays.stream(ms).max().orElse(Double.NaN));
  }

  /** {@code mean ± sd}. */
  String format() {
    return String.format(Locale.ROOT, "%.1f ± %.1f", mean, sd);
  }
}

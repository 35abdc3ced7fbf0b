package io.b24rest.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The portal's resource limit (limits.md): the execution time of each method is summed per caller
 * in ten baskets; a basket counts for {@code window} from its first call (ten minutes on the
 * portal). A call is refused while the sum already exceeds the limit.
 */
final class OperatingLimiter {
  /**
   * A method's accumulated time, when its oldest basket stops counting, and what the call just
   * recorded added (0 for a plain look-up).
   */
  record Usage(double operatingSeconds, long resetAtEpochSecond, double billedSeconds) {}

  private static final int BASKETS = 10;

  private final Optional<Duration> limit;
  private final Optional<Duration> costPerCall;
  private final Duration window;
  private final Duration basketLength;
  private final Clock clock;
  private final Map<String, Deque<Basket>> basketsByKey = new HashMap<>();

  /**
   * @param limit the limit; empty for none (the portal still reports {@code operating})
   * @param costPerCall what one call adds; empty to add the call's measured processing time
   * @param window how long a basket counts
   */
  OperatingLimiter(
      Optional<Duration> limit, Optional<Duration> costPerCall, Duration window, Clock clock) {
    if (window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException(
          "operating limit reset time must be positive, got " + window);
    }
    limit.ifPresent(l -> requireNotNegative("operating limit", l));
    costPerCall.ifPresent(c -> requireNotNegative("operating cost per call", c));
    this.limit = limit;
    this.costPerCall = costPerCall;
    this.window = window;
    this.basketLength = window.dividedBy(BASKETS);
    this.clock = clock;
  }

  /** True when the caller's accumulated time for the method already exceeds the limit. */
  synchronized boolean isBlocked(String key) {
    if (limit.isEmpty()) {
      return false;
    }
    return sum(baskets(key)) > seconds(limit.get());
  }

  /** Adds one call's cost and returns the usage to report in its {@code time} block. */
  synchronized Usage record(String key, Duration measuredProcessing) {
    Instant now = clock.instant();
    Deque<Basket> baskets = baskets(key);
    Basket newest = baskets.peekLast();
    if (newest == null || !now.isBefore(newest.start.plus(basketLength))) {
      newest = new Basket(now);
      baskets.addLast(newest);
    }
    double billed = seconds(costPerCall.orElse(measuredProcessing));
    newest.seconds += billed;
    Usage usage = usage(baskets, now);
    return new Usage(usage.operatingSeconds(), usage.resetAtEpochSecond(), billed);
  }

  /** The caller's usage of the method now, without adding a call. */
  synchronized Usage usage(String key) {
    return usage(baskets(key), clock.instant());
  }

  synchronized void reset() {
    basketsByKey.clear();
  }

  private Usage usage(Deque<Basket> baskets, Instant now) {
    Instant resetAt = baskets.isEmpty() ? now.plus(window) : baskets.peekFirst().start.plus(window);
    return new Usage(sum(baskets), resetAt.getEpochSecond(), 0);
  }

  /** The caller's live baskets, expired ones dropped. */
  private Deque<Basket> baskets(String key) {
    Deque<Basket> baskets = basketsByKey.computeIfAbsent(key, k -> new ArrayDeque<>());
    Instant now = clock.instant();
    while (!baskets.isEmpty() && !now.isBefore(baskets.peekFirst().start.plus(window))) {
      baskets.removeFirst();
    }
    return baskets;
  }

  private static double sum(Deque<Basket> baskets) {
    double total = 0;
    for (Basket basket : baskets) {
      total += basket.seconds;
    }
    return total;
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }

  private static void requireNotNegative(String what, Duration value) {
    if (value.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative, got " + value);
    }
  }

  private static final class Basket {
    final Instant start;
    double seconds;

    Basket(Instant start) {
      this.start = start;
    }
  }
}

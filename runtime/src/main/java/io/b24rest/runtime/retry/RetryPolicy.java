package io.b24rest.runtime.retry;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently a call is repeated after a rate-limit answer (503 {@code
 * QUERY_LIMIT_EXCEEDED}, 429 {@code BITRIX_REST_V3_EXCEPTION_RATELIMITEXCEPTION}), a 5xx or a
 * connection failure: exponential backoff from {@code initialDelay}, doubled per attempt, capped at
 * {@code maxDelay}, with jitter (each delay is between half and all of its nominal value).
 *
 * @param maxAttempts attempts in all, the first included; 1 turns retries off
 * @param initialDelay the nominal delay before the second attempt
 * @param maxDelay the longest delay between two attempts
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {

  /** Rejects values that would never retry sensibly. */
  public RetryPolicy {
    Objects.requireNonNull(initialDelay, "initialDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    }
    if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException("need 0 <= initialDelay <= maxDelay");
    }
  }

  /** 5 attempts, 500 ms first delay, at most 10 s between attempts. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(10));
  }

  /** Every call is tried once. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
  }

  /**
   * The nominal delay after failed attempt {@code attempt} (1-based), before jitter: {@code
   * initialDelay * 2^(attempt-1)}, at most {@code maxDelay}.
   */
  public Duration nominalDelay(int attempt) {
    long initial = initialDelay.toMillis();
    long max = maxDelay.toMillis();
    int shift = Math.min(Math.max(attempt - 1, 0), 30);
    long delay = initial << shift;
    return Duration.ofMillis(delay < 0 || delay > max ? max : delay);
  }
}

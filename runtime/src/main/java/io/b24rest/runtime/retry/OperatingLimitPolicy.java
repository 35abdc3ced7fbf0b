package io.b24rest.runtime.retry;

import java.time.Duration;
import java.util.Objects;

/**
 * What a call does on 429 {@code OPERATION_TIME_LIMIT} (the method used up its execution-time
 * budget): fail at once, or wait until {@code operating_reset_at} of the method's last successful
 * answer and try once more, if that moment is known and no further away than {@code maxWait}.
 *
 * @param maxWait the longest wait; {@link Duration#ZERO} means fail fast
 */
public record OperatingLimitPolicy(Duration maxWait) {

  /** Rejects a negative wait. */
  public OperatingLimitPolicy {
    Objects.requireNonNull(maxWait, "maxWait");
    if (maxWait.isNegative()) {
      throw new IllegalArgumentException("maxWait must not be negative");
    }
  }

  /** Throw the typed exception at once. */
  public static OperatingLimitPolicy failFast() {
    return new OperatingLimitPolicy(Duration.ZERO);
  }

  /** Wait for the reset when it is at most {@code maxWait} away, else fail fast. */
  public static OperatingLimitPolicy waitUpTo(Duration maxWait) {
    return new OperatingLimitPolicy(maxWait);
  }

  /** The default: wait up to 60 seconds. */
  public static OperatingLimitPolicy defaults() {
    return waitUpTo(Duration.ofSeconds(60));
  }

  /** Whether the policy never waits. */
  public boolean isFailFast() {
    return maxWait.isZero();
  }
}

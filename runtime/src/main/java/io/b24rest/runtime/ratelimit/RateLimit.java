package io.b24rest.runtime.ratelimit;

/**
 * The portal's leaky bucket, as the client paces itself against it: up to {@code burst} requests at
 * once (the threshold X), then {@code perSecond} requests a second (the drain rate Y). See {@code
 * limits.md}: X=50, Y=2/s on most plans, X=250, Y=5/s on Enterprise.
 *
 * @param burst the threshold X; 0 when pacing is off
 * @param perSecond the drain rate Y; 0 when pacing is off
 */
public record RateLimit(long burst, long perSecond) {

  /** Rejects negative values and half-disabled limits. */
  public RateLimit {
    if (burst < 0 || perSecond < 0 || (burst == 0) != (perSecond == 0)) {
      throw new IllegalArgumentException(
          "rate limit needs burst > 0 and perSecond > 0 (or both 0 for off), got "
              + burst
              + " and "
              + perSecond);
    }
  }

  /** Most plans: X=50, Y=2 per second. The default. */
  public static RateLimit standard() {
    return new RateLimit(50, 2);
  }

  /** Enterprise plans: X=250, Y=5 per second. */
  public static RateLimit enterprise() {
    return new RateLimit(250, 5);
  }

  /** Any other plan, or a self-hosted portal with its own settings. */
  public static RateLimit custom(long burst, long perSecond) {
    if (burst <= 0 || perSecond <= 0) {
      throw new IllegalArgumentException("custom rate limit needs burst > 0 and perSecond > 0");
    }
    return new RateLimit(burst, perSecond);
  }

  /** No client-side pacing (the portal's 503 answers are still retried). */
  public static RateLimit off() {
    return new RateLimit(0, 0);
  }

  /** Whether the client paces its requests. */
  public boolean enabled() {
    return burst > 0;
  }
}

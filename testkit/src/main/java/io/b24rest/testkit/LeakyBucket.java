package io.b24rest.testkit;

import java.util.function.LongSupplier;

/**
 * The portal's request rate limit (limits.md): each request adds one to a counter that drains at
 * {@code drainPerSecond}; a request that would take the counter above {@code limit} is refused and
 * not counted. The counter drains either continuously or, as limits.md words it, by Y once per
 * second: then whole seconds counted from the first request after a reset, the strictest phase
 * for a client that bursts at once.
 */
final class LeakyBucket {
  /** Absorbs floating-point drift, so that a client pacing at exactly Y never gets refused. */
  private static final double EPSILON = 1e-9;

  private static final long SECOND = 1_000_000_000L;

  private final int limit;
  private final double drainPerSecond;
  private final boolean oncePerSecond;
  private final LongSupplier nanoTime;
  private double level;
  private long lastDrainNanos;
  private boolean idle = true;

  LeakyBucket(int limit, double drainPerSecond, LongSupplier nanoTime) {
    this(limit, drainPerSecond, false, nanoTime);
  }

  /**
   * @param oncePerSecond drain by {@code drainPerSecond} at each whole second after the first
   *     request instead of continuously
   */
  LeakyBucket(int limit, double drainPerSecond, boolean oncePerSecond, LongSupplier nanoTime) {
    checkSettings(limit, drainPerSecond);
    this.limit = limit;
    this.drainPerSecond = drainPerSecond;
    this.oncePerSecond = oncePerSecond;
    this.nanoTime = nanoTime;
    this.lastDrainNanos = nanoTime.getAsLong();
  }

  /** Fails on an X below 1 or a Y that is not a positive, finite rate. */
  static void checkSettings(int limit, double drainPerSecond) {
    if (limit < 1) {
      throw new IllegalArgumentException("rate limit X must be at least 1, got " + limit);
    }
    if (!(drainPerSecond > 0) || Double.isInfinite(drainPerSecond)) {
      throw new IllegalArgumentException(
          "rate limit drain Y must be a positive number of requests a second, got "
              + drainPerSecond);
    }
  }

  /** Counts one request; false when it would exceed the limit (the request gets a 503). */
  synchronized boolean tryAcquire() {
    drain();
    if (level + 1 > limit + EPSILON) {
      return false;
    }
    level += 1;
    if (idle) {
      idle = false;
      lastDrainNanos = nanoTime.getAsLong();
    }
    return true;
  }

  /** The counter now, drained up to this moment. */
  synchronized double level() {
    drain();
    return level;
  }

  synchronized void reset() {
    level = 0;
    idle = true;
    lastDrainNanos = nanoTime.getAsLong();
  }

  private void drain() {
    long now = nanoTime.getAsLong();
    if (!oncePerSecond) {
      level = Math.max(0, level - (now - lastDrainNanos) / 1e9 * drainPerSecond);
      lastDrainNanos = now;
      return;
    }
    if (idle) {
      return;
    }
    long seconds = (now - lastDrainNanos) / SECOND;
    level = Math.max(0, level - seconds * drainPerSecond);
    lastDrainNanos += seconds * SECOND;
  }
}

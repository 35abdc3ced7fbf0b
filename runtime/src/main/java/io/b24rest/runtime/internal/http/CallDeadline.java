package io.b24rest.runtime.internal.http;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The moment by which the current call of this thread must be over, across all its attempts and
 * waits: set when Feign starts a call (it clones the retryer on the calling thread), read by the
 * HTTP client to shorten an attempt that would outlast it.
 */
public final class CallDeadline {
  private static final ThreadLocal<@Nullable Long> DEADLINE_NANOS = new ThreadLocal<>();

  private CallDeadline() {}

  /**
   * Starts the clock of a call on this thread.
   *
   * @param callTimeout the whole call's budget; null for none
   * @return the deadline in {@link System#nanoTime()} terms; null for none
   */
  public static @Nullable Long start(@Nullable Duration callTimeout) {
    if (callTimeout == null) {
      DEADLINE_NANOS.remove();
      return null;
    }
    long deadline = System.nanoTime() + callTimeout.toNanos();
    DEADLINE_NANOS.set(deadline);
    return deadline;
  }

  /**
   * How long the next attempt may take: {@code readTimeout}, or less if the call's deadline comes
   * sooner; zero or negative once the deadline passed.
   */
  public static Duration attemptTimeout(Duration readTimeout) {
    Long deadline = DEADLINE_NANOS.get();
    if (deadline == null) {
      return readTimeout;
    }
    long left = deadline - System.nanoTime();
    return left < readTimeout.toNanos() ? Duration.ofNanos(left) : readTimeout;
  }
}

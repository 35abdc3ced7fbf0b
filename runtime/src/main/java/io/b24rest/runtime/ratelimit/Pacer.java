package io.b24rest.runtime.ratelimit;

import java.util.OptionalLong;

/**
 * The pacing state of one portal as one client sees it: the portal's request bucket and, for the
 * client's application (webhook or OAuth app), which methods the operating limit blocks. Made by a
 * {@link PacingBackend}; every method is called from many threads at once.
 */
public interface Pacer {

  /**
   * Blocks until the portal's bucket lets one more request go, and takes that slot. Returns at
   * once when pacing is off.
   *
   * @throws InterruptedException if the thread is interrupted while it waits
   */
  void acquire() throws InterruptedException;

  /**
   * Records that {@code method} answered 429 {@code OPERATION_TIME_LIMIT} and stays blocked until
   * {@code epochSecond} (its {@code operating_reset_at}), for every client that shares this state.
   */
  void blockMethod(String method, long epochSecond);

  /** The epoch second until which {@code method} is blocked, if a block is recorded. */
  OptionalLong methodBlockedUntil(String method);
}

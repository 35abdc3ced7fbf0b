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

  /** Takes one slot of a bucket, blocking until one is free. */
  @FunctionalInterface
  interface Acquisition {
    /** See {@link Pacer#acquire()}. */
    void acquire() throws InterruptedException;
  }

  /** The pacer that takes its slots through {@code acquisition} and keeps blocks in {@code blocks}. */
  static Pacer of(Acquisition acquisition, MethodBlocks blocks) {
    return new Pacer() {
      @Override
      public void acquire() throws InterruptedException {
        acquisition.acquire();
      }

      @Override
      public void blockMethod(String method, long epochSecond) {
        blocks.block(method, epochSecond);
      }

      @Override
      public OptionalLong methodBlockedUntil(String method) {
        return blocks.blockedUntil(method);
      }
    };
  }
}

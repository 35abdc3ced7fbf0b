package io.b24rest.runtime.ratelimit;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Methods the operating limit blocks, held in this JVM: the epoch second of each method's {@code
 * operating_reset_at} after a 429 {@code OPERATION_TIME_LIMIT}. Past blocks are dropped when read.
 */
public final class OperatingBlocks {
  private final Map<String, Long> untilByMethod = new ConcurrentHashMap<>();

  /** A pacer that paces nothing and keeps its blocks in {@code blocks}. */
  public static Pacer unpacedPacer(OperatingBlocks blocks) {
    return new Pacer() {
      @Override
      public void acquire() {}

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

  /** Blocks {@code method} until {@code epochSecond}; a later block already recorded stays. */
  public void block(String method, long epochSecond) {
    untilByMethod.merge(method, epochSecond, Math::max);
  }

  /** The end of {@code method}'s block, if it lies in the future. */
  public OptionalLong blockedUntil(String method) {
    Long until = untilByMethod.get(method);
    if (until == null) {
      return OptionalLong.empty();
    }
    if (until * 1000 <= System.currentTimeMillis()) {
      untilByMethod.remove(method, until);
      return OptionalLong.empty();
    }
    return OptionalLong.of(until);
  }
}

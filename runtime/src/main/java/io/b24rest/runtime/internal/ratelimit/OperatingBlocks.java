package io.b24rest.runtime.internal.ratelimit;

import io.b24rest.runtime.ratelimit.MethodBlocks;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Methods the operating limit blocks, held in this JVM: the epoch second of each method's {@code
 * operating_reset_at} after a 429 {@code OPERATION_TIME_LIMIT}. Past blocks are dropped when read.
 */
public final class OperatingBlocks implements MethodBlocks {
  private final Map<String, Long> untilByMethod = new ConcurrentHashMap<>();

  @Override
  public void block(String method, long epochSecond) {
    untilByMethod.merge(method, epochSecond, Math::max);
  }

  @Override
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

package io.b24rest.runtime.internal.ratelimit;

import io.b24rest.core.ResponseTime;
import io.b24rest.runtime.internal.call.ActiveCall;
import io.b24rest.runtime.ratelimit.Pacer;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code time} block of the last successful answer of each method, for the operating limit:
 * after a 429 {@code OPERATION_TIME_LIMIT} the client waits until that method's {@code
 * operating_reset_at}, and records the block in its {@link Pacer} so that every client sharing it
 * pauses the method too.
 */
public final class ResponseTimes {
  private final Map<String, ResponseTime> lastByMethod = new ConcurrentHashMap<>();
  private final Pacer pacer;

  /** Times whose operating-limit blocks stay with this object. */
  public ResponseTimes() {
    this(Pacer.of(() -> {}, new OperatingBlocks()));
  }

  /** Times whose operating-limit blocks go to {@code pacer}. */
  public ResponseTimes(Pacer pacer) {
    this.pacer = pacer;
  }

  /** Remembers {@code time} as the latest of {@code method}. */
  public void record(String method, ResponseTime time) {
    lastByMethod.put(method, time);
    ActiveCall.answerTime(method, time);
  }

  /** The time block of the last successful answer of {@code method}. */
  public Optional<ResponseTime> last(String method) {
    return Optional.ofNullable(lastByMethod.get(method));
  }

  /**
   * When {@code method}'s operating limit resets: {@code operating_reset_at} of its last
   * successful answer, else the end of a block another client recorded.
   */
  public OptionalLong operatingResetAt(String method) {
    ResponseTime last = lastByMethod.get(method);
    if (last != null && last.operatingResetAt() != null) {
      return OptionalLong.of(last.operatingResetAt());
    }
    return pacer.methodBlockedUntil(method);
  }

  /** Records that {@code method} is blocked until {@code epochSecond}, for all sharing clients. */
  public void blockMethod(String method, long epochSecond) {
    pacer.blockMethod(method, epochSecond);
  }
}

package io.b24rest.runtime.ratelimit;

import io.b24rest.core.ResponseTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code time} block of the last successful answer of each method, for the operating limit:
 * after a 429 {@code OPERATION_TIME_LIMIT} the client waits until that method's {@code
 * operating_reset_at}.
 */
public final class ResponseTimes {
  private final Map<String, ResponseTime> lastByMethod = new ConcurrentHashMap<>();

  /** Remembers {@code time} as the latest of {@code method}. */
  public void record(String method, ResponseTime time) {
    lastByMethod.put(method, time);
  }

  /** The time block of the last successful answer of {@code method}. */
  public Optional<ResponseTime> last(String method) {
    return Optional.ofNullable(lastByMethod.get(method));
  }
}

package io.b24rest.runtime;

import io.b24rest.core.Bitrix24Exception;
import io.b24rest.core.ResponseTime;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The end of one call.
 *
 * @param method the REST method name
 * @param attempts how many HTTP attempts were sent (0 if the call failed before sending any)
 * @param duration the whole call: every attempt, rate-limit wait and retry pause
 * @param rateLimitWait the rate-limit waits of all attempts together
 * @param httpStatus the HTTP status of the last answer; 0 if none came
 * @param time the {@code time} block of the successful answer (with {@code operating}, the
 *     seconds of the portal's operating budget the method used); null for a failed call
 * @param failure the exception the call ends in; null for a success
 */
public record CallEnd(
    String method,
    int attempts,
    Duration duration,
    Duration rateLimitWait,
    int httpStatus,
    @Nullable ResponseTime time,
    @Nullable Bitrix24Exception failure) {

  /** Whether the call returned a result. */
  public boolean succeeded() {
    return failure == null;
  }

  /**
   * The failure's error code: the Bitrix24 code of an error answer, {@code HTTP_<status>} for an
   * answer that is not a Bitrix24 one, else the exception's class name; null for a success.
   */
  public @Nullable String errorCode() {
    return failure == null ? null : io.b24rest.runtime.internal.call.FailureCodes.of(failure);
  }
}

package io.b24rest.runtime;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP attempt of a call.
 *
 * @param method the REST method name
 * @param attempt 1 for the first attempt, 2 for the first retry, ...
 * @param httpStatus the answer's HTTP status; 0 when no answer came (a transport failure)
 * @param duration from sending the request to the whole answer read (the rate-limit wait not
 *     included)
 * @param rateLimitWait how long the attempt waited before it was sent: for a slot of the portal's
 *     leaky bucket and for a method blocked by the operating limit
 * @param errorCode the error code of a failed answer ({@code QUERY_LIMIT_EXCEEDED}, ...); for a
 *     failure without a Bitrix24 error, {@code HTTP_<status>} or the I/O exception's class name;
 *     null when the attempt succeeded
 * @param retryReason why the call is tried again after this attempt (the error code, {@code
 *     HTTP_<status>} or the I/O exception's class name); null when it is not
 * @param retryDelay the pause before the next attempt; zero when not retried
 */
public record AttemptEvent(
    String method,
    int attempt,
    int httpStatus,
    Duration duration,
    Duration rateLimitWait,
    @Nullable String errorCode,
    @Nullable String retryReason,
    Duration retryDelay) {

  /** Whether the call is tried again after this attempt. */
  public boolean retried() {
    return retryReason != null;
  }
}

package io.b24rest.runtime.internal.retry;

import feign.Request;
import feign.RetryableException;
import io.b24rest.core.Bitrix24Exception;
import org.jspecify.annotations.Nullable;

/**
 * Carries the typed outcome of one failed attempt to {@link Bitrix24Retryer}, which decides whether
 * to try again or to throw {@link #failure()}. Feign only hands {@link RetryableException}s to its
 * retryer, hence the wrapper; it never leaves the client.
 */
public final class AttemptFailure extends RetryableException {
  private static final long serialVersionUID = 1L;

  private final transient Bitrix24Exception failure;
  private final @Nullable Long retryAfterMillis;

  /**
   * @param status the HTTP status of the answer
   * @param failure the typed exception of this attempt
   * @param request the request of this attempt
   */
  public AttemptFailure(int status, Bitrix24Exception failure, Request request) {
    this(status, failure, request, null);
  }

  /**
   * @param status the HTTP status of the answer
   * @param failure the typed exception of this attempt
   * @param request the request of this attempt
   * @param retryAfterMillis the wait the answer's {@code Retry-After} asked for; null if none
   */
  public AttemptFailure(
      int status, Bitrix24Exception failure, Request request, @Nullable Long retryAfterMillis) {
    super(status, failure.getMessage(), request.httpMethod(), failure, (Long) null, request);
    this.failure = failure;
    this.retryAfterMillis = retryAfterMillis;
  }

  /** The wait the answer's {@code Retry-After} asked for, in milliseconds; null if none. */
  public @Nullable Long retryAfterMillis() {
    return retryAfterMillis;
  }

  /** The typed exception of this attempt. */
  public Bitrix24Exception failure() {
    return failure;
  }
}

package io.b24rest.runtime.retry;

import feign.Request;
import feign.RetryableException;
import io.b24rest.core.Bitrix24Exception;

/**
 * Carries the typed outcome of one failed attempt to {@link Bitrix24Retryer}, which decides whether
 * to try again or to throw {@link #failure()}. Feign only hands {@link RetryableException}s to its
 * retryer, hence the wrapper; it never leaves the client.
 */
public final class AttemptFailure extends RetryableException {
  private static final long serialVersionUID = 1L;

  private final transient Bitrix24Exception failure;

  /**
   * @param status the HTTP status of the answer
   * @param failure the typed exception of this attempt
   * @param request the request of this attempt
   */
  public AttemptFailure(int status, Bitrix24Exception failure, Request request) {
    super(status, failure.getMessage(), request.httpMethod(), failure, (Long) null, request);
    this.failure = failure;
  }

  /** The typed exception of this attempt. */
  public Bitrix24Exception failure() {
    return failure;
  }
}

package io.b24rest.core;

import org.jspecify.annotations.Nullable;

/**
 * A write was sent but its answer did not arrive in time, and it was not sent again: whether the
 * portal ran it is unknown, and it may still be running it (the portal cuts a call only after 60
 * s). Check the outcome (read the entity back) before repeating the write, under the same {@code
 * Idempotency-Key} if it had one, so that the portal replays its stored answer instead of running
 * the write twice.
 */
public class Bitrix24OutcomeUnknownException extends Bitrix24TransportException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed; must not contain a secret
   * @param method the REST method that was called, when known
   * @param cause the timeout
   */
  public Bitrix24OutcomeUnknownException(
      String message, @Nullable String method, Throwable cause) {
    super(
        message
            + "; the outcome of this write is unknown: the portal may have run it or may still run"
            + " it, so it was not sent again",
        method,
        cause);
  }
}
